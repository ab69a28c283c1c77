// What the host's runtime gives the core for demo mode: the demo lives beside the core (its own
// throwaway data folder, its own reference backend, its pace and scenario surviving a reset), so
// the core's demo.* commands only hand over to it. Absent outside a runtime that offers demo
// mode (tests, a core built alone): demo.enter then answers WRONG_STATE.
import type { DemoPatch, DemoState } from '../../../contract/kiosk/demo.js';

export interface DemoControl {
  /** The command line started the demo: leaving is refused. */
  readonly forced: boolean;
  /** Switches the host to a fresh demo tablet and CSM server; resolves once it answers. */
  enter(): Promise<void>;
  /** Back to the tablet's own data; the demo's is deleted. */
  leave(): Promise<void>;
  /** An empty demo tablet and CSM server again; pace and scenario stay. */
  reset(): Promise<{ tookMs: number }>;
  /** null when this core is not the demo's (demo.state then answers WRONG_STATE). */
  state(): DemoState | null;
  set(patch: DemoPatch): Promise<DemoState>;
  /** Electron: opens the smartphone window on the companion page; false where the host has no
   * second window (the renderer shows its in-page panel). */
  openPhone(identId: string): Promise<boolean>;
  /** Returns the function that unsubscribes. */
  onChange(listener: (state: DemoState) => void): () => void;
  /** Returns the function that unsubscribes. */
  onModeChanged(listener: (demo: boolean, resetTookMs?: number) => void): () => void;
}
