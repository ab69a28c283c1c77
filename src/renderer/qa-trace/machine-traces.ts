// What the QA console knows of the kiosk's machines, built from XState's inspection events: per
// machine actor its state and its last transitions. Only event TYPES are kept, never an event's
// payload nor a machine's context: the registration form's password lives there.
import type { InspectionEvent } from 'xstate';
import type { MachineTrace } from '../../contract/kiosk/qa-console.js';
import { flattenState } from './flatten-state.js';

const MAX_TRANSITIONS = 20;
/** What qa.trace accepts and what is remembered; stopped actors go first when there are more. */
const MAX_ACTORS = 32;
const MAX_EVENT_LENGTH = 80;

/** The parts of an actor the traces read (XState's Actor, without its internals' types). */
export interface TracedActor {
  id: string;
  sessionId: string;
  logic?: { id?: unknown };
  _parent?: { sessionId: string };
  getSnapshot(): unknown;
}

interface MachineSnapshotLike {
  status: string;
  value: Parameters<typeof flattenState>[0];
  children?: Record<string, { sessionId: string } | undefined>;
}

interface Record_ {
  trace: MachineTrace;
  parent: string | null;
}

function machineSnapshot(snapshot: unknown): MachineSnapshotLike | null {
  // A machine's snapshot has a state value; promise and callback actors' do not (not followed).
  return typeof snapshot === 'object' && snapshot !== null && 'value' in snapshot
    ? (snapshot as MachineSnapshotLike)
    : null;
}

export class MachineTraces {
  private readonly actors = new Map<string, Record_>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** How many actors are remembered: no more than are sent, unless more than that run. */
  get kept(): number {
    return this.actors.size;
  }

  /** An actor already running when the inspection started, and its children, as they stand. */
  seed(actor: TracedActor): void {
    const snapshot = machineSnapshot(actor.getSnapshot());
    if (!snapshot) return;
    this.stateOf(actor, snapshot);
    for (const child of Object.values(snapshot.children ?? {}))
      if (child) this.seed(child as unknown as TracedActor);
  }

  /** Takes one inspection event; true when the picture changed. */
  observe(event: InspectionEvent): boolean {
    if (event.type !== '@xstate.snapshot') return false;
    const actor = event.actorRef as unknown as TracedActor;
    const snapshot = machineSnapshot(event.snapshot);
    if (!snapshot) return false;
    const record = this.stateOf(actor, snapshot);
    record.trace.transitions.push({
      at: this.now().toISOString(),
      event: String(event.event.type).slice(0, MAX_EVENT_LENGTH),
      state: record.trace.state,
    });
    if (record.trace.transitions.length > MAX_TRANSITIONS) record.trace.transitions.shift();
    this.markGoneChildren(actor.sessionId, snapshot);
    this.forgetSurplus();
    return true;
  }

  /** The whole picture qa.trace sends: at most 32 actors, the running ones first kept. */
  picture(): MachineTrace[] {
    const all = [...this.actors.values()].map(({ trace }) => trace);
    let surplus = all.length - MAX_ACTORS;
    if (surplus <= 0) return all.map(copy);
    // Drop the oldest stopped ones (insertion order = order of appearance).
    return all
      .filter((trace) => !(trace.stopped && surplus-- > 0))
      .slice(-MAX_ACTORS)
      .map(copy);
  }

  private stateOf(actor: TracedActor, snapshot: MachineSnapshotLike): Record_ {
    let record = this.actors.get(actor.sessionId);
    if (!record) {
      const machine = typeof actor.logic?.id === 'string' ? actor.logic.id : actor.id;
      record = {
        trace: { actorId: actor.sessionId, machine, state: '', transitions: [], stopped: false },
        parent: actor._parent?.sessionId ?? null,
      };
      this.actors.set(actor.sessionId, record);
    }
    record.trace.state = flattenState(snapshot.value);
    record.trace.stopped = snapshot.status !== 'active';
    return record;
  }

  /** Each screen starts new actors: the stopped ones past what picture() would send are
   * forgotten, oldest first, or the page would keep every screen's trace for as long as it runs. */
  private forgetSurplus(): void {
    let surplus = this.actors.size - MAX_ACTORS;
    for (const [sessionId, record] of this.actors) {
      if (surplus <= 0) return;
      if (!record.trace.stopped) continue;
      this.actors.delete(sessionId);
      surplus--;
    }
  }

  /** XState tells no one when a child stops: it is gone from its parent's children. */
  private markGoneChildren(parent: string, snapshot: MachineSnapshotLike): void {
    const alive = new Set(Object.values(snapshot.children ?? {}).map((child) => child?.sessionId));
    for (const record of this.actors.values())
      if (record.parent === parent && !alive.has(record.trace.actorId)) record.trace.stopped = true;
  }
}

const copy = (trace: MachineTrace): MachineTrace => ({
  ...trace,
  transitions: trace.transitions.map((t) => ({ ...t })),
});
