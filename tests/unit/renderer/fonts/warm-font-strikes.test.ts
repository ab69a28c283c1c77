// The kiosk's font strikes, read from its style sheets and laid out hidden in idle slices, so a
// screen's first tap does not wait for Chromium to resolve them (warm-font-strikes.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as WarmModule from '../../../../src/renderer/fonts/warm-font-strikes.js';

let warm: typeof WarmModule;

/** What each slice laid out: the fonts of the words in the box at its layout. */
let laidOut: string[][];

beforeEach(async () => {
  // The module remembers what it warmed: a fresh one per test.
  vi.resetModules();
  warm = await import('../../../../src/renderer/fonts/warm-font-strikes.js');
  laidOut = [];
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
    this: HTMLElement,
  ) {
    laidOut.push(
      Array.from(this.children, (word) => {
        const { fontFamily, fontSize, fontWeight } = (word as HTMLElement).style;
        return `${fontFamily}/${fontSize}/${fontWeight}`;
      }),
    );
    return new DOMRect();
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

function styleSheet(css: string) {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}

/** A scheduler the test runs by hand: the slices waiting for an idle moment. */
function manualIdle() {
  const queue: (() => void)[] = [];
  const schedule: WarmModule.IdleScheduler = (work) => {
    queue.push(work);
    return () => queue.splice(queue.indexOf(work), 1);
  };
  const runAll = () => {
    while (queue.length > 0) queue.shift()?.();
  };
  return { schedule, queue, runAll };
}

describe('font strikes of the style sheets', () => {
  it('crosses every family, size and weight the rules name, in @media blocks too', () => {
    styleSheet(`
      h1 { font-size: 2rem; font-weight: 700; }
      p { font-size: 1.25rem; font-weight: inherit; }
      code { font-family: "DejaVu Sans Mono", monospace; font-size: inherit; }
      @media (min-width: 1600px) { h1 { font-size: 2.75rem; } }
    `);
    const strikes = warm.fontStrikesOf(Array.from(document.styleSheets), 'sans-serif');
    const sizes = new Set(strikes.map((s) => s.size));
    const weights = new Set(strikes.map((s) => s.weight));
    const families = new Set(strikes.map((s) => s.family));
    expect(sizes).toEqual(new Set(['2rem', '1.25rem', '2.75rem']));
    // 700 is bold: one strike, not two.
    expect(weights).toEqual(new Set(['normal', 'bold']));
    expect(families).toEqual(new Set(['sans-serif', '"DejaVu Sans Mono", monospace']));
    expect(strikes).toHaveLength(2 * 3 * 2);
  });
});

describe('warming the strikes', () => {
  it('lays them out hidden, a few per idle slice, and leaves nothing in the page', () => {
    styleSheet('h1 { font-size: 2rem; } p { font-size: 1.25rem; } small { font-size: 1rem; }');
    styleSheet('h2 { font-size: 1.75rem; }');
    const idle = manualIdle();
    warm.warmFontStrikes(document, idle.schedule);
    // Nothing before the page is idle.
    expect(laidOut).toEqual([]);
    expect(idle.queue).toHaveLength(1);
    idle.runAll();
    expect(laidOut.length).toBeGreaterThan(1);
    expect(laidOut.every((slice) => slice.length <= warm.STRIKES_PER_SLICE)).toBe(true);
    expect(laidOut.flat()).toHaveLength(4 * 2);
    expect(laidOut.flat()).toContain('/2rem/bold');
    expect(document.body.children).toHaveLength(0);
  });

  it("reads the style sheets and the page's font in its first idle slice, not when called", () => {
    // Called on the boot path, just before the kiosk mounts: a computed style and a walk of
    // every rule there would be a forced style recalculation the first frame waits for.
    styleSheet('h1 { font-size: 2rem; }');
    const computed = vi.spyOn(window, 'getComputedStyle');
    const rules = vi.spyOn(CSSStyleSheet.prototype, 'cssRules', 'get');
    const idle = manualIdle();
    warm.warmFontStrikes(document, idle.schedule);
    expect(computed).not.toHaveBeenCalled();
    expect(rules).not.toHaveBeenCalled();
    idle.runAll();
    expect(computed).toHaveBeenCalled();
    expect(laidOut.flat()).toContain('/2rem/bold');
  });

  it('warms only what a later style sheet adds', () => {
    styleSheet('h1 { font-size: 2rem; }');
    const idle = manualIdle();
    warm.warmFontStrikes(document, idle.schedule);
    idle.runAll();
    laidOut = [];
    styleSheet('.key { font-size: 1.5rem; }');
    warm.warmFontStrikes(document, idle.schedule);
    idle.runAll();
    expect(laidOut.flat().sort()).toEqual(['/1.5rem/bold', '/1.5rem/normal']);
  });

  it('stops when called off, and warms the rest on a later call', () => {
    styleSheet('h1 { font-size: 2rem; } p { font-size: 1.25rem; } small { font-size: 1rem; }');
    styleSheet('h2 { font-size: 1.75rem; font-weight: 300; }');
    const idle = manualIdle();
    const callOff = warm.warmFontStrikes(document, idle.schedule);
    idle.queue.shift()?.();
    callOff();
    expect(idle.queue).toHaveLength(0);
    const first = laidOut.flat();
    expect(first).toHaveLength(warm.STRIKES_PER_SLICE);
    warm.warmFontStrikes(document, idle.schedule);
    idle.runAll();
    expect(laidOut.flat().slice(first.length)).toHaveLength(4 * 3 - warm.STRIKES_PER_SLICE);
  });
});
