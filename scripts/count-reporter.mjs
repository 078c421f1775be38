// A node:test reporter that writes one JSON line {passed, failed, skipped} to its destination.
// scripts/test.mjs uses it beside the spec reporter, because node's own summary counts every
// describe() parent and every test file without tests as a test of its own.
//
// Counted: leaf tests only (a test or suite whose subtests reported is a parent, not counted).
// A file that failed outside any test (import error, uncaught exception) is reported by node as a
// failed test named after the file: it counts as one failure. A file that ran no test at all is
// reported as a passing "test" named after the file: it does not count.

/** @param {AsyncIterable<{type: string, data: any}>} source */
export default async function* countReporter(source) {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  /** nesting of the last reported test, per file: events come children first, then the parent */
  const lastNesting = new Map();

  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    const key = data.file ?? '';
    const previous = lastNesting.get(key);
    lastNesting.set(key, data.nesting);
    const isParent = previous === data.nesting + 1;
    if (isParent) continue;

    const ok = event.type === 'test:pass';
    const isSuite = data.details?.type === 'suite';
    const isFileWrapper = data.nesting === 0 && data.file !== undefined && data.name === data.file;
    if (ok && (isSuite || isFileWrapper)) continue; // an empty suite or file is not a test
    if (data.skip !== undefined || data.todo !== undefined) skipped++;
    else if (ok) passed++;
    else failed++;
  }
  yield JSON.stringify({ passed, failed, skipped }) + '\n';
}
