// The fonts of the kiosk's styles, prepared while it sits idle rather than on the tap that first
// shows them. Chromium on Linux (the tablet's Electron and the emulation alike) asks its browser
// process, synchronously, how to render each new strike (a family at a size and weight) the
// first time a layout needs it: 0.3–0.7 ms each (`FontCache::GetFontPlatformData`,
// `WebSandboxSupportLinux::GetWebFontRenderStyleForStrike` in a trace). A screen's first visit
// met several of them in its tap's layout: 9 lookups, 7.6 ms within the interaction bench's
// taps, 1.7 ms of Réglages' 4.6 ms first layout. Laying out a hidden word in each strike the
// style sheets name makes Chromium keep them; the taps then find them ready (0 lookups within
// the taps in the same trace; the ~45 strikes take ~35 ms once, in idle slices).

/** One family at one size and weight, as the style sheets write them. */
export interface FontStrike {
  family: string;
  size: string;
  weight: string;
}

/** Values that name no font of their own: the element takes its parent's. */
const CSS_WIDE = new Set(['', 'inherit', 'initial', 'unset', 'revert', 'revert-layer']);
/** Bold and normal are the weights the kiosk's fonts have; 700 and 400 are the same strikes. */
const WEIGHT_ALIASES: Record<string, string> = { '400': 'normal', '700': 'bold' };
/** Laid out per idle slice: 0.3–0.7 ms each, so a tap arriving meanwhile waits 3 ms at most. */
export const STRIKES_PER_SLICE = 4;

function collect(
  rules: CSSRuleList,
  into: { families: Set<string>; sizes: Set<string>; weights: Set<string> },
) {
  for (const rule of Array.from(rules)) {
    // @media, @supports and @layer blocks hold rules of their own.
    if ('cssRules' in rule && rule.cssRules instanceof Object)
      collect(rule.cssRules as CSSRuleList, into);
    const style = (rule as CSSStyleRule).style as CSSStyleDeclaration | undefined;
    if (!style) continue;
    const family = style.getPropertyValue('font-family').trim();
    const size = style.getPropertyValue('font-size').trim();
    const weight = style.getPropertyValue('font-weight').trim();
    if (!CSS_WIDE.has(family)) into.families.add(family);
    if (!CSS_WIDE.has(size)) into.sizes.add(size);
    if (!CSS_WIDE.has(weight)) into.weights.add(WEIGHT_ALIASES[weight] ?? weight);
  }
}

/** Every family × size × weight the sheets name, with the page's own family among them. */
export function fontStrikesOf(sheets: Iterable<CSSStyleSheet>, pageFamily: string): FontStrike[] {
  const found = {
    families: new Set([pageFamily]),
    sizes: new Set<string>(),
    weights: new Set(['normal', 'bold']),
  };
  for (const sheet of sheets) {
    try {
      collect(sheet.cssRules, found);
    } catch {
      // A sheet of another origin keeps its rules to itself: the kiosk has none.
    }
  }
  const strikes: FontStrike[] = [];
  for (const family of found.families)
    for (const size of found.sizes)
      for (const weight of found.weights) strikes.push({ family, size, weight });
  return strikes;
}

/** Runs `work` when the page is idle; returns how to call it off. */
export type IdleScheduler = (work: () => void) => () => void;

const whenIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(work, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(work, { timeout: 5_000 });
  return () => cancelIdleCallback(handle);
};

const warmed = new Set<string>();

/**
 * Lays out, in idle slices, a hidden word in each strike of the document's style sheets not
 * warmed yet (called again once a lazy chunk has brought its own sheet). Leaves nothing in the
 * page; returns how to call the rest off.
 */
export function warmFontStrikes(doc: Document, schedule: IdleScheduler = whenIdle): () => void {
  const keyOf = (strike: FontStrike) => `${strike.family}|${strike.size}|${strike.weight}`;
  // Read in the first slice, not here: the caller is on the boot path, and the body's computed
  // style would be a style recalculation the kiosk's first frame waits for.
  let pending: FontStrike[] | undefined;
  const readPending = () => {
    const view = doc.defaultView;
    const pageFamily = view ? view.getComputedStyle(doc.body).fontFamily : '';
    return fontStrikesOf(Array.from(doc.styleSheets), pageFamily).filter(
      (strike) => !warmed.has(keyOf(strike)),
    );
  };
  let cancel: () => void = () => undefined;
  const slice = () => {
    pending ??= readPending();
    if (pending.length === 0) return;
    const box = doc.createElement('div');
    box.setAttribute('aria-hidden', 'true');
    // Laid out, so its fonts are resolved, but never seen nor touched.
    Object.assign(box.style, {
      position: 'absolute',
      left: '-10000px',
      top: '0',
      visibility: 'hidden',
      pointerEvents: 'none',
    });
    for (const strike of pending.splice(0, STRIKES_PER_SLICE)) {
      warmed.add(keyOf(strike));
      const word = doc.createElement('span');
      word.textContent = 'Aé';
      word.style.fontFamily = strike.family;
      word.style.fontSize = strike.size;
      word.style.fontWeight = strike.weight;
      box.append(word);
    }
    doc.body.append(box);
    // The layout that resolves each strike: what a tap would otherwise do.
    box.getBoundingClientRect();
    box.remove();
    if (pending.length > 0) cancel = schedule(slice);
  };
  cancel = schedule(slice);
  return () => cancel();
}
