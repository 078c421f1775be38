/**
 * The "why this status" sentences, in vi and en. Each takes words already formatted for the
 * locale (values in their unit, dates at their precision), so a sentence never formats a number.
 */

export interface ExplanationWords {
  method: string;
  year: string;
  goal: string;
  latest: string;
  latestDate: string;
  start: string;
  startDate: string;
  /** "the baseline" or "the first reported value". */
  startIsObservation: boolean;
  expected: string;
  expectedNow: string;
  ratio: string;
  ratioIsPercent: boolean;
  /** The ratio is below zero: the value moved the wrong way. */
  movingAway: boolean;
  onTrack: string;
  atRisk: string;
  needed: string;
  decreasing: boolean;
  observedRate: string;
  requiredRate: string;
  position: 'below' | 'inside' | 'above' | '';
  yearsMet: string;
  yearsReported: string;
  interval: string;
  evidence: string;
  declined: string;
  status: string;
  reason: string;
}

type Sentence = (w: ExplanationWords) => string;

const vi = {
  startVi: (w: ExplanationWords) =>
    w.startIsObservation ? `số liệu đầu tiên ${w.start} (${w.startDate})` : `mốc cơ sở ${w.start} (${w.startDate})`,
  position: (w: ExplanationWords) =>
    w.position === 'inside'
      ? ' (trong khoảng mục tiêu)'
      : w.position === 'above'
        ? ' (trên khoảng mục tiêu)'
        : w.position === 'below'
          ? ' (dưới khoảng mục tiêu)'
          : '',
};
const en = {
  start: (w: ExplanationWords) =>
    w.startIsObservation
      ? `the first reported value, ${w.start} (${w.startDate})`
      : `the baseline, ${w.start} (${w.startDate})`,
  position: (w: ExplanationWords) =>
    w.position === 'inside'
      ? ' (inside the target band)'
      : w.position === 'above'
        ? ' (above the target band)'
        : w.position === 'below'
          ? ' (below the target band)'
          : '',
};

