// The kiosk's page as Vite built it, rewritten to show its first frame without JavaScript: the
// prerendered markup in #root, and in the head the boot script in place of the module scripts
// (it keeps early taps and loads those modules after the first frame, boot-script.ts).
import { BOOT_SCRIPT, ENTRY_ATTRIBUTE, PRELOADS_ATTRIBUTE } from './boot-attributes.js';

const ROOT = '<div id="root"></div>';
const MODULE_SCRIPT = /\s*<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/gi;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/gi;

export function pageWithFirstFrame(page: string, markup: string, language: string): string {
  if (!page.includes(ROOT)) throw new Error(`prerender: ${ROOT} missing from the page`);
  const entries = [...page.matchAll(MODULE_SCRIPT)].map((m) => m[1]);
  if (entries.length !== 1) throw new Error('prerender: the page needs exactly one module script');
  const preloads = [...page.matchAll(MODULE_PRELOAD)].map((m) => m[1]);
  const boot =
    `<script src="./${BOOT_SCRIPT}" ${ENTRY_ATTRIBUTE}="${entries[0]}"` +
    ` ${PRELOADS_ATTRIBUTE}="${preloads.join(' ')}"></script>`;
  return (
    page
      .replace(MODULE_SCRIPT, '')
      .replace(MODULE_PRELOAD, '')
      .replace(/<html\b[^>]*>/i, `<html lang="${language}">`)
      // First in the head, before the stylesheets: it runs before anything can be painted.
      .replace(/<meta charset[^>]*>/i, (charset) => `${charset}\n    ${boot}`)
      .replace(ROOT, `<div id="root" data-prerendered="${language}">${markup}</div>`)
  );
}
