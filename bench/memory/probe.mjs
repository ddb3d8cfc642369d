/**
 * Plain JavaScript: it loads before tsx does. Preloaded into the server process by the memory benchmark (node --import): every few seconds it appends
 * one JSON line of process.memoryUsage() and V8 heap statistics to MEMORY_PROBE_FILE, so the benchmark can
 * tell the JS heap from buffers and from what only RSS sees (PGlite's WASM memory in its worker).
 * Node.js preloads it into every worker thread too (they inherit --import), so each line names its thread: RSS
 * is the process's, the heap figures are that thread's own isolate (the database worker has one of its own).
 */
import { appendFileSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import { threadId } from 'node:worker_threads';

const file = process.env.MEMORY_PROBE_FILE;
const everyMs = Number(process.env.MEMORY_PROBE_MS ?? 5_000);
if (file) {
  const started = Date.now();
  const sample = () => {
    const m = process.memoryUsage();
    const h = getHeapStatistics();
    const line = {
      t: Date.now() - started,
      thread: threadId,
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
      mallocedMemory: h.malloced_memory,
      totalHeapSize: h.total_heap_size,
    };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
}
