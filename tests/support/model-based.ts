// Model-based testing with xstate/graph: the graph of a machine (every reachable snapshot and
// every transition, for a given set of sample events) is walked by generated shortest paths,
// each replayed on a live actor whose side effects the test settles by hand. Coverage is then
// checked by comparing what the graph lists with what the paths reached.
import {
  createActor,
  createMachine,
  fromPromise,
  waitFor,
  type AnyActorRef,
  type AnyStateMachine,
  type EventObject,
  type SnapshotFrom,
} from 'xstate';
import { createTestModel, getStateNodes } from 'xstate/graph';
import { expect } from 'vitest';

type Settle = { resolve: (value: unknown) => void; reject: (error: unknown) => void };

/** Promise actors that wait until the test settles them with the done/error event of a path. */
export class ControlledActors {
  private pending = new Map<string, Settle>();
  actor(id: string) {
    return fromPromise<unknown, unknown>(
      () => new Promise((resolve, reject) => this.pending.set(id, { resolve, reject })),
    );
  }
  settle(event: EventObject & { output?: unknown; error?: unknown }): boolean {
    const done = /^xstate\.done\.actor\.(.+)$/.exec(event.type);
    const failed = /^xstate\.error\.actor\.(.+)$/.exec(event.type);
    const id = done?.[1] ?? failed?.[1];
    if (!id) return false;
    const p = this.pending.get(id);
    if (!p) throw new Error(`no pending actor ${id}`);
    this.pending.delete(id);
    if (done) p.resolve(event.output);
    else p.reject(event.error);
    return true;
  }
}

export interface ModelOptions<M extends AnyStateMachine> {
  machine: M;
  input?: unknown;
  events: (EventObject & Record<string, unknown>)[];
  /** Which part of a snapshot makes it a distinct graph node (keep the graph small). */
  serialize: (snapshot: SnapshotFrom<M>) => string;
  /** The machine with its actors replaced by `controlled.actor(id)`. */
  live: (controlled: ControlledActors) => M;
}

const valueKey = (value: unknown) => JSON.stringify(value);

type StateConfig = {
  invoke?:
    | { id?: string; onDone?: unknown; onError?: unknown }
    | { id?: string; onDone?: unknown; onError?: unknown }[];
  on?: Record<string, unknown>;
  states?: Record<string, StateConfig>;
  [key: string]: unknown;
};

/** createTestModel refuses invocations; the model sees each invoked actor as the done and
 * error events it sends (`xstate.done.actor.<id>`), which is what the graph walks with. The live
 * replay still runs the real machine, invocations included. */
function withInvocationsAsEvents(config: StateConfig): StateConfig {
  const { invoke, states, on, ...rest } = config;
  const events: Record<string, unknown> = { ...(on ?? {}) };
  for (const inv of invoke ? [invoke].flat() : []) {
    if (!inv.id) throw new Error('give every invoke an id for model-based tests');
    if (inv.onDone) events[`xstate.done.actor.${inv.id}`] = inv.onDone;
    if (inv.onError) events[`xstate.error.actor.${inv.id}`] = inv.onError;
  }
  const out: StateConfig = { ...rest };
  if (Object.keys(events).length) out.on = events;
  if (states)
    out.states = Object.fromEntries(
      Object.entries(states).map(([k, v]) => [k, withInvocationsAsEvents(v)]),
    );
  return out;
}

function modelOf<M extends AnyStateMachine>(machine: M): M {
  const config = withInvocationsAsEvents(machine.config as unknown as StateConfig);
  return createMachine(config as never).provide(machine.implementations as never) as unknown as M;
}

