// One reading of the memory bench: V8's used heap after forced collections (what the targets
// are about), and from a heap snapshot taken right after, how much of it is compiled code (by
// kind, and the driver's share) and how much the page's scripts hold.
import type { CDPSession } from '@playwright/test';
import { heapCensus, scriptValuesBytes } from './heap-census.js';
import { codeBytesByKind } from './heap-code-kinds.js';
import { engineCacheBytes } from './heap-engine-caches.js';
import { heapGraph } from './heap-graph.js';

export interface HeapCheckpoint {
  /** Runtime.getHeapUsage's usedSize, in bytes. */
  used: number;
  /** V8's caches on its root list (heap-engine-caches.ts): emptied by every full collection,
   * but their capacity stays once grown. */
  caches: number;
  /** Objects, closures, arrays, strings: what a leak of the app's would grow (V8's own caches
   * left out, heap-engine-caches.ts). */
  values: number;
  /** Compiled code of every kind. */
  code: number;
  /** Code in KB by kind (heap-code-kinds.ts), plus `of_which_driver`. */
  codeKb: Record<string, number>;
  /** The snapshot's JSON, for --snapshots. */
  snapshot: string;
}

export const kb = (bytes: number) => Math.round(bytes / 1024);

/** Code bytes by `kind/origin` as KB by kind, plus the driver's share. */
function codeByKindKb(bytes: Record<string, number>): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const [key, size] of Object.entries(bytes)) {
    const [kind = '?', origin] = key.split('/');
    sums[kind] = (sums[kind] ?? 0) + size;
    if (origin === 'driver') sums.of_which_driver = (sums.of_which_driver ?? 0) + size;
  }
  sums.of_which_driver ??= 0;
  return Object.fromEntries(Object.entries(sums).map(([kind, size]) => [kind, kb(size)]));
}

/** Used heap after collections until it stops shrinking (weak maps and finalizers take more
 * than one pass). */
async function heapAfterGc(cdp: CDPSession): Promise<number> {
  let last = Infinity;
  for (let pass = 0; pass < 8; pass++) {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    if (usedSize >= last - 1024 && pass >= 2) return usedSize;
    last = Math.min(last, usedSize);
  }
  return last;
}

/** The heap snapshot's JSON, as CDP streams it. */
async function takeSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  return chunks.join('');
}

/** Needs HeapProfiler enabled on the session. */
export async function heapCheckpoint(cdp: CDPSession): Promise<HeapCheckpoint> {
  const used = await heapAfterGc(cdp);
  const snapshot = await takeSnapshot(cdp);
  const census = heapCensus(snapshot);
  const graph = heapGraph(snapshot);
  const caches = engineCacheBytes(graph);
  return {
    used,
    caches,
    values: scriptValuesBytes(census) - caches,
    code: census.bytesByType.code ?? 0,
    codeKb: codeByKindKb(codeBytesByKind(graph)),
    snapshot,
  };
}
