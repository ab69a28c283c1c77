// Reads the app's saved progress and keeps it only if the current machine can resume from it:
// a snapshot from an older version that no longer fits is dropped, and the kiosk starts at home.
import { createActor, type Snapshot } from 'xstate';
import { PROGRESS_ID } from '../hooks/use-progress-saving.js';
import type { KioskApi } from './kiosk-api.js';
import { appMachine } from '../../machines/app-machine.js';

export async function restoreProgress(api: KioskApi): Promise<Snapshot<unknown> | null> {
  const saved = await api.invoke('wizard.load', { machineId: PROGRESS_ID });
  if (!saved.ok || !saved.value) return null;
  const snapshot = saved.value.snapshot as Snapshot<unknown>;
  try {
    // The bare machine: its actors do nothing, so probing starts no side effect.
    const probe = createActor(appMachine, { snapshot: snapshot as never });
    probe.start();
    const fits = probe.getSnapshot().status === 'active';
    probe.stop();
    if (fits) return snapshot;
  } catch {
    // falls through: start afresh
  }
  await api.invoke('wizard.clear', { machineId: PROGRESS_ID });
  return null;
}