export async function runModel<M extends AnyStateMachine>(o: ModelOptions<M>) {
  const model = createTestModel(modelOf(o.machine), {
    events: o.events as never,
    serializeState: ((s: SnapshotFrom<M>) => o.serialize(s)) as never,
    input: o.input,
  } as never);
  type Node = {
    state: { value: unknown; status: string };
    transitions: Record<string, { event: EventObject; state: { value: unknown } }>;
  };
  const adjacency = Object.entries(model.getAdjacencyMap()) as [string, Node][];
  // The shortest path to each graph node, then one generated path per transition the graph
  // lists: that prefix plus the transition's event.
  type Step = { event: EventObject; expected: string };
  const prefixes = new Map<string, Step[]>();
  for (const path of model.getShortestPaths({ allowDuplicatePaths: true })) {
    const steps = path.steps
      .filter((step) => (step.event as EventObject).type !== 'xstate.init')
      .map((step) => ({
        event: step.event as EventObject,
        expected: valueKey((step.state as { value: unknown }).value),
      }));
    prefixes.set(o.serialize(path.state as SnapshotFrom<M>), steps);
  }
  const initialKey = o.serialize(
    createActor(o.live(new ControlledActors()), { input: o.input as never }).getSnapshot(),
  );
  const paths: Step[][] = [];
  const listedTransitions = new Set<string>();
  const listedStates = new Set<string>();
  for (const [key, { state, transitions }] of adjacency) {
    listedStates.add(valueKey(state.value));
    if (state.status === 'done') continue; // a finished machine takes no more events
    const prefix = prefixes.get(key) ?? (key === initialKey ? [] : null);
    if (!prefix) throw new Error(`no path to ${key}`);
    for (const { event, state: next } of Object.values(transitions)) {
      listedStates.add(valueKey(next.value));
      listedTransitions.add(`${valueKey(state.value)} --${event.type}--> ${valueKey(next.value)}`);
      paths.push([...prefix, { event, expected: valueKey(next.value) }]);
    }
  }

  const reachedStates = new Set<string>();
  const reachedTransitions = new Set<string>();
  for (const steps of paths) {
    const controlled = new ControlledActors();
    const actor: AnyActorRef = createActor(o.live(controlled), { input: o.input as never }).start();
    let previous = valueKey(actor.getSnapshot().value);
    reachedStates.add(previous);
    for (const { event, expected } of steps) {
      if (!controlled.settle(event)) actor.send(event);
      // The live machine, real invocations included, must land where the model says; where it
      // does not, the transition it really took is recorded and the coverage check fails.
      const reached = await waitFor(actor, (snap) => valueKey(snap.value) === expected, {
        timeout: 1_000,
      }).catch(() => actor.getSnapshot());
      const now = valueKey(reached.value);
      reachedTransitions.add(`${previous} --${event.type}--> ${now}`);
      reachedStates.add(now);
      previous = now;
    }
    actor.stop();
  }

  // State nodes that the graph never reaches would be dead code, or sample events missing.
  // Transient states (only `always` transitions) are passed through, never rested in.
  const nodes = getStateNodes(o.machine).filter((n) => n.parent);
  const transient = new Set(nodes.filter((n) => n.config.always).map((n) => valueKey(n.key)));
  const stateNodes = nodes.map((n) => valueKey(n.key)).filter((k) => !transient.has(k));
  for (const k of transient) listedStates.delete(k);
  return { paths, listedStates, listedTransitions, reachedStates, reachedTransitions, stateNodes };
}

/** Generated paths reach every state and transition the graph lists, and the graph lists every
 * state node of the machine (but transient ones and those `notForThisInput`). */
export async function expectFullCoverage(o: {
  machine: AnyStateMachine;
  input?: unknown;
  events: (EventObject & Record<string, unknown>)[];
  serialize: (s: { value: unknown; context: never }) => string;
  live: (c: ControlledActors) => AnyStateMachine;
  /** States that this input never reaches by design (another input does). */
  notForThisInput?: string[];
}) {
  const r = await runModel(o as never);
  expect([...r.listedTransitions].filter((t) => !r.reachedTransitions.has(t))).toEqual([]);
  expect([...r.listedStates].filter((s) => !r.reachedStates.has(s))).toEqual([]);
  const skip = new Set((o.notForThisInput ?? []).map((s) => JSON.stringify(s)));
  expect(r.stateNodes.filter((s) => !r.listedStates.has(s) && !skip.has(s))).toEqual([]);
  return r;
}
