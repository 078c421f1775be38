/**
 * <nq-resolution>: one tag for a whole document. Each seed resolution as a portal would show it,
 * the parts it can leave out, a draft and a document without a number, and the data states. The
 * language and theme switches in the toolbar apply to every story. Values from
 * demo/data/samples/ are sample data and the widget says so.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/resolution/resolution.js';
import type { Resolution } from '../src/core/schema.js';
import caoBang2013Json from '../demo/data/cao-bang-34-ctr-tu-2013.json';
import caoBang2021Json from '../demo/data/cao-bang-2021-khcn-draft.json';
import dakLakJson from '../demo/data/dak-lak-khcn-2021-2025.json';
import ngheAnJson from '../demo/data/nghe-an-khcn-2030.json';
import allKindsJson from '../demo/data/samples/all-kinds.json';
import emptyJson from '../demo/data/samples/empty.json';
import invalidJson from '../demo/data/samples/invalid.json';

const allKinds = allKindsJson as unknown as Resolution;
const ngheAn = ngheAnJson as unknown as Resolution;

/** Every story assesses as of the same day, so a status does not change with the calendar. */
const AS_OF = '2026-11-22';

interface Args {
  highlight: string;
  width: number;
  method: string;
  asOf: string;
  noGauges: boolean;
  noTable: boolean;
  noTimeline: boolean;
}

const resolution = (args: Args, doc: unknown = ngheAn): TemplateResult =>
  html`<div style="width:${args.width}px;max-width:100%">
    <nq-resolution
      .resolution=${doc}
      highlight=${args.highlight || nothing}
      method=${args.method || nothing}
      as-of=${args.asOf}
      ?no-gauges=${args.noGauges}
      ?no-table=${args.noTable}
      ?no-timeline=${args.noTimeline}
    ></nq-resolution>
  </div>`;

const meta: Meta<Args> = {
  title: 'Widgets/Resolution',
  component: 'nq-resolution',
  args: {
    highlight: '',
    width: 1000,
    method: '',
    asOf: AS_OF,
    noGauges: false,
    noTable: false,
    noTimeline: false,
  },
  argTypes: {
    width: { control: { type: 'range', min: 320, max: 1400, step: 10 } },
    method: { control: 'inline-radio', options: ['', 'linear', 'opensdg'] },
  },
  render: (args) => resolution(args),
};
export default meta;

type Story = StoryObj<Args>;

// ---- the four seed resolutions -----------------------------------------------------------------

/** Nghệ An: by default the gauges show targets with reported values first (the PII rank). */
export const NgheAn2030: Story = {};
export const DakLak2021To2025: Story = { render: (args) => resolution(args, dakLakJson) };
/** A draft: the header says so, and its unknown number is shown as unknown. */
export const CaoBang2021Draft: Story = { render: (args) => resolution(args, caoBang2021Json) };
/** The 2013 programme: an older kind of document, with its own number and issuer. */
export const CaoBang2013Programme: Story = { render: (args) => resolution(args, caoBang2013Json) };

// ---- what a page can choose ----------------------------------------------------------------------

/** `highlight` names the gauges, in its order. */
export const NamedHighlights: Story = {
  args: { highlight: 'pii-top-20,st-budget-share' },
};
/** Every kind of target in one sample document, marked as sample data. */
export const EveryKind: Story = { render: (args) => resolution(args, allKinds) };
export const OpenSdgMethod: Story = { args: { method: 'opensdg' }, render: (args) => resolution(args, allKinds) };
/** The header and roll-up with the table only: for a page that has its own charts. */
export const TableOnly: Story = { args: { noGauges: true, noTimeline: true } };
/** At 360 px the gauges stack and the table turns into cards. */
export const Narrow360: Story = { args: { width: 360 } };

// ---- themes and languages ---------------------------------------------------------------------

export const English: Story = { globals: { lang: 'en' } };
export const Dark: Story = { globals: { theme: 'dark' } };
/** The public custom properties and parts, set by a page. */
export const CustomProperties: Story = {
  render: (args) =>
    html`<style>
        .branded {
          --nq-resolution-font-family: Georgia, serif;
          --nq-resolution-border-color: #8a5300;
          --nq-resolution-bar-height: 14px;
        }
        .branded nq-resolution::part(header) {
          border-inline-start: 4px solid #8a5300;
          padding-inline-start: 0.75em;
        }
      </style>
      <div class="branded">${resolution(args)}</div>`,
};

// ---- data states ------------------------------------------------------------------------------

/** The fetching path: `src`, served by Storybook at /data. */
export const FromSrc: Story = {
  render: (args) =>
    html`<div style="width:${args.width}px;max-width:100%">
      <nq-resolution src="data/dak-lak-khcn-2021-2025.json" as-of=${args.asOf}></nq-resolution>
    </div>`,
};
/** A valid document with no target. */
export const EmptyDocument: Story = { render: (args) => resolution(args, emptyJson) };
/** A document that is not valid: the errors, with their paths. */
export const InvalidDocument: Story = { render: (args) => resolution(args, invalidJson) };
export const NotFound: Story = {
  render: (args) =>
    html`<div style="width:${args.width}px;max-width:100%">
      <nq-resolution src="data/no-such-file.json"></nq-resolution>
    </div>`,
};
