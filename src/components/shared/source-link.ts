/**
 * A reported value's source as a link: http and https only, `rel="noopener noreferrer"`, and the
 * host shown beside the name, so that a reader sees where the link goes before following it
 * ("Báo Nghệ An (baonghean.vn)"; "https://trusted.vn@evil.example/" shows evil.example).
 */
import { html, type TemplateResult } from 'lit';

/** The host of an http(s) URL, or undefined for anything else (which is then shown as text). */
export function linkHost(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.host : undefined;
  } catch {
    return undefined;
  }
}

export function renderSourceLink(name: string, url: string | undefined): TemplateResult | string {
  const host = linkHost(url);
  if (host === undefined || url === undefined) return name;
  return html`<a href=${url} rel="noopener noreferrer" part="source-link">${name}</a>
    <span class="source-host" part="source-host">(${host})</span>`;
}
