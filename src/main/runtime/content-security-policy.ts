// The renderer's Content Security Policy, the same for both hosts (Electron's app:// scheme and
// the emulation server). It starts from nothing and allows only what the Vite build needs from
// its own origin: the page talks to the core through the bridge, so nothing beyond 'self', plus
// the script and stylesheets the build wrote inline into the kiosk's page, each by its hash
// (inline-hashes-file.ts): never 'unsafe-inline'. In the emulation's demo mode the page frames one
// more origin: the demo backend's phone page.
import { NO_INLINE_HASHES, type InlineHashes } from '../../contract/kiosk/inline-hashes.js';

const quoted = (hashes: readonly string[]) => hashes.map((hash) => ` '${hash}'`).join('');

export function contentSecurityPolicy(
  frameOrigins: readonly string[] = [],
  inline: InlineHashes = NO_INLINE_HASHES,
): string {
  return [
    "default-src 'none'",
    `script-src 'self'${quoted(inline.scripts)}`,
    `style-src 'self'${quoted(inline.styles)}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    ...(frameOrigins.length > 0 ? [`frame-src ${frameOrigins.join(' ')}`] : []),
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export const CONTENT_SECURITY_POLICY = contentSecurityPolicy();