export const EXPLANATION_MESSAGES: Record<string, { vi: Sentence; en: Sentence }> = {
  achieved: {
    vi: (w) =>
      `Số liệu mới nhất ${w.latest} (${w.latestDate})${vi.position(w)} đã đạt mục tiêu ${w.goal} của năm ${w.year}.`,
    en: (w) =>
      `The latest value, ${w.latest} (${w.latestDate})${en.position(w)}, already meets the ${w.year} target of ${w.goal}.`,
  },
  met: {
    vi: (w) => `Đã đạt mục tiêu ${w.goal} năm ${w.year}: ${w.latest} (${w.latestDate})${vi.position(w)}.`,
    en: (w) => `Met the ${w.year} target of ${w.goal}: ${w.latest} (${w.latestDate})${en.position(w)}.`,
  },
  missed: {
    vi: (w) => `Không đạt mục tiêu ${w.goal} năm ${w.year}: số liệu năm đó là ${w.latest}${vi.position(w)}.`,
    en: (w) => `Missed the ${w.year} target of ${w.goal}: the value that year was ${w.latest}${en.position(w)}.`,
  },
  pace: {
    vi: (w) =>
      `Theo phương pháp ${w.method}, từ ${vi.startVi(w)} đến mục tiêu ${w.goal} năm ${w.year}: đến ${w.latestDate} cần đạt ${w.expected}, thực tế ${w.latest}${vi.position(w)}; ` +
      (w.movingAway
        ? `đang đi ngược hướng mục tiêu (${w.ratioIsPercent ? 'mức thay đổi' : 'tỉ số R'} ${w.ratio})`
        : w.ratioIsPercent
          ? `mức tăng bằng ${w.ratio} mức cần có`
          : `tỉ số R = ${w.ratio}`) +
      ` (đúng tiến độ từ ${w.onTrack}, có nguy cơ từ ${w.atRisk}).` +
      (w.observedRate ? ` Tăng trưởng bình quân thực tế ${w.observedRate}, cần ${w.requiredRate}.` : '') +
      (w.needed ? ` Cần ${w.decreasing ? 'giảm' : 'tăng'} thêm ${w.needed} mỗi năm để đạt mục tiêu.` : ''),
    en: (w) =>
      `By the ${w.method} method, from ${en.start(w)} to the ${w.year} target of ${w.goal}: ${w.expected} was required by ${w.latestDate} and the value was ${w.latest}${en.position(w)}; ` +
      (w.movingAway
        ? `it is moving away from the target (${w.ratioIsPercent ? 'change' : 'R'} ${w.ratio})`
        : w.ratioIsPercent
          ? `the gain is ${w.ratio} of the gain required`
          : `the ratio R is ${w.ratio}`) +
      ` (on track from ${w.onTrack}, at risk from ${w.atRisk}).` +
      (w.observedRate ? ` Average growth was ${w.observedRate} against the ${w.requiredRate} required.` : '') +
      (w.needed ? ` It needs to ${w.decreasing ? 'fall' : 'gain'} ${w.needed} a year to reach the target.` : ''),
  },
  declined: {
    vi: (w) =>
      `Phương pháp ${w.method} không đánh giá được chỉ tiêu này: ${w.declined}. Số liệu mới nhất ${w.latest} (${w.latestDate}); mục tiêu ${w.goal} năm ${w.year}.`,
    en: (w) =>
      `The ${w.method} method cannot assess this target: ${w.declined}. Latest value ${w.latest} (${w.latestDate}); target ${w.goal} by ${w.year}.`,
  },
  outside: {
    vi: (w) =>
      `Số liệu mới nhất ${w.latest} (${w.latestDate})${vi.position(w)} nằm ngoài mục tiêu cần duy trì ${w.goal} (hạn ${w.year}).`,
    en: (w) =>
      `The latest value, ${w.latest} (${w.latestDate})${en.position(w)}, is outside the ${w.goal} to be kept (due ${w.year}).`,
  },
  'no-baseline': {
    vi: (w) =>
      `Văn bản không nêu giá trị cơ sở và mới có một số liệu (${w.latest}, ${w.latestDate}): chưa thể tính tiến độ tới mục tiêu ${w.goal} năm ${w.year}.`,
    en: (w) =>
      `The document states no baseline value and there is one reported value (${w.latest}, ${w.latestDate}): progress toward the ${w.year} target of ${w.goal} cannot be computed yet.`,
  },
  'no-baseline-value': {
    vi: (w) => `Mục tiêu là bội số của giá trị cơ sở, nhưng giá trị cơ sở chưa được công bố (hạn ${w.year}).`,
    en: (w) => `The target is a multiple of a baseline whose value has not been published (due ${w.year}).`,
  },
  'no-data': {
    vi: (w) => `Chưa có số liệu được công bố cho chỉ tiêu này (hạn ${w.year}).`,
    en: (w) => `No value has been reported for this target yet (due ${w.year}).`,
  },
  'no-data-deadline': {
    vi: (w) =>
      `Đã qua hạn ${w.year} nhưng chưa có số liệu của năm ${w.year}` +
      (w.latest ? `; số liệu gần nhất ${w.latest} (${w.latestDate}).` : '.'),
    en: (w) =>
      `The ${w.year} deadline has passed but no value for ${w.year} has been reported` +
      (w.latest ? `; the latest is ${w.latest} (${w.latestDate}).` : '.'),
  },
  undated: {
    vi: () => `Văn bản không nêu thời hạn cho mốc này, nên chưa thể đánh giá tiến độ.`,
    en: () => `The document sets no deadline for this milestone, so its progress cannot be assessed.`,
  },
  done: {
    vi: (w) => `Đã hoàn thành (${w.latestDate})` + (w.evidence ? `: ${w.evidence}.` : '.'),
    en: (w) => `Done (${w.latestDate})` + (w.evidence ? `: ${w.evidence}.` : '.'),
  },
  'not-done-yet': {
    vi: (w) => `Chưa hoàn thành theo báo cáo ${w.latestDate}; còn hạn đến ${w.year}.`,
    en: (w) => `Not done as reported on ${w.latestDate}; due by ${w.year}.`,
  },
  'not-done-late': {
    vi: (w) => `Quá hạn ${w.year} mà chưa hoàn thành (báo cáo ${w.latestDate}).`,
    en: (w) => `Not done by the ${w.year} deadline (reported ${w.latestDate}).`,
  },
  cadence: {
    vi: (w) => `Định kỳ ${w.interval} báo cáo một lần; lần gần nhất ${w.latestDate}.`,
    en: (w) => `Due every ${w.interval}; last done ${w.latestDate}.`,
  },
  recurring: {
    vi: (w) =>
      `Cam kết hằng năm ${w.goal}: đạt ${w.yearsMet}/${w.yearsReported} năm có số liệu; năm gần nhất (${w.latestDate}) là ${w.latest}.`,
    en: (w) =>
      `A yearly commitment of ${w.goal}: met in ${w.yearsMet} of ${w.yearsReported} reported years; the latest (${w.latestDate}) was ${w.latest}.`,
  },
  override: {
    vi: (w) => `Trạng thái "${w.status}" do đơn vị công bố xác định: ${w.reason}.`,
    en: (w) => `The status "${w.status}" was set by the publisher: ${w.reason}.`,
  },
};

export const DECLINE_REASONS: Record<string, { vi: string; en: string }> = {
  'kind-not-supported': {
    vi: 'thứ hạng, cấp độ hay tỉ lệ không phải là tốc độ tăng trưởng',
    en: 'a rank, a level or a ratio is not a growth rate',
  },
  'non-positive-values': {
    vi: 'tăng trưởng kép cần các giá trị lớn hơn 0',
    en: 'compound growth needs values above zero',
  },
  'no-time-elapsed': {
    vi: 'số liệu mới nhất trùng thời điểm cơ sở',
    en: 'the latest value is at the baseline’s own time',
  },
  'no-change-required': { vi: 'mục tiêu bằng giá trị cơ sở', en: 'the target equals the baseline' },
};

export const INTERVALS: Record<number, { vi: string; en: string }> = {
  3: { vi: '3 tháng', en: '3 months' },
  6: { vi: '6 tháng', en: '6 months' },
  12: { vi: '1 năm', en: 'year' },
};
