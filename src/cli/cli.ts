/**
 * `npx nghiquyet-widgets validate file.json [more.json …] [--lang vi|en] [--json]`
 *
 * Checks each resolution file against the schema and the rules between fields, prints every
 * issue as `file  path  message`, and exits 1 when any file is invalid (2 on a usage error).
 * The same check as `validateResolution()` in `nghiquyet-widgets/core/validate.js`.
 */
import { realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { validateResolution, type ValidationIssue } from '../core/validate.js';

type Lang = 'vi' | 'en';

const USAGE = `Usage: nghiquyet-widgets validate <file.json>... [--lang vi|en] [--json]

Kiểm tra tệp nghị quyết theo lược đồ v1 / Checks resolution files against schema v1.
  --lang vi|en   language of the messages (default: vi)
  --json         print the issues as JSON
Exit: 0 all valid, 1 some file invalid or unreadable, 2 usage error.`;

export interface FileReport {
  file: string;
  ok: boolean;
  issues: ValidationIssue[];
}

export async function validateFiles(files: string[]): Promise<FileReport[]> {
  return Promise.all(
    files.map(async (file) => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const message = { vi: `Không đọc được tệp: ${reason}`, en: `Cannot read the file: ${reason}` };
        const issue: ValidationIssue = { code: 'not-json', path: '$', message };
        return { file, ok: false, issues: [issue] };
      }
      const result = validateResolution(text);
      return { file, ok: result.ok, issues: result.issues };
    }),
  );
}

export function formatReport(reports: FileReport[], lang: Lang): string {
  const lines: string[] = [];
  for (const r of reports) {
    if (r.ok) {
      lines.push(`✓ ${r.file}: ${lang === 'vi' ? 'hợp lệ' : 'valid'}`);
      continue;
    }
    const count = r.issues.length;
    lines.push(`✗ ${r.file}: ${count} ${lang === 'vi' ? 'lỗi' : count === 1 ? 'issue' : 'issues'}`);
    for (const issue of r.issues) lines.push(`  ${issue.path}  ${issue.message[lang]}`);
  }
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return 0;
  }
  let lang: Lang = 'vi';
  let json = false;
  const files: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '--json') json = true;
    else if (arg === '--lang') {
      const value = rest[++i];
      if (value !== 'vi' && value !== 'en') {
        console.error(USAGE);
        return 2;
      }
      lang = value;
    } else if (arg.startsWith('--')) {
      console.error(`Unknown option ${arg}\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (command !== 'validate' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  const reports = await validateFiles(files);
  console.log(json ? JSON.stringify(reports, null, 2) : formatReport(reports, lang));
  return reports.every((r) => r.ok) ? 0 : 1;
}

/** Run as a program: directly, or through npm's `node_modules/.bin` symlink (hence the real path). */
function isEntry(): boolean {
  const script = typeof process !== 'undefined' ? process.argv[1] : undefined;
  if (script === undefined) return false;
  try {
    return /cli\.(ts|js|mjs)$/.test(realpathSync(script));
  } catch {
    return false;
  }
}

if (isEntry()) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
