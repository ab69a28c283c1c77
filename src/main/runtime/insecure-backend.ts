// A CSM server reached in plain http off this machine would carry passwords and Tokens in clear
// across the network: only an explicit flag on the command line allows it (a lab, a test
// bench), never a setting or an environment variable alone. Both hosts read the same flag.
import { isLoopbackHost } from '../../contract/kiosk/settings.js';

export const ALLOW_INSECURE_BACKEND_FLAG = 'allow-insecure-backend';

/** An http:// URL whose host is not this machine. */
export function isPlainHttpUrlOffLoopback(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false; // not a URL at all: the option parsers refuse it for that
  }
  return parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname);
}

/** Why a CSM server named on the command line must not be used, or null. */
export function insecureBackendRefusal(url: string | null, allowed: boolean): string | null {
  if (url === null || allowed || !isPlainHttpUrlOffLoopback(url)) return null;
  return (
    `Serveur CSM en http non chiffré hors de cette machine refusé : ${new URL(url).origin}. ` +
    `Utilisez https, ou ajoutez --${ALLOW_INSECURE_BACKEND_FLAG} pour un banc d’essai.`
  );
}
