// The core's change notifications, typed and in process. A service that changed something raises
// the signal itself; the composition root connects each signal once (to the event feed, the
// status refresh, the sync engine), so no command handler has to remember to publish.

export interface CoreSignals {
  /** Users' records changed (added, removed, a status applied): the list every screen shows,
   * and the automatic refresh that follows users waiting on IDnow. */
  usersChanged(): void;
  /** What the sync status shows changed: reachability, waiting actions, last error. */
  syncChanged(): void;
  /** An action was put in the outbox (so the waiting count moved): the sync engine looks now. */
  workQueued(): void;
  /** A call outside the sync engine could not reach CSM: probe now rather than later. */
  csmUnreachable(): void;
  /** Settings were saved (the refresh interval among them). */
  settingsChanged(): void;
  /** Another CSM server is used from now on. */
  serverChanged(): void;
}

export type CoreSignal = keyof CoreSignals;

/** The raising side, handed to services, and the listening side, kept by the composition root. */
export interface CoreSignalHub extends CoreSignals {
  /** Listeners run at once, in the order connected; returns the function that disconnects. */
  on(signal: CoreSignal, listener: () => void): () => void;
}

/** A listener that throws is logged and skipped: what the service did is done and stays done. */
export function createCoreSignals(log: (line: string) => void = () => {}): CoreSignalHub {
  const listeners = new Map<CoreSignal, Set<() => void>>();
  const raiser = (signal: CoreSignal) => () => {
    for (const listener of [...(listeners.get(signal) ?? [])]) {
      try {
        listener();
      } catch (error) {
        log(`signal ${signal}: ${(error as Error).name}: ${(error as Error).message}`);
      }
    }
  };
  return {
    usersChanged: raiser('usersChanged'),
    syncChanged: raiser('syncChanged'),
    workQueued: raiser('workQueued'),
    csmUnreachable: raiser('csmUnreachable'),
    settingsChanged: raiser('settingsChanged'),
    serverChanged: raiser('serverChanged'),
    on(signal, listener) {
      const connected = listeners.get(signal) ?? new Set();
      listeners.set(signal, connected.add(listener));
      return () => void connected.delete(listener);
    },
  };
}
