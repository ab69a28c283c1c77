// V8's own caches hang off its root list (the number-to-string caches, the string-split and
// regexp caches): plain arrays, so a census by type counts them among the page's values. V8
// empties them at every full collection but keeps their capacity, and grows the Smi-to-string
// one once, from 128 entries to 8,192 (1 KB to 64 KB), the first time two small integers that
// share a slot are turned into strings between two collections: in one memory run that fell
// between cycles 20 and 80 and read 1,077 B "per cycle" that no script of the page holds; in
// the other pass of the same run it fell before cycle 1. Found by the root list's edges, named
// `…_cache` ("(Strong roots)" in Node 20, "(Strong root list)" in Chromium 156).
import type { HeapGraph } from './heap-graph.js';

const ROOT_LIST = /^\(Strong root/;

export function engineCacheBytes(graph: HeapGraph): number {
  let bytes = 0;
  for (let node = 0; node < graph.count; node++) {
    if (graph.type(node) !== 'synthetic' || !ROOT_LIST.test(graph.name(node))) continue;
    for (const edge of graph.edgesOut(node))
      if (edge.type === 'internal' && edge.name.endsWith('_cache'))
        bytes += graph.selfSize(edge.node);
  }
  return bytes;
}
