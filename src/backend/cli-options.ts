// The command line of `npm run backend`, parsed into backend options or a French refusal.
import { parseArgs } from 'node:util';
import { identResults, type IdentResult } from '../contract/csm/idnow.js';
import { fail, ok, type Result } from './result.js';

export const DEFAULT_PORT = 4780;
export const DEFAULT_DATA_DIR = './.csm-data/backend';

export const USAGE = `Serveur CSM de référence (CSM Kiosk)

Usage : npm run backend -- [options]

  --port <n>            port d’écoute (défaut ${DEFAULT_PORT}, 0 = un port libre)
  --data-dir <dossier>  dossier des données du serveur (défaut ${DEFAULT_DATA_DIR})
  --smtp <hôte:port>    envoie aussi les e-mails à ce serveur SMTP (sans authentification)
  --qa                  active l’API de contrôle QA (/qa/...)
  --demo                mode démonstration : la page IDnow du smartphone propose des images
                        de démonstration et peut s’afficher dans une page locale
  --ident-review-delay-ms <ms>
                        durée de la vérification IDnow simulée (défaut 5000, 0 = immédiate)
  --ident-outcome <résultat>
                        résultat de la vérification IDnow simulée (défaut SUCCESS) :
                        ${identResults.join(', ')}
  --help                affiche cette aide`;

export interface CliOptions {
  help: boolean;
  port: number;
  dataDir: string;
  smtp: { host: string; port: number } | null;
  qa: boolean;
  /** Trainers' demo mode (BackendOptions.demo). */
  demo: boolean;
  /** undefined: the backend's default. */
  identReviewDelayMs?: number;
  identOutcome?: IdentResult;
}

function parsePort(text: string): number | null {
  if (!/^\d{1,5}$/.test(text)) return null;
  const port = Number(text);
  return port <= 65535 ? port : null;
}

/** "mail.local:25" or "[::1]:1025". */
function parseHostPort(text: string): { host: string; port: number } | null {
  const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d+)$/.exec(text);
  const host = match?.[1] ?? match?.[2];
  const port = match?.[3] === undefined ? null : parsePort(match[3]);
  return host && port ? { host, port } : null;
}

// parseArgs explains in English; the line a person reads stays French.
function parseArgsErrorFr(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(message ?? '')?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Option inconnue : ${quoted}`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `Argument inattendu : ${quoted}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `Valeur manquante ou inattendue pour ${quoted.split(' ')[0]}`;
  }
  return 'Ligne de commande non valide';
}

export function parseCliOptions(args: string[]): Result<CliOptions> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        smtp: { type: 'string' },
        qa: { type: 'boolean', default: false },
        demo: { type: 'boolean', default: false },
        'ident-review-delay-ms': { type: 'string' },
        'ident-outcome': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return fail('INVALID_INPUT', `${parseArgsErrorFr(error)} (voir --help).`);
  }
  const port = values.port === undefined ? DEFAULT_PORT : parsePort(values.port);
  if (port === null) {
    return fail(
      'INVALID_INPUT',
      `--port attend un nombre entre 0 et 65535 (reçu « ${values.port} »).`,
    );
  }
  const smtp = values.smtp === undefined ? null : parseHostPort(values.smtp);
  if (values.smtp !== undefined && smtp === null) {
    return fail(
      'INVALID_INPUT',
      `--smtp attend hôte:port, par exemple localhost:1025 (reçu « ${values.smtp} »).`,
    );
  }
  if (values['data-dir'] === '') return fail('INVALID_INPUT', '--data-dir ne peut pas être vide.');
  const delay = values['ident-review-delay-ms'];
  // Up to a day: longer is a typo, and timers past 2^31 ms would fire at once.
  if (delay !== undefined && (!/^\d{1,8}$/.test(delay) || Number(delay) > 86_400_000)) {
    return fail(
      'INVALID_INPUT',
      `--ident-review-delay-ms attend un nombre de millisecondes entre 0 et 86400000 (reçu « ${delay} »).`,
    );
  }
  const outcome = values['ident-outcome'];
  if (outcome !== undefined && !identResults.includes(outcome as IdentResult)) {
    return fail(
      'INVALID_INPUT',
      `--ident-outcome attend l’un de ${identResults.join(', ')} (reçu « ${outcome} »).`,
    );
  }
  return ok({
    help: values.help,
    port,
    dataDir: values['data-dir'] ?? DEFAULT_DATA_DIR,
    smtp,
    qa: values.qa,
    demo: values.demo,
    identReviewDelayMs: delay === undefined ? undefined : Number(delay),
    identOutcome: outcome as IdentResult | undefined,
  });
}
