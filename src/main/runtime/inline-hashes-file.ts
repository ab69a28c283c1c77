// Reads the hashes of the kiosk page's inline script and stylesheets that the renderer build
// wrote beside its pages, for the host's CSP. Parsed by its contract schema: the file reaches an
// HTTP header, so nothing but hash sources may come out of it.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  INLINE_HASHES_FILE,
  inlineHashes,
  NO_INLINE_HASHES,
  type InlineHashes,
} from '../../contract/kiosk/inline-hashes.js';

/** None when the build wrote no such file (a renderer without the prerendered page); throws on
 * a file that is not the build's, since serving the page with a guessed CSP would be worse. */
export async function readInlineHashes(rendererDir: string): Promise<InlineHashes> {
  let text: string;
  try {
    text = await readFile(join(rendererDir, INLINE_HASHES_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return NO_INLINE_HASHES;
    throw error;
  }
  const parsed = inlineHashes.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${INLINE_HASHES_FILE}: not the renderer build's hashes`);
  return parsed.data;
}
