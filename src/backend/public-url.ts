// The address the backend's own links point to (the IDnow companion page in the Ident-ID
// e-mail). Never taken from a request's Host header: anyone can send one, and a link to their
// host in a genuine CSM e-mail would be a ready-made phishing page for identity documents.
import { networkInterfaces } from 'node:os';

/** Before the server listens (tests on app.inject), links point at the loopback default. */
export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1';

/** The URL a smartphone can open for a server listening on host:port. A wildcard address is
 * replaced by the machine's first LAN IPv4 address, so a phone on the same network gets there. */
export function publicUrlFor(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const shown = wildcard ? (lanAddress() ?? '127.0.0.1') : host;
  return `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
}

function lanAddress(): string | null {
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) return address.address;
    }
  }
  return null;
}
