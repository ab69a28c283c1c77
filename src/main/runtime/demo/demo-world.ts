// The demo's world beside its tablet: the trainer's pace and scenario, CSM taken offline, and
// the mails and SMS the demo's CSM server sent (the inbox tray). Pace, scenario and reachability
// live on the demo's reference backend (its simulation and fault rules, see demo-backend-plan.ts);
// this keeps what the screens show and says when it changed. It survives the demo's resets.
import type { DemoMessage, DemoPatch, DemoState } from '../../../contract/kiosk/demo.js';
import { KioskError, type Result } from '../../../contract/kiosk/errors.js';
import type { QaClient } from '../../core/csm/qa-client.js';
import { faultRulesFor, simulationFor } from './demo-backend-plan.js';

export const DEMO_POLL_MS = 500;

export interface DemoWorld {
  /** pace, scenario, csmOffline, messages, companionUrl, forced */
  state(): DemoState;
  /** Applies to the backend (simulation, faults) then emits; rejects with a KioskError when the
   * backend refuses or cannot be reached, the state unchanged. */
  set(patch: DemoPatch): Promise<DemoState>;
  /** After the runtime reset the backend (POST /qa/reset clears faults and data): messages []
   * and csmOffline false, the simulation re-applied. */
  afterReset(): Promise<void>;
  /** Polls GET /qa/messages every pollMs, emits when the list changed (ids), no overlapping
   * polls. Applies the simulation once. */
  start(): void;
  stop(): void;
  /** Returns the function that unsubscribes. */
  onChange(listener: (state: DemoState) => void): () => void;
}

/** Timers as a parameter, so a test drives the poll without waiting. */
export interface WorldTimers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const systemTimers: WorldTimers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface DemoWorldOptions {
  qa: QaClient;
  companionUrl: string;
  forced: boolean;
  pollMs?: number;
  timers?: WorldTimers;
  log?: (line: string) => void;
}

const idsOf = (messages: DemoMessage[]) => messages.map((m) => m.id).join('\n');

/** The value, or the refusal thrown as a KioskError (the core's demo handlers answer its code). */
function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new KioskError(result.error);
  return result.value;
}

export function createDemoWorld(options: DemoWorldOptions): DemoWorld {
  const { qa } = options;
  const pollMs = options.pollMs ?? DEMO_POLL_MS;
  const timers = options.timers ?? systemTimers;
  const log = options.log ?? (() => {});
  const listeners = new Set<(state: DemoState) => void>();
  let state: DemoState = {
    pace: 'instant',
    scenario: 'registration',
    csmOffline: false,
    messages: [],
    companionUrl: options.companionUrl,
    forced: options.forced,
  };
  let running = false;
  let timer: unknown = null;
  /** Changes go one after another: each starts from the state the previous one left. */
  let changes: Promise<unknown> = Promise.resolve();
  /** Bumped by a reset: a poll that started before it must not bring old messages back. */
  let generation = 0;

  function emit(next: DemoState) {
    state = next;
    for (const listener of [...listeners]) listener(state);
  }

  async function poll() {
    const started = generation;
    const answer = await qa.messages();
    // A demo backend that does not answer now may next time: the tray keeps what it shows.
    if (!answer.ok || started !== generation) return;
    const messages = answer.value.messages;
    if (idsOf(messages) !== idsOf(state.messages)) emit({ ...state, messages });
  }

  function schedule() {
    if (!running) return;
    timer = timers.setTimeout(() => {
      timer = null;
      // The next poll is scheduled once this one settled: polls never overlap.
      void poll().finally(schedule);
    }, pollMs);
  }

  async function applySimulation(of: Pick<DemoState, 'pace' | 'scenario'>) {
    valueOf(await qa.setSimulation(simulationFor(of)));
  }

  async function apply(patch: DemoPatch): Promise<DemoState> {
    const next: DemoState = { ...state, ...patch };
    // Choosing "tablette hors ligne" takes CSM offline; leaving it brings CSM back. A csmOffline
    // in the patch wins (the trainer brings CSM back within the scenario).
    if (patch.csmOffline === undefined && patch.scenario !== undefined) {
      if (patch.scenario === 'offline') next.csmOffline = true;
      else if (state.scenario === 'offline') next.csmOffline = false;
    }
    if (JSON.stringify(simulationFor(next)) !== JSON.stringify(simulationFor(state))) {
      await applySimulation(next);
    }
    if (next.csmOffline !== state.csmOffline) {
      valueOf(await qa.setFaults(faultRulesFor(next.csmOffline)));
    }
    // The messages as they are now: a poll may have brought new ones meanwhile.
    emit({ ...next, messages: state.messages });
    return state;
  }

  /** Runs `change` after those already asked for. */
  function inTurn<T>(change: () => Promise<T>): Promise<T> {
    const turn = changes.then(change);
    changes = turn.catch(() => {});
    return turn;
  }

  return {
    state: () => state,
    set: (patch) => inTurn(() => apply(patch)),
    afterReset: () =>
      inTurn(async () => {
        generation++;
        emit({ ...state, messages: [], csmOffline: false });
        await applySimulation(state);
      }),
    start() {
      if (running) return;
      running = true;
      inTurn(() => applySimulation(state)).catch((error: unknown) =>
        log(`démo : simulation non appliquée (${(error as Error).message})`),
      );
      schedule();
    },
    stop() {
      running = false;
      timers.clearTimeout(timer);
      timer = null;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
