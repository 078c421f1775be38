/**
 * <nq-kpi-gauge>: every kind of target, every variant, every data state, from the seed documents
 * (demo/data). The language and theme switches in the toolbar apply to every story; a few stories
 * pin one to show it. Values from demo/data/samples/ are sample data and the gauge says so.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../src/components/kpi-gauge/kpi-gauge.js';
import type { GaugeVariant } from '../src/core/gauge-scale.js';
import { GAUGE_VARIANTS } from '../src/core/gauge-scale.js';
import type { Resolution } from '../src/core/schema.js';
import ngheAnJson from '../demo/data/nghe-an-khcn-2030.json';
import allKindsJson from '../demo/data/samples/all-kinds.json';
import invalidJson from '../demo/data/samples/invalid.json';

const allKinds = allKindsJson as unknown as Resolution;
const ngheAn = ngheAnJson as unknown as Resolution;

/** Every story assesses as of the same day, so a status does not change with the calendar. */
const AS_OF = '2026-11-22';

interface Args {
  target: string;
  variant: GaugeVariant;
  width: number;
  method: string;
  asOf: string;
}

const gauge = (args: Args, doc: Resolution = allKinds): TemplateResult =>
  html`<div style="width:${args.width}px;max-width:100%">
    <nq-kpi-gauge
      .resolution=${doc}
      target=${args.target}
      variant=${args.variant}
      method=${args.method || nothing}
      as-of=${args.asOf}
    ></nq-kpi-gauge>
  </div>`;

const meta: Meta<Args> = {
  title: 'Widgets/KPI gauge',
  component: 'nq-kpi-gauge',
  args: { target: 'threshold-on-track', variant: 'radial', width: 320, method: '', asOf: AS_OF },
  argTypes: {
    variant: { control: 'inline-radio', options: [...GAUGE_VARIANTS] },
    width: { control: { type: 'range', min: 120, max: 600, step: 10 } },
    method: { control: 'inline-radio', options: ['', 'linear', 'opensdg'] },
    target: { control: 'select', options: allKinds.targets.map((t) => t.id) },
  },
  render: (args) => gauge(args),
};
export default meta;

type Story = StoryObj<Args>;

// ---- every kind, as it means ------------------------------------------------------------------

export const ThresholdOnTrack: Story = {};
export const ThresholdAchieved: Story = { args: { target: 'threshold-achieved' } };
export const ThresholdMissed: Story = { args: { target: 'threshold-missed' } };
export const ThresholdOffTrack: Story = { args: { target: 'threshold-off-track' } };
export const ThresholdDecrease: Story = { args: { target: 'threshold-decrease' } };
/** A count of 5 gets an axis of 0 to 6, not 0 to 100. */
export const ThresholdSmallCount: Story = { args: { target: 'ocop-patents' } };
/** The band is drawn as a band; "inside", "below" and "above" are said in the explanation. */
export const Range: Story = { args: { target: 'range-inside' } };
/** The baseline (2020) and the ×3 target are both on the axis. */
export const Multiple: Story = { args: { target: 'multiple-x3' } };
export const MultipleWithoutBaselineValue: Story = { args: { target: 'multiple-not-assessable' } };
/** An inverted scale, 1 is best: a reported rank from the Nghệ An resolution, with its source. */
export const Rank: Story = { args: { target: 'pii-top-20' }, render: (args) => gauge(args, ngheAn) };
export const RankSample: Story = { args: { target: 'rank-top-20' } };
/** A stepped scale: one segment per level, a marker per milestone with its verdict. */
export const Level: Story = { args: { target: 'level-startup-ecosystem' } };
export const LevelNamed: Story = { args: { target: 'level-named' } };
/** The observed yearly growth rate against the required one. */
export const Growth: Story = { args: { target: 'growth-yearly' } };
export const Ratio: Story = { args: { target: 'ratio-enterprise-budget' } };
export const QualitativeDone: Story = { args: { target: 'qualitative-done' } };
export const QualitativeNotDone: Story = { args: { target: 'qualitative-not-done' } };
export const Cadence: Story = { args: { target: 'cadence-reports' } };
/** Two milestones (2025 and 2030): one marker each, the passed one with its verdict. */
export const SeveralMilestones: Story = { args: { target: 'threshold-approximate' } };
/** No value reported: the empty state says so, and never shows a zero. */
export const NoData: Story = { args: { target: 'threshold-no-data' } };

