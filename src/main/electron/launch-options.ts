// What the command line and environment may change when the kiosk starts; read once in main.ts.
// Same words as the emulation's options (`npm start` hands either host the same arguments).
import { parseArgs } from 'node:util';
import {
  ALLOW_INSECURE_BACKEND_FLAG,
  insecureBackendRefusal,
} from '../runtime/insecure-backend.js';

export interface LaunchOptions {
  /** A normal window instead of kiosk fullscreen, for development and e2e runs. */
  windowed: boolean;
  demo: boolean;
  /** Turns on the QA control API of the in-process reference backend. */
  qa: boolean;
  /** null: start the reference backend in-process on loopback. */
  backendUrl: string | null;
  /** A CSM server in plain http off loopback may be used (command line or Réglages). */
  allowInsecureBackend: boolean;
  /** Overrides Electron's userData folder, so each e2e run gets its own data. */
  dataDir: string | null;
}

const isOn = (value: string | undefined) => value === '1' || value === 'true';
const nonEmpty = (value: string | undefined) => (value ? value : null);

export function readLaunchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): LaunchOptions {
  // Not strict: Electron's argv also carries its own path, the app path and Chromium switches.
  const { values } = parseArgs({
    args: [...argv],
    options: {
      windowed: { type: 'boolean' },
      demo: { type: 'boolean' },
      qa: { type: 'boolean' },
      'backend-url': { type: 'string' },
      [ALLOW_INSECURE_BACKEND_FLAG]: { type: 'boolean' },
      'data-dir': { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
  });
  const text = (value: string | boolean | undefined) =>
    typeof value === 'string' ? value : undefined;
  return {
    windowed: values.windowed === true || isOn(env.CSM_WINDOWED),
    demo: values.demo === true || isOn(env.CSM_DEMO),
    qa: values.qa === true,
    backendUrl: nonEmpty(text(values['backend-url']) ?? env.CSM_BACKEND_URL),
    allowInsecureBackend: values[ALLOW_INSECURE_BACKEND_FLAG] === true,
    dataDir: nonEmpty(text(values['data-dir']) ?? env.CSM_DATA_DIR),
  };
}

/** Exit status of a start refused for its options (2: a usage error, as for a shell command). */
export const REFUSED_EXIT_CODE = 2;

/**
 * Why these options must not start this build, or null. A packaged kiosk refuses `--qa`: the QA
 * control API lists the mails and SMS sent, decides IDnow outcomes and injects faults, which no
 * tablet in a workshop may offer. Development runs (`npm start -- --qa`) keep it. Any build
 * refuses a CSM server in plain http off loopback without `--allow-insecure-backend`.
 */
export function launchRefusal(options: LaunchOptions, isPackaged: boolean): string | null {
  if (isPackaged && options.qa) {
    return (
      'refusé : --qa n’est pas disponible dans le kiosque installé (l’API de contrôle QA ne ' +
      'sert qu’aux essais). Pour la QA, utilisez `npm start -- --qa` ou `npm run emulate -- --qa`.'
    );
  }
  const insecure = insecureBackendRefusal(options.backendUrl, options.allowInsecureBackend);
  if (insecure) return `refusé : ${insecure}`;
  return null;
}
