// What the renderer build tells both hosts about the kiosk's pages: the SHA-256 hashes of the
// script and stylesheets it wrote inline into them (so the first frame needs no round trip for
// them). The hosts add exactly these to their CSP; any other inline script or style stays refused.
import { z } from 'zod/mini';

/** Beside the pages in the renderer build (dist/renderer). */
export const INLINE_HASHES_FILE = 'inline-hashes.json';

/** A CSP hash source without its quotes: base64 of 32 bytes. Nothing else may reach the header. */
const sha256Source = z.string().check(z.regex(/^sha256-[A-Za-z0-9+/]{43}=$/));

export const inlineHashes = z.strictObject({
  scripts: z.array(sha256Source),
  styles: z.array(sha256Source),
});
export type InlineHashes = z.output<typeof inlineHashes>;

/** A build without inline code (or without the kiosk's page): 'self' alone. */
export const NO_INLINE_HASHES: InlineHashes = { scripts: [], styles: [] };
