/**
 * Layout reads batched: every widget that asks in the same turn has its read made together,
 * after all have asked and before any renders. Reading a size forces a layout when the page has
 * changed since the last one; a hundred gauges that each measured and then rendered forced a
 * hundred layouts, while a hundred reads with no writes between them force one.
 */
let batch: (() => void)[] = [];

/** Runs `read` with the other reads asked for in this turn; rejects if it throws, alone. */
export function measureTogether(read: () => void): Promise<void> {
  return new Promise((resolve, reject) => {
    if (batch.length === 0) {
      // Queued behind the updates already waiting in this turn, so they join this batch.
      queueMicrotask(() => {
        const reads = batch;
        batch = [];
        for (const r of reads) r();
      });
    }
    batch.push(() => {
      try {
        read();
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
