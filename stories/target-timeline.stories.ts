/**
 * <nq-target-timeline>: one target of each kind on its value axis, every target of each seed, the
 * four seeds on one axis, and the data states. The language and theme switches in the toolbar
 * apply to every story. Values from demo/data/samples/ are sample data and the timeline says so.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/target-timeline/target-timeline.js';
import type { Resolution } from '../src/core/schema.js';
import caoBang2013Json from '../demo/data/cao-bang-34-ctr-tu-2013.json';
import caoBang2021Json from '../demo/data/cao-bang-2021-khcn-draft.json';
import dakLakJson from '../demo/data/dak-lak-khcn-2021-2025.json';
import ngheAnJson from '../demo/data/nghe-an-khcn-2030.json';
import allKindsJson from '../demo/data/samples/all-kinds.json';
import emptyJson from '../demo/data/samples/empty.json';
import invalidJson from '../demo/data/samples/invalid.json';

const allKinds = allKindsJson as unknown as Resolution;
const caoBang2013 = caoBang2013Json as unknown as Resolution;
const caoBang2021 = caoBang2021Json as unknown as Resolution;
const ngheAn = ngheAnJson as unknown as Resolution;
const dakLak = dakLakJson as unknown as Resolution;
const seeds = [caoBang2013, caoBang2021, ngheAn, dakLak];

/** Every story assesses as of the same day, so a status does not change with the calendar. */
const AS_OF = '2026-11-22';

interface Args {
  targets: string;
  width: number;
  method: string;
  period: string;
  asOf: string;
  noZoom: boolean;
  lanes: boolean;
}

const timeline = (args: Args, doc: Resolution | undefined = allKinds, docs?: Resolution[]): TemplateResult =>
  html`<div style="width:${args.width}px;max-width:100%">
    <nq-target-timeline
      .resolution=${doc}
      .resolutions=${docs}
      targets=${args.targets || nothing}
      method=${args.method || nothing}
      period=${args.period || nothing}
      as-of=${args.asOf}
      ?no-zoom=${args.noZoom}
      ?lanes=${args.lanes}
    ></nq-target-timeline>
  </div>`;

const meta: Meta<Args> = {
  title: 'Widgets/Target timeline',
  component: 'nq-target-timeline',
  args: { targets: 'threshold-on-track', width: 720, method: '', period: '', asOf: AS_OF, noZoom: false, lanes: false },
  argTypes: {
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
    method: { control: 'inline-radio', options: ['', 'linear', 'opensdg'] },
    period: { control: 'text' },
  },
  render: (args) => timeline(args),
};
export default meta;

type Story = StoryObj<Args>;

// ---- one target of each kind, on its value axis ----------------------------------------------

/** The required path from the baseline (dashed), the values, and where they are heading (dotted). */
export const ThresholdOnTrack: Story = {};
export const ThresholdOffTrack: Story = { args: { targets: 'threshold-off-track' } };
/** A passed deadline: the milestone is filled and says its verdict. */
export const ThresholdMissed: Story = { args: { targets: 'threshold-missed' } };
export const ThresholdDecrease: Story = { args: { targets: 'threshold-decrease' } };
/** Two milestones: the required path bends at the first. */
export const SeveralMilestones: Story = { args: { targets: 'threshold-approximate' } };
/** A band from the start to the deadline, open above ("trở lên"). */
export const Range: Story = { args: { targets: 'range-inside' } };
/** ×3 of the 2020 baseline sits at three times its value. */
export const Multiple: Story = { args: { targets: 'multiple-x3' } };
/** A growth rate compounds: the path curves, and the milestone is labelled as a rate. */
export const Growth: Story = { args: { targets: 'growth-yearly' } };
/** Inverted: rank 1, the best, at the top; the projection stops at 1. */
export const Rank: Story = { args: { targets: 'rank-top-20' } };
/** The Nghệ An resolution's PII rank, reported values with their source. */
export const RankReported: Story = { args: { targets: 'pii-top-20' }, render: (args) => timeline(args, ngheAn) };
/** Stepped: whole levels on the axis, a required path that climbs in steps. */
export const Level: Story = { args: { targets: 'level-startup-ecosystem' } };
export const LevelNamed: Story = { args: { targets: 'level-named' } };
export const Ratio: Story = { args: { targets: 'ratio-enterprise-budget' } };
/** A qualitative target has no value axis: one lane, with "done" and "not done" values. */
export const Qualitative: Story = { args: { targets: 'qualitative-done,qualitative-not-done' } };
/** A recurring commitment with no deadline: its milestone sits in the "no deadline" column. */
export const Cadence: Story = { args: { targets: 'cadence-reports' } };
export const NoData: Story = { args: { targets: 'threshold-no-data' } };
/** The Open SDG method projects by compound growth. */
export const OpenSdgProjection: Story = { args: { method: 'opensdg' } };

