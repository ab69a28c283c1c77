// Who may talk to the emulation at all. DNS rebinding gives another site's page this server's
// address but never its Host: only its own names with its port are served, on every route. A
// browser's Origin, when it sends one, must be the page's own (the Host it asked for, in http).
const OWN_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** The Host values this server answers to once it listens on `port`. */
export function ownHosts(port: number): ReadonlySet<string> {
  const hosts = OWN_NAMES.map((name) => `${name}:${port}`);
  // A browser leaves out the port it would use anyway.
  if (port === 80) hosts.push(...OWN_NAMES);
  return new Set(hosts);
}

export type GuardVerdict = 'allowed' | 'foreign-host' | 'foreign-origin';

export function checkRequest(
  headers: { host?: string; origin?: string | string[] },
  own: ReadonlySet<string>,
): GuardVerdict {
  const host = headers.host?.toLowerCase();
  if (host === undefined || !own.has(host)) return 'foreign-host';
  const origin = headers.origin;
  if (
    origin !== undefined &&
    (typeof origin !== 'string' || origin.toLowerCase() !== `http://${host}`)
  ) {
    return 'foreign-origin';
  }
  return 'allowed';
}
