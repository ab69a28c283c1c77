// What a page kept between two heap snapshots of it: the objects of the later one whose id the
// earlier one lacks, grouped by kind and constructor (or closure name), each group with the
// retaining path of one of them, from the root through strong edges: the Map, listener or
// buffer that holds them.
import type { HeapGraph } from './heap-graph.js';

export interface GrowthGroup {
  /** `type:name`, e.g. `object:Object`, `closure:onChange`, `string`. */
  key: string;
  count: number;
  bytes: number;
  /** From the holder down to one of the group, `Window / … → .map → [12] → Object`. */
  path: string;
}

const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string']);
/** Not what scripts keep: compiled code, the engine's own and the browser's native objects. */
const LEFT_OUT = new Set(['code', 'hidden', 'synthetic', 'native', 'object shape']);

function groupKey(graph: HeapGraph, node: number): string {
  const type = graph.type(node);
  if (STRING_TYPES.has(type)) return 'string';
  if (type === 'number') return 'number';
  return `${type}:${graph.name(node).slice(0, 60)}`;
}

function edgeLabel(type: string, name: string): string {
  if (type === 'element' || type === 'hidden') return `[${name}]`;
  if (type === 'context') return `(context) ${name}`;
  if (type === 'internal') return `(internal) ${name}`;
  return `.${name}`;
}

/** The strong path from the root to `node`, closest retainer first at each step, as text: each
 * step is the holder's name (its constructor, a closure's name, a context) and the edge. */
export function retainingPath(graph: HeapGraph, node: number, steps = 12): string {
  const parts: string[] = [];
  let current = node;
  for (let step = 0; step < steps && graph.distance(current) > 0; step++) {
    let best: { node: number; type: string; name: string } | undefined;
    for (const edge of graph.retainers(current))
      if (
        edge.type !== 'weak' &&
        edge.type !== 'shortcut' &&
        graph.distance(edge.node) < graph.distance(current) &&
        (!best || graph.distance(edge.node) < graph.distance(best.node))
      )
        best = edge;
    if (!best) break;
    parts.unshift(`${graph.name(best.node).slice(0, 50)} ${edgeLabel(best.type, best.name)}`);
    current = best.node;
  }
  return parts.join(' → ');
}

/** Objects of `after` absent from `before`, largest groups first. */
export function heapGrowth(before: HeapGraph, after: HeapGraph, groups = 30): GrowthGroup[] {
  const known = new Set<number>();
  for (let node = 0; node < before.count; node++) known.add(before.id(node));
  // Per group, one member per distance from the root: the path shown is that of the most
  // common distance, so one object held by a stack slot does not stand for those a Map holds.
  const found = new Map<
    string,
    { count: number; bytes: number; byDistance: Map<number, Sample> }
  >();
  for (let node = 0; node < after.count; node++) {
    if (known.has(after.id(node)) || LEFT_OUT.has(after.type(node))) continue;
    const distance = after.distance(node);
    if (distance === Infinity) continue;
    const key = groupKey(after, node);
    const group = found.get(key) ?? { count: 0, bytes: 0, byDistance: new Map<number, Sample>() };
    group.count += 1;
    group.bytes += after.selfSize(node);
    const sample = group.byDistance.get(distance) ?? { node, count: 0 };
    sample.count += 1;
    group.byDistance.set(distance, sample);
    found.set(key, group);
  }
  return [...found]
    .sort(([, a], [, b]) => b.bytes - a.bytes)
    .slice(0, groups)
    .map(([key, { count, bytes, byDistance }]) => {
      const [sample] = [...byDistance.values()].sort((a, b) => b.count - a.count);
      return { key, count, bytes, path: sample ? retainingPath(after, sample.node) : '' };
    });
}

interface Sample {
  node: number;
  count: number;
}
