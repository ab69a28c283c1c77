// Whose optimised code a heap snapshot holds: the functions V8 compiled with Maglev or TurboFan,
// the largest first, each with its script and where it starts (line and column in the built
// chunk: the production bundle is minified, its names are short; `vite build --sourcemap`
// gives the same chunks with a map to the sources).
import { codeKinds, sharedFunctionOf } from './heap-code-kinds.js';
import { heapGraph } from './heap-graph.js';

export interface CodeOwner {
  /** The function's name in the script ('' for an anonymous one). */
  name: string;
  /** The script's file name. */
  script: string;
  /** 1-based, from a closure of the function; 0 when none is alive. */
  line: number;
  column: number;
  bytes: number;
  /** Optimised code objects of this function alive: more than one means several versions. */
  codes: number;
}

interface SnapshotLocations {
  snapshot: { meta: { node_fields: string[]; location_fields?: string[] } };
  locations?: number[];
}

/** Node index → [line, column] (0-based) of the closures the snapshot placed. */
function closureLocations(json: string): Map<number, [number, number]> {
  const heap = JSON.parse(json) as SnapshotLocations;
  const fields = heap.snapshot.meta.location_fields ?? [];
  const width = fields.length;
  const [objectAt, lineAt, columnAt] = ['object_index', 'line', 'column'].map((field) =>
    fields.indexOf(field),
  ) as [number, number, number];
  const nodeWidth = heap.snapshot.meta.node_fields.length;
  const found = new Map<number, [number, number]>();
  const locations = heap.locations ?? [];
  for (let at = 0; width > 0 && at < locations.length; at += width)
    found.set((locations[at + objectAt] ?? 0) / nodeWidth, [
      locations[at + lineAt] ?? 0,
      locations[at + columnAt] ?? 0,
    ]);
  return found;
}

export function optimizedCodeOwners(json: string, top = 15): CodeOwner[] {
  const graph = heapGraph(json);
  const kindOf = codeKinds(graph);
  const locations = closureLocations(json);
  const byFunction = new Map<number, { bytes: number; codes: number }>();
  for (let node = 0; node < graph.count; node++) {
    if (graph.type(node) !== 'code' || kindOf(node) !== 'optimized') continue;
    const shared = sharedFunctionOf(graph, node) ?? -1;
    const entry = byFunction.get(shared) ?? { bytes: 0, codes: 0 };
    entry.bytes += graph.selfSize(node);
    if (graph.name(node).startsWith('system / Code')) entry.codes += 1;
    byFunction.set(shared, entry);
  }
  return [...byFunction]
    .sort(([, a], [, b]) => b.bytes - a.bytes)
    .slice(0, top)
    .map(([shared, { bytes, codes }]) => {
      if (shared < 0) return { name: '(unknown)', script: '', line: 0, column: 0, bytes, codes };
      const script = graph.edgesOut(shared).find((edge) => edge.name === 'script');
      const url = script ? graph.name(script.node).replace(/^system \/ Script( \/ )?/, '') : '';
      const closure = graph
        .retainers(shared)
        .find((edge) => edge.name === 'shared' && locations.has(edge.node));
      const [line, column] = closure ? (locations.get(closure.node) ?? [-1, -1]) : [-1, -1];
      return {
        name: graph.name(shared).replace(/^system \/ SharedFunctionInfo( \/ )?/, ''),
        script: url.split('/').pop() ?? '',
        line: line + 1,
        column: column + 1,
        bytes,
        codes,
      };
    });
}
