// What the "code" of a heap snapshot is made of, and whose it is. V8 keeps, per function, its
// bytecode, its feedback (what the calls saw: the price of running at all), and as it warms up
// baseline (Sparkplug) then optimised (Maglev, TurboFan) machine code; regexps compile too.
// Growth in the first two means new functions; in the last two, tiering of functions that
// already ran. Each piece is also charged to the script it comes from, so the page's own code
// is told apart from the scripts the driver evaluates into it (Playwright's injected script has
// no URL).
import type { HeapGraph } from './heap-graph.js';

export type CodeKind = 'bytecode' | 'feedback' | 'baseline' | 'optimized' | 'regexp' | 'other';

/** Code-side objects whose kind their name says. */
const KIND_BY_NAME: Record<string, CodeKind> = {
  'system / BytecodeArray': 'bytecode',
  'system / BytecodeWrapper': 'bytecode',
  '(constant pool)': 'bytecode',
  'system / FeedbackVector': 'feedback',
  'system / FeedbackMetadata': 'feedback',
  'system / FeedbackCell': 'feedback',
  'system / ClosureFeedbackCellArray': 'feedback',
  'system / AllocationSite': 'feedback',
  'system / LoadHandler': 'feedback',
  'system / StoreHandler': 'feedback',
  'system / IrRegExpData': 'regexp',
  'system / AtomRegExpData': 'regexp',
};

/** Pieces that belong to whoever holds them: relocation info, source positions, deopt data. */
const OWNED_BY_HOLDER = new Set([
  'system / InstructionStream',
  'system / TrustedByteArray',
  'system / ProtectedFixedArray',
  'system / TrustedWeakFixedArray',
  'system / CodeWrapper',
]);

export function codeKinds(graph: HeapGraph) {
  const kinds = new Map<number, CodeKind>();

  function codeObjectKind(node: number): CodeKind {
    const out = graph.edgesOut(node);
    if (out.some((edge) => edge.name === 'interpreter_data')) return 'baseline';
    if (out.some((edge) => edge.name === 'deoptimization_data')) return 'optimized';
    if (graph.retainers(node).some((edge) => graph.name(edge.node) === 'system / IrRegExpData'))
      return 'regexp';
    return 'other';
  }

  function kindOf(node: number, depth = 0): CodeKind {
    const known = kinds.get(node);
    if (known) return known;
    const name = graph.name(node);
    let kind: CodeKind = KIND_BY_NAME[name] ?? 'other';
    if (name.startsWith('system / Code')) kind = codeObjectKind(node);
    else if (name === 'system / InstructionStream') {
      const code = graph.edgesOut(node).find((edge) => edge.name === 'code');
      if (code) kind = kindOf(code.node, depth + 1);
    } else if (OWNED_BY_HOLDER.has(name) && depth < 3) {
      const holder = graph
        .retainers(node)
        .find((edge) => edge.type !== 'weak' && graph.type(edge.node) === 'code');
      if (holder) kind = kindOf(holder.node, depth + 1);
    }
    kinds.set(node, kind);
    return kind;
  }
  return kindOf;
}

/** The function a code-side object serves, when one can tell. */
export function sharedFunctionOf(graph: HeapGraph, node: number, depth = 0): number | undefined {
  const isShared = (other: number) =>
    /^system \/ SharedFunctionInfo( \/|$)/.test(graph.name(other));
  if (isShared(node)) return node;
  if (depth > 3) return undefined;
  const out = graph.edgesOut(node);
  const direct = out.find((edge) => edge.type !== 'weak' && isShared(edge.node));
  if (direct) return direct.node;
  const owner = graph.retainers(node).find((edge) => edge.name === 'trusted_function_data');
  if (owner) return owner.node;
  // A function running optimised code points at it; so does its deopt data, through a wrapper.
  const closure = graph.retainers(node).find((edge) => edge.name === 'code');
  if (closure && graph.type(closure.node) === 'closure') {
    const shared = graph.edgesOut(closure.node).find((edge) => edge.name === 'shared');
    if (shared) return shared.node;
  }
  const next = out.find(
    (edge) =>
      ['code', 'deoptimization_data', 'interpreter_data'].includes(edge.name) ||
      graph.name(edge.node) === 'system / SharedFunctionInfoWrapper',
  );
  if (next) return sharedFunctionOf(graph, next.node, depth + 1);
  const holder = graph
    .retainers(node)
    .find((edge) => edge.type !== 'weak' && graph.type(edge.node) === 'code');
  return holder ? sharedFunctionOf(graph, holder.node, depth + 1) : undefined;
}

/** `page` for the page's own scripts (a URL), `driver` for scripts evaluated without one. */
export function codeOrigin(graph: HeapGraph, node: number): 'page' | 'driver' | 'unknown' {
  const shared = sharedFunctionOf(graph, node);
  if (shared === undefined) return 'unknown';
  const script = graph.edgesOut(shared).find((edge) => edge.name === 'script');
  if (!script) return 'unknown';
  const url = graph.name(script.node).replace(/^system \/ Script( \/ )?/, '');
  if (url === '') return 'driver';
  return /^https?:/.test(url) ? 'page' : 'unknown';
}

/** Bytes of `code` nodes by kind and origin: `optimized/page`, `feedback/driver`… */
export function codeBytesByKind(graph: HeapGraph): Record<string, number> {
  const kindOf = codeKinds(graph);
  const bytes: Record<string, number> = {};
  for (let node = 0; node < graph.count; node++) {
    if (graph.type(node) !== 'code') continue;
    const key = `${kindOf(node)}/${codeOrigin(graph, node)}`;
    bytes[key] = (bytes[key] ?? 0) + graph.selfSize(node);
  }
  return bytes;
}