const allKindsGrid = (args: Args): TemplateResult =>
  html`<div style="display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start">
    ${allKinds.targets.map((t) => gauge({ ...args, target: t.id }))}
  </div>`;

/** Every target of the sample document, in the variant chosen in the controls. */
export const AllKinds: Story = { args: { width: 260 }, render: allKindsGrid };

// ---- variants and sizes -----------------------------------------------------------------------

export const Bullet: Story = {
  args: { variant: 'bullet', width: 360 },
  render: (args) =>
    html`<div style="display:grid;gap:1rem">
      ${['threshold-on-track', 'range-inside', 'rank-top-20', 'level-startup-ecosystem', 'threshold-no-data'].map(
        (target) => gauge({ ...args, target }),
      )}
    </div>`,
};

/** A small ring and the number, inside a sentence. */
export const Compact: Story = {
  args: { variant: 'compact' },
  render: (args) =>
    html`<p style="max-width:40rem;line-height:2">
      Tỷ lệ doanh nghiệp có hoạt động đổi mới sáng tạo hiện là
      <nq-kpi-gauge
        .resolution=${allKinds}
        target="threshold-on-track"
        variant="compact"
        as-of=${args.asOf}
      ></nq-kpi-gauge
      >, trong khi chỉ số PII của Nghệ An đứng
      <nq-kpi-gauge .resolution=${ngheAn} target="pii-top-20" variant="compact" as-of=${args.asOf}></nq-kpi-gauge>.
    </p>`,
};

export const Narrow120: Story = { args: { width: 120 } };
/** From 440 px the details sit beside the dial. */
export const Wide600: Story = { args: { width: 600, target: 'level-startup-ecosystem' } };

// ---- themes and languages ---------------------------------------------------------------------

export const English: Story = { globals: { lang: 'en' }, args: { target: 'multiple-x3' } };
export const Dark: Story = { globals: { theme: 'dark' }, args: { width: 260 }, render: allKindsGrid };
export const DarkEnglishBullet: Story = { globals: { theme: 'dark', lang: 'en' }, ...Bullet };
/** The public custom properties and parts, set by a page. */
export const CustomProperties: Story = {
  render: (args) =>
    html`<style>
        .branded {
          --nq-kpi-gauge-font-family: Georgia, serif;
          --nq-kpi-gauge-track-color: #f1e7d0;
          --nq-kpi-gauge-marker-color: #5a3e00;
          --nq-kpi-gauge-value-font-weight: 400;
        }
        .branded nq-kpi-gauge::part(label) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
      </style>
      <div class="branded">${gauge(args)}</div>`,
};

// ---- data states ------------------------------------------------------------------------------

/** The fetching path: `src` pointing at a seed file, served by Storybook at /data. */
export const FromSrc: Story = {
  render: (args) =>
    html`<div style="width:${args.width}px">
      <nq-kpi-gauge src="data/nghe-an-khcn-2030.json" target="pii-top-20" as-of=${args.asOf}></nq-kpi-gauge>
    </div>`,
};

/**
 * Requests to URLs containing `never-loads` never answer, and those containing `fails-after-first`
 * answer once and then fail: enough to show the loading and stale states without a server.
 */
