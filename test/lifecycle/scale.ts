/**
 * How big the long-running suites run: a CI-sized count by default, the full count of issue #9
 * under `npm run test:long` (scripts/test-long.mjs). In Node that script sets NQ_LONG=1; in the
 * browser it serves `/__nq/long`, which the ordinary test runner does not (a 404 here means CI).
 */
export const LONG_PATH = '/__nq/long';

async function isLong(): Promise<boolean> {
  if (typeof window === 'undefined') return process.env.NQ_LONG === '1';
  try {
    return (await fetch(LONG_PATH, { cache: 'no-store' })).ok;
  } catch {
    return false;
  }
}

export const LONG = await isLong();

/** `ci` normally, `full` under `npm run test:long`. */
export function scale(ci: number, full: number): number {
  return LONG ? full : ci;
}
