// What both hosts start: the tablet's own core and, in demo mode, a second core on a throwaway
// folder against the demo's own reference backend. The hosts hold one switching core; entering,
// leaving and resetting the demo swap what it points at, then tell every window to reload
// (app.modeChanged). The tablet's core keeps running under the demo: its users keep syncing.
import type { DemoPatch, DemoState } from '../../contract/kiosk/demo.js';
import type { KioskSettings } from '../../contract/kiosk/settings.js';
import type { BackendOptions } from '../../backend/server.js';
import type { Core } from '../core/core-api.js';
import type { DemoControl } from '../core/demo/demo-control.js';
import { bootCore, type BootOptions, type BootedCore } from './boot-core.js';
import type { createDemoWorld } from './demo/demo-world.js';
import { startDemoSession, type DemoSession, type DemoTablet } from './demo-session.js';
import { createSwitchingCore } from './switching-core.js';

export interface KioskRuntimeOptions extends Omit<BootOptions, 'demo' | 'demoControl'> {
  /** --demo (npm run demo): only the demo exists, Réglages cannot leave it. */
  demo?: boolean;
  /** The host's smartphone window on this address; false where it has none (the emulation). */
  openPhone?: (url: string) => Promise<boolean> | boolean;
  /** Tests: where the demo's throwaway folders go (default: the system's temporary folder). */
  throwawayParent?: string;
  /** Tests: the demo backend's options (a low password-hash cost…). */
  demoBackend?: Partial<BackendOptions>;
  /** Tests: a stand-in for the demo world. */
  createWorld?: typeof createDemoWorld;
}

export interface KioskRuntime {
  /** The core the hosts serve: the demo's while the demo runs, the tablet's otherwise. */
  readonly core: Core;
  demo(): boolean;
  /** The demo backend's address while the demo runs (the page's CSP frames its phone page). */
  demoBackendUrl(): string | null;
  /** The CSM server the tablet's core started with (the demo's in forced demo). */
  readonly backendUrl: string;
  readonly backendIsLocal: boolean;
  /** The demo mode as the cores see it, for the host (Electron closes the phone window on a
   * mode change) and the tests. */
  readonly control: DemoControl;
  close(): Promise<void>;
}

/** One core's view of the demo: its listeners are dropped with the core. */
interface ControlOf {
  control: DemoControl;
  changed(state: DemoState): void;
  modeChanged(demo: boolean, resetTookMs?: number): void;
}

