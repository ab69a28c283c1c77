// Which CSM server the core talks to: the one the command line names (it wins, for QA and e2e
// runs), else the server stored in the settings, else the reference backend started inside the
// app on loopback. Demo mode is not decided here: the demo core has a backend of its own.
import {
  isPlainHttpOffLoopback,
  serverUrl,
  type CsmServer,
  type KioskSettings,
} from '../../contract/kiosk/settings.js';
import type { BackendTarget } from '../core/create-core.js';

export interface LocalBackend {
  url: string;
  close(): Promise<void>;
}

export interface BackendChoiceOptions {
  /** From the command line or the environment; null when none was given. */
  commandLineUrl: string | null;
  /** Starts the reference backend; called at most once, when first needed, so its code (a
   * separate bundle in the Electron build) is loaded only by a run that uses it. */
  startLocal(): Promise<LocalBackend>;
  /** `--allow-insecure-backend`: a stored server may be plain http off loopback. */
  allowInsecure?: boolean;
}

export function createBackendChoice({
  commandLineUrl,
  startLocal,
  allowInsecure = false,
}: BackendChoiceOptions) {
  // A plain-http server stored by a run that had the flag is spoken to in https by a run that
  // has not: nothing goes out in clear, and the tablet shows the server unreachable until the
  // technician sets it again (Réglages) or the flag is given.
  const urlOf = (server: CsmServer) =>
    serverUrl(
      isPlainHttpOffLoopback(server) && !allowInsecure ? { ...server, secure: true } : server,
    );
  let local: Promise<LocalBackend> | null = null;
  return {
    async resolve(settings: Pick<KioskSettings, 'server'>): Promise<BackendTarget> {
      if (commandLineUrl) return { url: commandLineUrl, isLocal: false, fixed: true };
      if (settings.server) {
        return { url: urlOf(settings.server), isLocal: false, fixed: false };
      }
      local ??= startLocal().catch((error: unknown) => {
        local = null; // the next attempt may succeed (a port freed, a disk remounted)
        throw error;
      });
      return { url: (await local).url, isLocal: true, fixed: false };
    },
    /** Stops the local backend if it was started. */
    async close() {
      const started = await local?.catch(() => null);
      await started?.close();
    },
  };
}
export type BackendChoice = ReturnType<typeof createBackendChoice>;
