/**
 * <nq-goal-table>: each seed document (demo/data), all four together to compare provinces, an
 * empty and an invalid document, and a generated 10,000-target document (sample data, marked as
 * such). Every story assesses as of the same day, so a status does not change with the calendar.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/goal-table/goal-table.js';
import type { Resolution } from '../src/core/schema.js';
import { GROUP_KEYS, SORT_KEYS, type GroupKey, type SortKey } from '../src/core/table-model.js';
import { sampleResolution } from '../src/core/table-sample.js';
import caoBang2013Json from '../demo/data/cao-bang-34-ctr-tu-2013.json';
import caoBangDraftJson from '../demo/data/cao-bang-2021-khcn-draft.json';
import dakLakJson from '../demo/data/dak-lak-khcn-2021-2025.json';
import ngheAnJson from '../demo/data/nghe-an-khcn-2030.json';
import allKindsJson from '../demo/data/samples/all-kinds.json';
import emptyJson from '../demo/data/samples/empty.json';
import invalidJson from '../demo/data/samples/invalid.json';

const doc = (json: unknown) => json as Resolution;
const AS_OF = '2026-11-22';

interface Args {
  groupBy: GroupKey;
  sort: SortKey;
  width: number;
  lang: 'vi' | 'en';
  cardWidth: number;
  columns: string;
}

const table = (args: Args, docs: unknown[]): TemplateResult =>
  html`<div style="width:${args.width}px;max-width:100%" lang=${args.lang}>
    <nq-goal-table
      .resolution=${docs.length === 1 ? docs[0] : undefined}
      .resolutions=${docs.length > 1 ? docs : undefined}
      as-of=${AS_OF}
      group-by=${args.groupBy}
      sort=${args.sort}
      card-width=${args.cardWidth}
      columns=${args.columns || nothing}
    ></nq-goal-table>
  </div>`;

const meta: Meta<Args> = {
  title: 'Components/Goal table',
  component: 'nq-goal-table',
  args: { groupBy: 'section', sort: 'order', width: 1100, lang: 'vi', cardWidth: 640, columns: '' },
  argTypes: {
    groupBy: { control: 'select', options: [...GROUP_KEYS] },
    sort: { control: 'select', options: [...SORT_KEYS] },
    width: { control: { type: 'range', min: 320, max: 1400, step: 10 } },
    lang: { control: 'inline-radio', options: ['vi', 'en'] },
    cardWidth: { control: { type: 'number' } },
    columns: { control: 'text', description: 'document ref indicator baseline targets latest progress status' },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const DakLak: Story = { name: 'Đắk Lắk 2021–2025', render: (args) => table(args, [doc(dakLakJson)]) };
export const NgheAn: Story = { name: 'Nghệ An to 2030', render: (args) => table(args, [doc(ngheAnJson)]) };
export const CaoBang2013: Story = {
  name: 'Cao Bằng 34-CTr/TU (2013)',
  render: (args) => table(args, [doc(caoBang2013Json)]),
};
export const CaoBangDraft: Story = {
  name: 'Cao Bằng 2021 (draft)',
  render: (args) => table(args, [doc(caoBangDraftJson)]),
};
export const AllKinds: Story = {
  name: 'Every kind of target (sample data)',
  render: (args) => table(args, [doc(allKindsJson)]),
};

/** The four documents at once: a document column and filter, grouped by area to compare provinces. */
export const AllFour: Story = {
  name: 'All four documents, by area',
  args: { groupBy: 'area' },
  render: (args) => table(args, [dakLakJson, ngheAnJson, caoBang2013Json, caoBangDraftJson]),
};

export const Cards: Story = {
  name: 'Cards (360 px)',
  args: { width: 360 },
  render: (args) => table(args, [doc(dakLakJson)]),
};
export const English: Story = { args: { lang: 'en' }, render: (args) => table(args, [doc(ngheAnJson)]) };
export const Empty: Story = { name: 'Empty document', render: (args) => table(args, [emptyJson]) };
export const Invalid: Story = { name: 'Invalid document', render: (args) => table(args, [invalidJson]) };

/** Made once per story load: 10,000 targets, 20 sections, one in ten nested; every value is sample data. */
export const TenThousand: Story = {
  name: '10,000 targets (generated sample)',
  render: (args) => table(args, [sampleResolution({ targets: 10000 })]),
};
