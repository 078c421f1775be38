// Debian's Chromium on a closed network: where it is and the flags that keep it quiet, in one place
// for Web Test Runner, the CSP and framework checks, and the benchmarks (see shared/TOOLCHAIN.md).

/** The Chromium binary: CHROME_PATH, else Debian's. */
export const CHROME_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * For Playwright. `--disable-features=NetworkTimeServiceQuerying` is left out on purpose:
 * Playwright passes its own --disable-features list, which already names it, and Chromium keeps
 * only the last such switch, so a second one would drop Playwright's list.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox', // required when running as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Chromium 156 still phones home with only the flags above (verified with --log-net-log):
  '--gaia-url=http://127.0.0.1:9/', // accounts.google.com/ListAccounts -> closed local port
  '--component-updater=url-source=http://127.0.0.1:9/', // update.googleapis.com -> closed local port
];

/** For Web Test Runner's Puppeteer launcher, which merges --disable-features with its own list. */
export const PUPPETEER_ARGS = [
  ...CHROMIUM_ARGS,
  '--disable-features=NetworkTimeServiceQuerying', // clients2.google.com/time
];
