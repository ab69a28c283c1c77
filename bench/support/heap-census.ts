// A census of a V8 heap snapshot (the JSON CDP's HeapProfiler.takeHeapSnapshot streams): bytes
// by node type, and count and bytes by type and constructor, so two snapshots of the same page
// say what it kept in between. Run on its own it compares two files:
// `npx tsx bench/support/heap-census.ts before.heapsnapshot after.heapsnapshot [rows]`
// and also prints the code by kind and origin (heap-code-kinds.ts), the later one's optimised
// code by function (heap-code-owners.ts) and the objects new in the later one with what retains
// them (heap-growth.ts).
import { readFileSync } from 'node:fs';
import { codeBytesByKind } from './heap-code-kinds.js';
import { optimizedCodeOwners } from './heap-code-owners.js';
import { heapGraph } from './heap-graph.js';
import { heapGrowth } from './heap-growth.js';

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

export interface HeapCensus {
  /** Self sizes summed by node type: object, closure, array, string, code, native… */
  bytesByType: Record<string, number>;
  /** `type:constructor` → [count, bytes]. Strings and numbers are counted as one kind each. */
  byConstructor: Map<string, [number, number]>;
}

/** What the page's scripts hold: objects, closures, arrays, strings, shapes. Not compiled code
 * (V8's tiering keeps adding optimised code for a while, then reuses it) nor the browser's own
 * native objects (DevTools' network buffers, performance entries). */
const NOT_SCRIPT_VALUES = new Set(['code', 'native', 'synthetic', 'hidden']);

export function scriptValuesBytes(census: HeapCensus): number {
  return Object.entries(census.bytesByType)
    .filter(([type]) => !NOT_SCRIPT_VALUES.has(type))
    .reduce((sum, [, bytes]) => sum + bytes, 0);
}

const STRING_TYPES = new Set(['string', 'concatenated string', 'sliced string']);

export function heapCensus(json: string): HeapCensus {
  const heap = JSON.parse(json) as HeapSnapshot;
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const bytesByType: Record<string, number> = {};
  const byConstructor = new Map<string, [number, number]>();
  for (let i = 0; i < heap.nodes.length; i += width) {
    const type = types[heap.nodes[i + typeAt] ?? 0] ?? '?';
    const size = heap.nodes[i + sizeAt] ?? 0;
    bytesByType[type] = (bytesByType[type] ?? 0) + size;
    const name = STRING_TYPES.has(type)
      ? '(string)'
      : type === 'number'
        ? '(number)'
        : (heap.strings[heap.nodes[i + nameAt] ?? 0] ?? '').slice(0, 80);
    const key = `${type}:${name}`;
    const entry = byConstructor.get(key) ?? [0, 0];
    entry[0] += 1;
    entry[1] += size;
    byConstructor.set(key, entry);
  }
  return { bytesByType, byConstructor };
}

/** Constructors whose count or bytes changed, the largest change in bytes first. */
export function censusDiff(before: HeapCensus, after: HeapCensus) {
  const keys = new Set([...before.byConstructor.keys(), ...after.byConstructor.keys()]);
  return [...keys]
    .map((key) => {
      const [countA, bytesA] = before.byConstructor.get(key) ?? [0, 0];
      const [countB, bytesB] = after.byConstructor.get(key) ?? [0, 0];
      return { key, count: countB - countA, bytes: bytesB - bytesA };
    })
    .filter((row) => row.count !== 0 || row.bytes !== 0)
    .sort((a, b) => Math.abs(b.bytes) - Math.abs(a.bytes));
}

if (import.meta.filename === process.argv[1]) {
  const [beforePath, afterPath, rows = '40'] = process.argv.slice(2);
  if (!beforePath || !afterPath) throw new Error('usage: heap-census.ts before after [rows]');
  const [beforeJson, afterJson] = [
    readFileSync(beforePath, 'utf8'),
    readFileSync(afterPath, 'utf8'),
  ];
  const before = heapCensus(beforeJson);
  const after = heapCensus(afterJson);
  const change = (a: Record<string, number>, b: Record<string, number>) =>
    Object.keys({ ...a, ...b })
      .sort()
      .map((key) => `  ${key}: ${(b[key] ?? 0) - (a[key] ?? 0)}`)
      .join('\n');
  console.log(`bytes by type (after − before):\n${change(before.bytesByType, after.bytesByType)}`);
  const graphs = [heapGraph(beforeJson), heapGraph(afterJson)] as const;
  const [codeBefore, codeAfter] = [codeBytesByKind(graphs[0]), codeBytesByKind(graphs[1])];
  console.log(`code by kind/origin (after − before):\n${change(codeBefore, codeAfter)}`);
  console.log('optimised code in after, by function (bytes, code objects, name, where):');
  for (const owner of optimizedCodeOwners(afterJson, Number(rows)))
    console.log(
      `${String(owner.bytes).padStart(9)} ${String(owner.codes).padStart(3)} ` +
        `${owner.name || '(anonymous)'} ${owner.script}:${owner.line}:${owner.column}`,
    );
  console.log('count and bytes by constructor (after − before):');
  for (const row of censusDiff(before, after).slice(0, Number(rows)))
    console.log(`${String(row.count).padStart(7)} ${String(row.bytes).padStart(9)} ${row.key}`);
  // New objects include the screen on show, new each time: what grows is what also grew above.
  console.log('objects new in after, by constructor, with the path that retains one:');
  for (const group of heapGrowth(...graphs, Number(rows)))
    console.log(
      `${String(group.count).padStart(7)} ${String(group.bytes).padStart(9)} ${group.key}\n          ${group.path}`,
    );
}
