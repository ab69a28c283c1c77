// The tablet's stored language written into the page a host serves (the emulation, Electron's
// app://), so the renderer draws its first frame in it without asking the core first
// (src/renderer/bridge/page-language.ts); and the page whose prerendered first frame is in it.
// A meta tag, not an inline script: the CSP allows no inline script.
import type { Core } from '../core/core-api.js';

/** Same name as the renderer's LANGUAGE_META. */
export const PAGE_LANGUAGE_META = 'csm-language';

/** The stored language, or null when the core cannot say (the renderer then asks it itself). */
export async function storedLanguage(core: Core): Promise<string | null> {
  const settings = await core.dispatch('settings.get', {});
  if (!settings.ok) return null;
  const language = (settings.value as { language?: unknown }).language;
  return typeof language === 'string' && /^[a-z]{2}$/.test(language) ? language : null;
}

/** The renderer build's page for `language`, its first frame prerendered in it; the same names as
 * the renderer's prerender plugin. French, or a language the build has no page for: index.html. */
export function pageFileFor(language: string | null): string {
  return language && language !== 'fr' ? `index.${language}.html` : 'index.html';
}

/** The page with `<html lang>` and the meta tag set to `language`. */
export function pageWithLanguage(html: string, language: string | null): string {
  if (!language) return html;
  const tag = `<meta name="${PAGE_LANGUAGE_META}" content="${language}" />`;
  return html
    .replace(/<html\b[^>]*>/i, `<html lang="${language}">`)
    .replace(/<\/head>/i, (end) => `${tag}${end}`);
}
