// Starts the kiosk's JavaScript once the prerendered first frame is painted: fetched with it, its
// modules would share the server with the page's stylesheets and run before that frame. The
// build moves the entry and its preloads from the page's head to the boot script's data
// attributes (page-with-first-frame.ts); this adds them back, one frame later.
import { ENTRY_ATTRIBUTE, INLINED_FROM_ATTRIBUTE, PRELOADS_ATTRIBUTE } from './boot-attributes.js';

/** Vite's loader skips a stylesheet a lazy chunk imports when a link to it is in the page: one
 * per stylesheet the build inlined, disabled, so the kiosk's chunk does not fetch it again (and
 * re-apply it after the others). Made here, not in the markup: Chromium's preload scanner
 * fetches even a disabled link it reads there, a script-made one never. */
function markInlinedStylesheets(doc: Document): void {
  for (const style of doc.querySelectorAll(`style[${INLINED_FROM_ATTRIBUTE}]`)) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.disabled = true;
    link.href = style.getAttribute(INLINED_FROM_ATTRIBUTE) ?? '';
    doc.head.append(link);
  }
}

export function loadAppAfterFirstFrame(script: HTMLOrSVGScriptElement | null, doc: Document): void {
  const entry = script?.getAttribute(ENTRY_ATTRIBUTE);
  if (!entry) return;
  const preloads = (script?.getAttribute(PRELOADS_ATTRIBUTE) ?? '').split(' ').filter(Boolean);
  const load = () => {
    markInlinedStylesheets(doc);
    for (const href of preloads) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      doc.head.append(link);
    }
    const module = doc.createElement('script');
    module.type = 'module';
    module.crossOrigin = '';
    module.src = entry;
    doc.head.append(module);
  };
  // The animation frame comes before the first paint; the task after it, once painted.
  requestAnimationFrame(() => setTimeout(load));
}
