// A V8 heap snapshot (the JSON CDP's HeapProfiler.takeHeapSnapshot streams) as a graph one can
// walk both ways: nodes by index, their edges out, their retainers in, and each node's distance
// from the roots through strong edges, which picks the retaining path DevTools would show.

interface HeapSnapshotJson {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

export interface HeapEdge {
  type: string;
  /** A property's name, or an element's index as text. */
  name: string;
  /** Node index of the other end. */
  node: number;
}

export interface HeapGraph {
  count: number;
  type(node: number): string;
  name(node: number): string;
  /** Stable across the snapshots of one page: what was already there has the same id. */
  id(node: number): number;
  selfSize(node: number): number;
  edgesOut(node: number): HeapEdge[];
  /** Who points at `node`, with the edge's name: `node` of each is the retainer. */
  retainers(node: number): HeapEdge[];
  /** Strong edges from the root to `node`; Infinity when only weak edges reach it. */
  distance(node: number): number;
}

const at = (array: Uint32Array | Float64Array, index: number) => array[index] ?? 0;

/** Edges that keep nothing alive, or that DevTools leaves out of retaining paths. */
const WEAK_EDGE_TYPES = new Set(['weak', 'shortcut']);

export function heapGraph(json: string): HeapGraph {
  const heap = JSON.parse(json) as HeapSnapshotJson;
  const meta = heap.snapshot.meta;
  const nodeWidth = meta.node_fields.length;
  const edgeWidth = meta.edge_fields.length;
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const [typeAt, nameAt, idAt, sizeAt, edgeCountAt] = [
    'type',
    'name',
    'id',
    'self_size',
    'edge_count',
  ].map((field) => meta.node_fields.indexOf(field)) as [number, number, number, number, number];
  const [edgeTypeAt, edgeNameAt, edgeToAt] = ['type', 'name_or_index', 'to_node'].map((field) =>
    meta.edge_fields.indexOf(field),
  ) as [number, number, number];
  const { nodes, edges, strings } = heap;
  const count = nodes.length / nodeWidth;
  const field = (node: number, at: number) => nodes[node * nodeWidth + at] ?? 0;

  // Edges are stored node after node: each node's first edge is the sum of the counts before.
  const firstEdge = new Uint32Array(count + 1);
  for (let node = 0, edge = 0; node < count; node++) {
    firstEdge[node] = edge;
    edge += field(node, edgeCountAt) * edgeWidth;
  }
  firstEdge[count] = edges.length;

  const edgeAt = (edge: number, node: number): HeapEdge => {
    const type = edgeTypes[edges[edge + edgeTypeAt] ?? 0] ?? '?';
    const nameOrIndex = edges[edge + edgeNameAt] ?? 0;
    const name =
      type === 'element' || type === 'hidden' ? String(nameOrIndex) : (strings[nameOrIndex] ?? '');
    return { type, name, node };
  };
  const target = (edge: number) => (edges[edge + edgeToAt] ?? 0) / nodeWidth;

  // Retainers, in the same layout: for each node, the edges (by position) that point at it.
  const edgeTotal = edges.length / edgeWidth;
  const firstRetainer = new Uint32Array(count + 1);
  for (let edge = 0; edge < edges.length; edge += edgeWidth)
    firstRetainer[target(edge) + 1] = at(firstRetainer, target(edge) + 1) + 1;
  for (let node = 0; node < count; node++)
    firstRetainer[node + 1] = at(firstRetainer, node + 1) + at(firstRetainer, node);
  const retainerEdge = new Uint32Array(edgeTotal);
  const retainerFrom = new Uint32Array(edgeTotal);
  const filled = firstRetainer.slice(0, count);
  for (let node = 0; node < count; node++)
    for (let edge = at(firstEdge, node); edge < at(firstEdge, node + 1); edge += edgeWidth) {
      const to = target(edge);
      const slot = at(filled, to);
      filled[to] = slot + 1;
      retainerEdge[slot] = edge;
      retainerFrom[slot] = node;
    }

  // Breadth first from the root (node 0) through strong edges.
  const distances = new Float64Array(count).fill(Infinity);
  distances[0] = 0;
  const queue = new Uint32Array(count);
  let head = 0;
  let tail = 1;
  while (head < tail) {
    const node = at(queue, head++);
    for (let edge = at(firstEdge, node); edge < at(firstEdge, node + 1); edge += edgeWidth) {
      if (WEAK_EDGE_TYPES.has(edgeTypes[edges[edge + edgeTypeAt] ?? 0] ?? '')) continue;
      const to = target(edge);
      if (distances[to] !== Infinity) continue;
      distances[to] = at(distances, node) + 1;
      queue[tail++] = to;
    }
  }

  return {
    count,
    type: (node) => nodeTypes[field(node, typeAt)] ?? '?',
    name: (node) => strings[field(node, nameAt)] ?? '',
    id: (node) => field(node, idAt),
    selfSize: (node) => field(node, sizeAt),
    edgesOut(node) {
      const out: HeapEdge[] = [];
      for (let edge = at(firstEdge, node); edge < at(firstEdge, node + 1); edge += edgeWidth)
        out.push(edgeAt(edge, target(edge)));
      return out;
    },
    retainers(node) {
      const found: HeapEdge[] = [];
      for (let slot = at(firstRetainer, node); slot < at(firstRetainer, node + 1); slot++)
        found.push(edgeAt(at(retainerEdge, slot), at(retainerFrom, slot)));
      return found;
    },
    distance: (node) => at(distances, node),
  };
}
