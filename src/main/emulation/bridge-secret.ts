// The emulation's per-launch secret: 32 random bytes made when the server starts, written into
// the page it serves and asked back with every command and event stream. Only that page holds
// it: another site's page cannot read an answer from loopback (no CORS is ever granted), and a
// page on a rebound name never gets the page at all (see request-guard.ts).
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `<meta name="csm-bridge" content="…">` in the served index.html; src/renderer/bridge/web-bridge.ts
 * reads it (the renderer cannot import this file, hence the name written twice). */
export const BRIDGE_META_NAME = 'csm-bridge';

/**
 * The event stream's copy of the secret, as a query parameter: EventSource cannot send a header.
 * Not a cookie: cookies are scoped by host, not port, so one set for 127.0.0.1 would also go to
 * every other server on loopback the browser visits, and any of them could overwrite it. The
 * URL is seen only by this server, which logs no request, and no Referer carries it
 * (`referrer-policy: no-referrer`, and an event stream is no document).
 */
export const EVENTS_SECRET_PARAM = 'bridge';

export function createBridgeSecret(): string {
  return randomBytes(32).toString('base64url');
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** In constant time whatever was sent: both sides are hashed to one length first. */
export function isBridgeSecret(given: unknown, secret: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  return timingSafeEqual(digest(given), digest(secret));
}

const META = new RegExp(`<meta\\s+name="${BRIDGE_META_NAME}"\\s+content="[^"]*"\\s*/?>`, 'i');

/** The page with the secret in its meta tag (added before </head> if the build has none). A meta
 * tag, not an inline script: the CSP allows no inline script. */
export function pageWithSecret(html: string, secret: string): string {
  const tag = `<meta name="${BRIDGE_META_NAME}" content="${secret}" />`;
  if (META.test(html)) return html.replace(META, () => tag);
  if (/<\/head>/i.test(html)) return html.replace(/<\/head>/i, (end) => `${tag}${end}`);
  return `${tag}${html}`;
}