export async function startKioskRuntime(options: KioskRuntimeOptions): Promise<KioskRuntime> {
  const forced = options.demo ?? false;
  const log = options.log ?? ((line: string) => console.error(line));
  const live = new Set<ControlOf>();
  let session: DemoSession | null = null;
  let stopWatching: (() => void) | null = null;
  let tablet: { tablet: DemoTablet; of: ControlOf } | null = null;
  let real: BootedCore | null = null;

  // Enter, leave, reset and close one at a time: a double tap must not boot two demo tablets.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const controls = {
    forced,
    enter: () => serial(enter),
    leave: () => serial(leave),
    reset: () => serial(reset),
    async set(patch: DemoPatch) {
      if (!session) throw new Error('démo : pas de démonstration en cours');
      return session.world.set(patch);
    },
    async openPhone(identId: string) {
      if (!session || !options.openPhone) return false;
      return options.openPhone(`${session.companionUrl}?ident=${encodeURIComponent(identId)}`);
    },
  };

  function controlOf(isDemo: boolean): ControlOf {
    const changes = new Set<(state: DemoState) => void>();
    const modes = new Set<(demo: boolean, resetTookMs?: number) => void>();
    const listen = <T>(set: Set<T>, listener: T) => {
      set.add(listener);
      return () => void set.delete(listener);
    };
    const of: ControlOf = {
      control: {
        ...controls,
        state: () => (isDemo ? (session?.world.state() ?? null) : null),
        onChange: (listener) => listen(changes, listener),
        onModeChanged: (listener) => listen(modes, listener),
      },
      changed: (state) => changes.forEach((l) => l(state)),
      modeChanged: (demo, resetTookMs) => modes.forEach((l) => l(demo, resetTookMs)),
    };
    live.add(of);
    return of;
  }
  // Read through a function: TypeScript would keep `session` narrowed across the awaits.
  const demoUrl = (): string | null => session?.backendUrl ?? null;
  const modeChanged = (demo: boolean, resetTookMs?: number) =>
    [...live].forEach((of) => of.modeChanged(demo, resetTookMs));

  async function openTablet(from: DemoSession) {
    const of = controlOf(true);
    try {
      tablet = { tablet: await from.openTablet(of.control), of };
      return tablet.tablet.core;
    } catch (error) {
      live.delete(of);
      throw error;
    }
  }
  async function closeTablet() {
    const closing = tablet;
    tablet = null;
    if (!closing) return;
    live.delete(closing.of);
    await closing.tablet.close();
  }
  async function startDemo(): Promise<Core> {
    const started = await startDemoSession({
      host: options.host,
      forced,
      qa: options.qa ?? false,
      parent: options.throwawayParent,
      log,
      backend: options.demoBackend,
      core: options.core,
      createWorld: options.createWorld,
    });
    session = started;
    stopWatching = started.world.onChange((state) => live.forEach((of) => of.changed(state)));
    try {
      return await openTablet(started);
    } catch (error) {
      await stopDemo();
      throw error;
    }
  }
  async function stopDemo() {
    await closeTablet();
    stopWatching?.();
    stopWatching = null;
    const closing = session;
    session = null;
    await closing?.close();
  }
  const storeDemo = async (demo: boolean) => {
    const answer = await real?.core.dispatch('settings.set', { demo });
    if (answer && !answer.ok) log(`démo : réglage non enregistré (${answer.error.code})`);
  };

  async function enter() {
    if (session || !real) return;
    await storeDemo(true);
    try {
      await switching.switchTo(startDemo());
    } catch (error) {
      await switching.switchTo(real.core);
      await storeDemo(false);
      throw error;
    }
    log(`démo : démarrée, serveur CSM ${demoUrl()}`);
    modeChanged(true);
  }
  async function leave() {
    if (forced) throw new Error('démo : lancée en mode démonstration, elle ne se quitte pas');
    if (!session || !real) return;
    // Back to the tablet first: a command sent meanwhile must not reach the closing demo core.
    await switching.switchTo(real.core);
    // The demo's backend stops too: a tablet back at work keeps no QA API (mails, SMS, IDnow
    // verdicts, faults) listening on loopback, and a new demo starts one in a fraction of a second.
    await stopDemo();
    await storeDemo(false);
    log('démo : quittée');
    modeChanged(false);
  }
  async function reset() {
    const from = session;
    if (!from) throw new Error('démo : pas de démonstration en cours');
    const started = performance.now();
    const next = (async () => {
      await closeTablet();
      await from.resetBackend();
      return openTablet(from);
    })();
    try {
      await switching.switchTo(next);
    } catch (error) {
      log(`démo : réinitialisation impossible : ${String(error)}`);
      if (real) {
        await switching.switchTo(real.core);
        await stopDemo();
        await storeDemo(false);
        modeChanged(false);
      }
      throw error;
    }
    const tookMs = Math.round(performance.now() - started);
    log(`démo : réinitialisée en ${tookMs} ms`);
    modeChanged(true, tookMs);
    return { tookMs };
  }

  const forHost = controlOf(true);
  let first: Core;
  if (forced) {
    first = await startDemo();
  } else {
    real = await bootCore({ ...options, demo: false, demoControl: controlOf(false).control });
    first = real.core;
    const settings = await real.core.dispatch('settings.get', {});
    if (settings.ok && (settings.value as Partial<KioskSettings> | null)?.demo === true) {
      try {
        first = await startDemo(); // the last run was in demo mode: so is this one
      } catch (error) {
        log(`démo : redémarrage en démonstration impossible : ${String(error)}`);
      }
    }
  }
  const switching = createSwitchingCore(first);

  return {
    core: switching.core,
    demo: () => session !== null,
    demoBackendUrl: demoUrl,
    backendUrl: real?.backendUrl ?? demoUrl() ?? '',
    backendIsLocal: real?.backendIsLocal ?? true,
    control: forHost.control,
    close: () =>
      serial(async () => {
        await stopDemo();
        await real?.close();
        real = null;
      }),
  };
}
