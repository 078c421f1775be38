/**
 * Small valid documents for tests: `makeDocument()` fills every required field, and `makeTarget()`
 * builds a target of a kind with one milestone unless told otherwise.
 */
import type { Observation, Resolution, Target } from '../../src/core/schema.js';

export function makeTarget(partial: Partial<Target> & Pick<Target, 'id'>): Target {
  const numeric = partial.kind !== 'qualitative' && partial.kind !== 'cadence';
  return {
    kind: 'threshold',
    ref: 'II.2',
    wording: 'Phấn đấu đạt chỉ tiêu',
    label: { vi: `Chỉ tiêu ${partial.id}`, en: `Target ${partial.id}` },
    indicator: {
      code: partial.id,
      name: { vi: `Chỉ số ${partial.id}`, en: `Indicator ${partial.id}` },
      unit: { type: 'percent' },
    },
    ...(numeric ? { direction: 'increase' as const } : {}),
    milestones: [{ year: 2030, comparator: '>=', value: 50 }],
    ...partial,
  };
}

export function observation(
  indicator: string,
  date: string,
  value: number | boolean,
  extra: Partial<Observation> = {},
): Observation {
  return { indicator, date, value, source: { name: { vi: 'Nguồn thử', en: 'Test source' } }, ...extra };
}

export function makeDocument(
  targets: Target[] = [],
  observations: Observation[] = [],
  extra: Partial<Resolution> = {},
): Resolution {
  return {
    schemaVersion: 1,
    id: 'test-document',
    number: null,
    kind: 'nghi-quyet',
    status: 'issued',
    issuer: { vi: 'Tỉnh ủy Thử', en: 'Test Provincial Party Committee' },
    adminUnit: { name: { vi: 'Tỉnh Thử', en: 'Test province' } },
    date: '2020-06-15',
    title: { vi: 'Nghị quyết thử', en: 'Test resolution' },
    period: { from: 2020, to: 2025 },
    horizon: 2030,
    targets,
    observations,
    ...extra,
  };
}
