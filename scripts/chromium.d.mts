/** Types of scripts/chromium.mjs, for the TypeScript tests that launch Chromium. */
export declare const CHROME_PATH: string;
export declare const CHROMIUM_ARGS: readonly string[];
export declare const PUPPETEER_ARGS: readonly string[];