function scriptedFetch(): void {
  const w = window as unknown as { __nqStoryFetch?: boolean };
  if (w.__nqStoryFetch) return;
  w.__nqStoryFetch = true;
  const real = window.fetch.bind(window);
  let served = 0;
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes('never-loads')) return new Promise<Response>(() => undefined);
    if (url.includes('fails-after-first')) {
      return served++ === 0
        ? real('data/samples/all-kinds.json', init)
        : Promise.resolve(new Response('', { status: 503, statusText: 'Service Unavailable' }));
    }
    return real(input, init);
  };
}

/** The space is reserved while the document loads: nothing below moves when it arrives. */
export const Loading: Story = {
  loaders: [() => scriptedFetch()],
  render: (args) =>
    html`<div style="width:${args.width}px">
      <nq-kpi-gauge src="data/never-loads.json" target="threshold-on-track" as-of=${args.asOf}></nq-kpi-gauge>
    </div>`,
};
export const NotFound: Story = {
  render: (args) =>
    html`<div style="width:${args.width}px">
      <nq-kpi-gauge src="data/no-such-file.json" target="x"></nq-kpi-gauge>
    </div>`,
};
/** A document that is not valid: the errors, with their paths, under "Chi tiết". */
export const InvalidDocument: Story = {
  render: (args) =>
    html`<div style="width:${args.width}px">
      <nq-kpi-gauge .resolution=${invalidJson} target="x"></nq-kpi-gauge>
    </div>`,
};
export const TargetNotInDocument: Story = { args: { target: 'no-such-target' } };
/** The refresh failed: the last value stays, marked out of date, and updates can be paused. */
export const Stale: Story = {
  loaders: [() => scriptedFetch()],
  render: (args) =>
    html`<div style="width:${args.width}px">
      <nq-kpi-gauge
        src="data/fails-after-first.json"
        refresh="2"
        target="range-inside"
        as-of=${args.asOf}
      ></nq-kpi-gauge>
    </div>`,
};
/** The sample document is marked as sample data; this button adds a value as a live update would. */
export const LiveUpdate: Story = {
  render: (args) => {
    let doc = allKinds;
    let value = 40;
    const indicator = allKinds.targets.find((t) => t.id === 'threshold-on-track')?.indicator.code ?? '';
    const add = (e: Event) => {
      const el = (e.target as HTMLElement).previousElementSibling as HTMLElement & { resolution: unknown };
      value += 3;
      doc = {
        ...doc,
        observations: [
          ...(doc.observations ?? []),
          {
            indicator,
            date: `${2025 + (value - 40) / 3}`,
            value,
            sample: true,
            source: { name: { vi: 'Số liệu minh họa', en: 'Sample data' } },
          },
        ],
      };
      el.resolution = doc;
    };
    return html`<div style="width:${args.width}px">
      <nq-kpi-gauge .resolution=${doc} target="threshold-on-track" as-of="2030-06-01"></nq-kpi-gauge>
      <button type="button" @click=${add}>Thêm số liệu / Add a value</button>
    </div>`;
  },
};

/** No document: `value`, `target`, `unit`, `label` (and `min`, `max`, `kind`) alone. */
export const AttributesOnly: Story = {
  render: (args) =>
    html`<div style="display:flex;flex-wrap:wrap;gap:1.5rem">
      <div style="width:${args.width}px">
        <nq-kpi-gauge
          value="42.5"
          target="≥50"
          unit="%"
          label="Tỷ lệ hộ dùng Internet"
          variant=${args.variant}
        ></nq-kpi-gauge>
      </div>
      <div style="width:${args.width}px">
        <nq-kpi-gauge
          kind="rank"
          value="12"
          target="20"
          max="63"
          label="Xếp hạng PCI"
          variant=${args.variant}
        ></nq-kpi-gauge>
      </div>
      <div style="width:${args.width}px">
        <nq-kpi-gauge
          kind="range"
          value="1.7"
          target="1.5..2"
          unit="%"
          label="Chi KH&CN / tổng chi"
          variant=${args.variant}
        ></nq-kpi-gauge>
      </div>
    </div>`,
};
