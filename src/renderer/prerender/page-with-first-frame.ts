// The kiosk's page as Vite built it, rewritten to show its first frame without a round trip: the
// prerendered markup in #root, and in the head the boot script (inline, in place of the module
// scripts: it keeps early taps and loads those modules after the first frame, boot-script.ts)
// and the stylesheets' text (inline). The CSP allows each inline text by its hash
// (prerender-plugin.ts writes them for the hosts), never 'unsafe-inline'.
import { ENTRY_ATTRIBUTE, INLINED_FROM_ATTRIBUTE, PRELOADS_ATTRIBUTE } from './boot-attributes.js';

const ROOT = '<div id="root"></div>';
const MODULE_SCRIPT = /\s*<script type="module"[^>]*\bsrc="([^"]+)"[^>]*><\/script>/gi;
const MODULE_PRELOAD = /\s*<link rel="modulepreload"[^>]*\bhref="([^"]+)"[^>]*>/gi;
const STYLESHEET = /<link rel="stylesheet"[^>]*\bhref="([^"]+)"[^>]*>/gi;

export interface InlineAssets {
  /** The boot script's code (boot-script.ts, bundled). */
  boot: string;
  /** The text of the stylesheet the built page links as `href`. */
  stylesheet(href: string): string;
}

/** Text that would end its element early cannot be inlined as is (nor hashed as the browser
 * would read it). */
function inlineText(text: string, tag: 'script' | 'style', what: string): string {
  if (new RegExp(`</${tag}`, 'i').test(text)) {
    throw new Error(`prerender: ${what} contains </${tag}> and cannot be inlined`);
  }
  return text;
}

/** A stylesheet's `url(…)` resolves against the stylesheet's own address, which an inline copy
 * no longer has: refused rather than silently broken (data: URLs are the same anywhere). */
function stylesheetText(css: string, href: string): string {
  if (/url\(\s*(?!['"]?data:)/i.test(css)) {
    throw new Error(`prerender: ${href} refers to files by url() and cannot be inlined`);
  }
  return inlineText(css, 'style', href);
}

export function pageWithFirstFrame(
  page: string,
  markup: string,
  language: string,
  inline: InlineAssets,
): string {
  if (!page.includes(ROOT)) throw new Error(`prerender: ${ROOT} missing from the page`);
  const entries = [...page.matchAll(MODULE_SCRIPT)].map((m) => m[1]);
  if (entries.length !== 1) throw new Error('prerender: the page needs exactly one module script');
  const preloads = [...page.matchAll(MODULE_PRELOAD)].map((m) => m[1]);
  const boot =
    `<script ${ENTRY_ATTRIBUTE}="${entries[0]}" ${PRELOADS_ATTRIBUTE}="${preloads.join(' ')}">` +
    `${inlineText(inline.boot, 'script', 'the boot script')}</script>`;
  return (
    page
      .replace(MODULE_SCRIPT, '')
      .replace(MODULE_PRELOAD, '')
      // Where it came from, for the boot script (app-after-first-frame.ts).
      .replace(
        STYLESHEET,
        (_link, href: string) =>
          `<style ${INLINED_FROM_ATTRIBUTE}="${href}">` +
          `${stylesheetText(inline.stylesheet(href), href)}</style>`,
      )
      .replace(/<html\b[^>]*>/i, `<html lang="${language}">`)
      // First in the head, before the stylesheets: it runs before anything can be painted.
      .replace(/<meta charset[^>]*>/i, (charset) => `${charset}\n    ${boot}`)
      .replace(ROOT, `<div id="root" data-prerendered="${language}">${markup}</div>`)
  );
}

/** The inline texts of a page written by pageWithFirstFrame, for their CSP hashes. */
export function inlineTexts(page: string): { scripts: string[]; styles: string[] } {
  const texts = (tag: string) =>
    [...page.matchAll(new RegExp(`<${tag}\\b[^>]*>([\\s\\S]*?)</${tag}>`, 'gi'))]
      .map((m) => m[1] ?? '')
      .filter((text) => text !== '');
  return { scripts: texts('script'), styles: texts('style') };
}
