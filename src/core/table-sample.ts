/**
 * A made-up resolution of any size, for tests, stories and benchmarks of big tables. It is marked
 * `sample: true`, so every widget shows it as sample data, and every observation in it is marked
 * too. Deterministic: the same size and seed give the same document.
 */
import type { Observation, Resolution, Target } from './schema.js';

export interface SampleOptions {
  targets: number;
  /** Changes the made-up values, not the shape. */
  seed?: number;
  id?: string;
}

/** mulberry32: a small, good enough pseudo-random generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = [
  'innovation',
  'budget',
  'enterprises',
  'digital',
  'human-resources',
  'agriculture',
  'infrastructure',
  'intellectual-property',
];

const SUBJECTS: readonly [vi: string, en: string][] = [
  ['Đầu tư cho khoa học và công nghệ', 'Investment in science and technology'],
  ['Doanh nghiệp đổi mới sáng tạo', 'Innovative enterprises'],
  ['Đề tài được ứng dụng', 'Research projects applied'],
  ['Văn bằng sở hữu trí tuệ', 'Intellectual property titles'],
  ['Dịch vụ công trực tuyến toàn trình', 'End-to-end online public services'],
  ['Nhân lực nghiên cứu trên một vạn dân', 'Researchers per 10,000 population'],
  ['Sản phẩm OCOP được bảo hộ', 'Protected OCOP products'],
  ['Hộ nông dân ứng dụng công nghệ cao', 'Farm households using high technology'],
  ['Trường học kết nối băng rộng', 'Schools with broadband'],
  ['Đóng góp của TFP vào tăng trưởng', 'TFP contribution to growth'],
];

const PLACES: readonly [vi: string, en: string][] = [
  ['tại Đắk Lắk', 'in Đắk Lắk'],
  ['tại Cao Bằng', 'in Cao Bằng'],
  ['tại Nghệ An', 'in Nghệ An'],
  ['ở vùng đồng bào dân tộc thiểu số', 'in ethnic minority areas'],
  ['ở khu công nghiệp', 'in industrial zones'],
];

const pad = (n: number) => String(n).padStart(5, '0');

/** A valid resolution with `targets` targets in 20 sections; one in ten is nested ("trong đó") in the one before. */
export function sampleResolution(options: SampleOptions): Resolution {
  const rand = random(options.seed ?? 1);
  const n = Math.max(0, Math.floor(options.targets));
  const sections = Array.from({ length: 20 }, (_, i) => ({
    ref: `II.${i + 1}`,
    title: { vi: `Nhóm chỉ tiêu mẫu số ${i + 1}`, en: `Sample target group ${i + 1}` },
  }));
  const targets: Target[] = [];
  const observations: Observation[] = [];
  const source = { name: { vi: 'Số liệu mẫu, tạo tự động', en: 'Sample data, generated' } };
  for (let i = 0; i < n; i++) {
    const id = `t-${pad(i + 1)}`;
    const [subjectVi, subjectEn] = SUBJECTS[i % SUBJECTS.length] ?? ['', ''];
    const [placeVi, placeEn] = PLACES[Math.floor(i / SUBJECTS.length) % PLACES.length] ?? ['', ''];
    const section = sections[Math.floor((i * sections.length) / Math.max(n, 1))]?.ref ?? 'II.1';
    const code = `sample-${pad(i + 1)}`;
    const base = Math.round(rand() * 40);
    const goal = base + 10 + Math.round(rand() * 50);
    const nested = i % 10 === 9 && targets.length > 0;
    const target: Target = {
      id,
      ref: `${section}(${(i % 50) + 1})`,
      section,
      wording: `${subjectVi} ${placeVi} đạt ${goal}% vào năm 2030 (chỉ tiêu mẫu số ${i + 1}).`,
      label: { vi: `${subjectVi} ${placeVi} (mẫu ${i + 1})`, en: `${subjectEn} ${placeEn} (sample ${i + 1})` },
      indicator: {
        code,
        name: { vi: `${subjectVi} ${placeVi}`, en: `${subjectEn} ${placeEn}` },
        unit: { type: 'percent' },
        area: AREAS[i % AREAS.length] ?? 'innovation',
      },
      kind: 'threshold',
      direction: 'increase',
      baseline: { year: 2020, value: base },
      milestones: [
        { year: 2025, comparator: '>=', value: Math.round((base + goal) / 2) },
        { year: 2030, comparator: '>=', value: goal },
      ],
    };
    if (nested) target.parent = targets[targets.length - 1]?.id;
    targets.push(target);
    // Three in four targets have reported values: 2022 to 2024 or 2025, on or off the path.
    if (rand() < 0.75) {
      const pace = 0.3 + rand() * 1.2;
      const last = rand() < 0.5 ? 2024 : 2025;
      for (let year = 2022; year <= last; year++) {
        const value = base + (((goal - base) * (year - 2020)) / 10) * pace;
        observations.push({
          indicator: code,
          date: String(year),
          value: Math.round(value * 10) / 10,
          source,
          sample: true,
        });
      }
    }
  }
  return {
    schemaVersion: 1,
    id: options.id ?? `sample-${n}-targets`,
    number: null,
    kind: 'nghi-quyet',
    status: 'issued',
    issuer: { vi: 'Đơn vị mẫu', en: 'Sample issuer' },
    adminUnit: { name: { vi: 'Tỉnh mẫu', en: 'Sample province' } },
    date: '2021',
    title: { vi: `Văn bản mẫu với ${n} chỉ tiêu`, en: `Sample document with ${n} targets` },
    period: { from: 2021, to: 2030 },
    sections,
    targets,
    observations,
    sample: true,
    note: {
      vi: 'Văn bản tạo tự động để thử bảng lớn; mọi con số là số liệu mẫu.',
      en: 'Generated to test big tables; every number is sample data.',
    },
  };
}
