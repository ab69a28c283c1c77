// The memory bench's heap reading, on real V8 snapshots of this process: what was kept between
// two of them is found, counted and traced back to what holds it.
import { getHeapSnapshot } from 'node:v8';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { codeBytesByKind } from '../../../bench/support/heap-code-kinds.js';
import { engineCacheBytes } from '../../../bench/support/heap-engine-caches.js';
import { heapGraph } from '../../../bench/support/heap-graph.js';
import { heapGrowth } from '../../../bench/support/heap-growth.js';

class TraceRecordForTest {
  constructor(
    readonly id: number,
    readonly event: string,
  ) {}
}

const snapshot = async () => heapGraph(await text(getHeapSnapshot()));
/** A buffer that only grows, as the QA trace's actors did. */
class TraceBufferForTest {
  private readonly tracesKeptForever = new Map<number, TraceRecordForTest>();
  keep(record: TraceRecordForTest) {
    this.tracesKeptForever.set(record.id, record);
  }
}

describe('heapGrowth', () => {
  it('counts what a Map kept between two snapshots and names the Map', async () => {
    const buffer = new TraceBufferForTest();
    const before = await snapshot();
    for (let id = 0; id < 300; id++) buffer.keep(new TraceRecordForTest(id, `event ${id}`));
    const after = await snapshot();

    const kept = heapGrowth(before, after, 200).find(
      (group) => group.key === 'object:TraceRecordForTest',
    );
    expect(kept?.count).toBe(300);
    expect(kept?.path).toMatch(/TraceBufferForTest \.tracesKeptForever → Map \(internal\) table/);
  }, 60_000);

  it('leaves out what was already there', async () => {
    const alreadyThere = Array.from({ length: 300 }, (_, id) => new TraceRecordForTest(id, ''));
    const before = await snapshot();
    const after = await snapshot();
    const groups = heapGrowth(before, after, 200);
    expect(groups.find((group) => group.key === 'object:TraceRecordForTest')).toBeUndefined();
    expect(alreadyThere).toHaveLength(300);
  }, 60_000);
});

describe('codeBytesByKind', () => {
  it('tells bytecode from the feedback of the functions that ran', async () => {
    const bytes = await snapshot().then(codeBytesByKind);
    const ofKind = (kind: string) =>
      Object.entries(bytes)
        .filter(([key]) => key.startsWith(`${kind}/`))
        .reduce((sum, [, size]) => sum + size, 0);
    expect(ofKind('bytecode')).toBeGreaterThan(0);
    expect(ofKind('feedback')).toBeGreaterThan(0);
  }, 60_000);
});

describe('engineCacheBytes', () => {
  it("finds V8's caches on its root list (the number-to-string cache among them), not the page's values", async () => {
    const graph = await snapshot();
    const caches = engineCacheBytes(graph);
    let numberStringCache = 0;
    for (let node = 0; node < graph.count; node++)
      for (const edge of graph.edgesOut(node))
        if (edge.type === 'internal' && /^(number|smi)_string_cache$/.test(edge.name))
          numberStringCache = graph.selfSize(edge.node);
    expect(numberStringCache).toBeGreaterThan(0);
    expect(caches).toBeGreaterThanOrEqual(numberStringCache);
    // The root list's own arrays only: far below the whole heap's.
    expect(caches).toBeLessThan(process.memoryUsage().heapUsed / 4);
  }, 60_000);
});
