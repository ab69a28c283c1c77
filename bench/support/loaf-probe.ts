// bench/interaction.ts --verbose: the page's long animation frames (≥ 50 ms, Chromium's Long
// Animation Frames API), kept with the scripts that ran in them, so a slow tap can be told apart
// as script (which function), forced layout, or the frame's own style and layout.
// A string, as TAP_PROBE is: the bench's TypeScript has no DOM types.
export const LOAF_PROBE = `(() => {
  const frames = [];
  window.__loafProbe = frames;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      frames.push({
        start: e.startTime, duration: e.duration, renderStart: e.renderStart,
        styleAndLayoutStart: e.styleAndLayoutStart,
        scripts: e.scripts.map((s) => ({
          invoker: s.invoker, fn: s.sourceFunctionName, url: s.sourceURL.split('/').pop(),
          at: s.sourceCharPosition, duration: s.duration,
          forcedLayout: s.forcedStyleAndLayoutDuration,
        })),
      });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
})();`;

export interface LoafEntry {
  start: number;
  duration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: {
    invoker: string;
    fn: string;
    url: string;
    at: number;
    duration: number;
    forcedLayout: number;
  }[];
}

const r = (x: number) => Math.round(x);

/** One line per long frame that overlaps [from, to]: its script, render and layout time. */
export function loafLines(frames: readonly LoafEntry[], from: number, to: number): string[] {
  return frames
    .filter((f) => f.start + f.duration > from - 1 && f.start < to)
    .map((f) => {
      const end = f.start + f.duration;
      const layout = f.styleAndLayoutStart ? end - f.styleAndLayoutStart : 0;
      const scripts = [...f.scripts]
        .sort((a, b) => b.duration - a.duration)
        .slice(0, 4)
        .map(
          (s) =>
            `${s.invoker}${s.fn ? ` ${s.fn}` : ''} ${s.url}:${s.at} ${r(s.duration)}` +
            (s.forcedLayout > 1 ? ` (forced layout ${r(s.forcedLayout)})` : ''),
        );
      return (
        `frame +${r(f.start - from)} ${r(f.duration)} ms, style+layout ${r(layout)}: ` +
        scripts.join('; ')
      );
    });
}
