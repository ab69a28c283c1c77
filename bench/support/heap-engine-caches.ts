// V8's own caches hang off its root list (the number-to-string cache, the string-split and
// regexp caches): plain arrays, so a census by type counts them among the page's values, and V8
// resizes them when it sees fit (in one memory run the number-to-string cache grew by 64 KB
// between cycles 20 and 80: 1,077 B "per cycle" that no script of the page holds). Found by the
// root list's edges, named `…_cache` ("(Strong roots)" in Node 20, "(Strong root list)" in
// Chromium 156).
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
