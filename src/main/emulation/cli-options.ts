// Command-line options of the desktop emulation, shared by `npm run emulate` and `npm start`.
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  ALLOW_INSECURE_BACKEND_FLAG,
  insecureBackendRefusal,
} from '../runtime/insecure-backend.js';

export const DEFAULT_PORT = 5780;

export interface EmulationOptions {
  port: number;
  dataDir: string;
  backendUrl: string | null;
  /** A CSM server in plain http off loopback may be used (command line or Réglages). */
  allowInsecureBackend: boolean;
  qa: boolean;
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
  --qa                active l'API de contrôle QA du serveur local
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
    open: !values['no-open'],
    help: values.help,
  };
}