// ---- many targets: one lane each ---------------------------------------------------------------

export const EveryKind: Story = { args: { targets: '' } };
export const Caobang2013Programme: Story = { args: { targets: '' }, render: (args) => timeline(args, caoBang2013) };
export const CaoBang2021Draft: Story = { args: { targets: '' }, render: (args) => timeline(args, caoBang2021) };
export const NgheAn2030: Story = { args: { targets: '' }, render: (args) => timeline(args, ngheAn) };
export const DakLak2021To2025: Story = { args: { targets: '' }, render: (args) => timeline(args, dakLak) };
/** The 2013 programme and the 2021 resolutions on one axis, each under its issue date. */
export const FourSeedsOnOneAxis: Story = {
  args: { targets: '', width: 1000 },
  render: (args) => timeline(args, undefined, seeds),
};
/** The same indicator across provinces, picked by id in every document. */
export const SameTargetAcrossProvinces: Story = {
  args: { targets: 'tfp-contribution,st-budget-share' },
  render: (args) => timeline(args, undefined, seeds),
};
export const ZoomedTo2021To2025: Story = {
  args: { targets: '', period: '2021-2025' },
  render: (args) => timeline(args, undefined, seeds),
};
/** Lanes stack at 320 px: the label goes above its track and is shortened, its full text kept. */
export const Narrow320: Story = { args: { targets: '', width: 320 } };
export const Narrow320Chart: Story = { args: { width: 320 } };
export const LanesForOneTarget: Story = { args: { lanes: true } };

// ---- themes and languages ---------------------------------------------------------------------

export const English: Story = { globals: { lang: 'en' }, args: { targets: '' } };
export const Dark: Story = { globals: { theme: 'dark' }, args: { targets: '' } };
export const DarkChart: Story = { globals: { theme: 'dark' }, args: { targets: 'rank-top-20' } };
/** The public custom properties and parts, set by a page. */
export const CustomProperties: Story = {
  render: (args) =>
    html`<style>
        .branded {
          --nq-target-timeline-font-family: Georgia, serif;
          --nq-target-timeline-required-color: #8a5300;
          --nq-target-timeline-today-color: #5a3e00;
          --nq-target-timeline-band-color: #1a7f37;
        }
        .branded nq-target-timeline::part(title) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
      </style>
      <div class="branded">${timeline(args)}</div>`,
};

// ---- data states ------------------------------------------------------------------------------

/** The fetching path: `src` with two seed files, served by Storybook at /data, on one axis. */
export const FromSrc: Story = {
  render: (args) =>
    html`<div style="width:${args.width}px">
      <nq-target-timeline
        src="data/cao-bang-34-ctr-tu-2013.json data/nghe-an-khcn-2030.json"
        as-of=${args.asOf}
      ></nq-target-timeline>
    </div>`,
};
/** A valid document with no target. */
export const EmptyDocument: Story = {
  args: { targets: '' },
  render: (args) => timeline(args, emptyJson as unknown as Resolution),
};
/** A document that is not valid: the errors, with their paths, under "Chi tiết". */
export const InvalidDocument: Story = {
  args: { targets: '' },
  render: (args) => timeline(args, invalidJson as unknown as Resolution),
};
export const NotFound: Story = {
  render: (args) =>
    html`<div style="width:${args.width}px">
      <nq-target-timeline src="data/no-such-file.json"></nq-target-timeline>
    </div>`,
};
