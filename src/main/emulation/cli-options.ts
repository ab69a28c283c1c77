// Command-line options of the desktop emulation, shared by `npm run emulate` and `npm start`.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ALLOW_INSECURE_BACKEND_FLAG,
  insecureBackendRefusal,
} from '../runtime/insecure-backend.js';

export const DEFAULT_PORT = 5780;

/** The mega macs ONE's screen, its larger sibling's, and the first one turned upright. */
export const WINDOW_SIZES = ['1280x800', '1920x1200', '800x1280'] as const;
export type WindowSize = { width: number; height: number };

export interface EmulationOptions {
  port: number;
  dataDir: string;
  backendUrl: string | null;
  /** A CSM server in plain http off loopback may be used (command line or Réglages). */
  allowInsecureBackend: boolean;
  qa: boolean;
  /** --demo (npm run demo): only the demo exists, on throwaway data; --data-dir is not used. */
  demo: boolean;
  /** The Chromium window's size. */
  size: WindowSize;
  open: boolean;
  help: boolean;
}

export const USAGE = `Utilisation : npm run emulate -- [options]
  --port <n>          port de l'émulation sur 127.0.0.1 (défaut ${DEFAULT_PORT}, 0 = libre)
  --data-dir <dir>    dossier des données de la tablette (défaut ~/.csm-kiosk)
  --backend-url <url> serveur CSM à utiliser (défaut : serveur local de référence) ; en https,
                      sauf sur cette machine
  --${ALLOW_INSECURE_BACKEND_FLAG}
                      autorise un serveur CSM en http hors de cette machine (banc d'essai :
                      mots de passe et codes circulent en clair)
  --qa                active l'API de contrôle QA du serveur local et la console QA
                      (adresse /qa)
  --demo              mode démonstration (npm run demo) : données jetables, serveur CSM de
                      démonstration dans l'application ; --data-dir n'est pas utilisé
  --size <l>x<h>      taille de la fenêtre : ${WINDOW_SIZES.join(', ')} (défaut ${WINDOW_SIZES[0]})
  --no-open           n'ouvre pas de fenêtre Chromium
  --help              affiche cette aide`;

export function parseEmulationOptions(
  argv: string[],
  env: NodeJS.ProcessEnv = process.env,
): EmulationOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      'data-dir': { type: 'string' },
      'backend-url': { type: 'string' },
      [ALLOW_INSECURE_BACKEND_FLAG]: { type: 'boolean', default: false },
      qa: { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
      size: { type: 'string' },
      'no-open': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Port invalide : ${values.port} (un nombre entre 0 et 65535).`);
  }
  const backendUrl = values['backend-url'] ?? env.CSM_BACKEND_URL ?? null;
  if (backendUrl !== null && !/^https?:\/\/[^\s]+$/.test(backendUrl)) {
    throw new Error(`Adresse du serveur CSM invalide : ${backendUrl}`);
  }
  const allowInsecureBackend = values[ALLOW_INSECURE_BACKEND_FLAG];
  const refusal = insecureBackendRefusal(backendUrl, allowInsecureBackend);
  if (refusal) throw new Error(refusal);
  return {
    port,
    dataDir: values['data-dir'] ?? env.CSM_DATA_DIR ?? join(homedir(), '.csm-kiosk'),
    backendUrl,
    allowInsecureBackend,
    qa: values.qa,
    demo: values.demo,
    size: parseWindowSize(values.size),
    open: !values['no-open'],
    help: values.help,
  };
}

export function parseWindowSize(text: string | undefined): WindowSize {
  const size = text ?? WINDOW_SIZES[0];
  if (!(WINDOW_SIZES as readonly string[]).includes(size)) {
    throw new Error(
      `Taille de fenêtre invalide : ${size} (au choix : ${WINDOW_SIZES.join(', ')}).`,
    );
  }
  const [width, height] = size.split('x').map(Number) as [number, number];
  return { width, height };
}
