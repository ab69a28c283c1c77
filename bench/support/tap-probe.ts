// The in-page half of bench/interaction.ts, installed before the page's own scripts. Per tap:
// `pointerdown` (capture, on window, so it runs before any handler of the page) notes
// performance.now(); the first DOM mutation after it (or the focus it gives a field, which shows
// without one once the keyboard stands open) asks for the frame that will show it; that frame
// is taken as painted when a task posted from its requestAnimationFrame callback runs
// (rAF callbacks run just before the frame's style, layout and paint; a task posted there runs
// once that frame is out). A double rAF would instead wait for the start of the frame after,
// adding up to a whole frame that nobody sees. Event Timing entries (≥ 16 ms, the lowest
// threshold the API allows) are kept with their interactionId for the Node side to match.
// Kept as a string: the bench's TypeScript has no DOM types, and a function handed to the
// page through tsx could carry helpers the page does not have.
export const TAP_PROBE = `(() => {
  const probe = { taps: [], events: [] };
  window.__tapProbe = probe;
  let open = null;
  window.addEventListener('pointerdown', () => {
    open = { down: performance.now(), mutation: null, frame: null };
    probe.taps.push(open);
  }, { capture: true });
  const onMutation = () => {
    const tap = open;
    if (!tap || tap.mutation !== null) return;
    tap.mutation = performance.now();
    open = null;
    requestAnimationFrame(() => setTimeout(() => { tap.frame = performance.now(); }, 0));
  };
  const watch = () => new MutationObserver(onMutation).observe(document, {
    subtree: true, childList: true, attributes: true, characterData: true,
  });
  watch();
  // A field given the focus changes how the page looks (caret, focus ring) without a DOM change:
  // its frame is the one that shows it.
  window.addEventListener('focusin', onMutation, { capture: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      probe.events.push({ name: e.name, start: e.startTime, duration: e.duration,
        interactionId: e.interactionId || 0 });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
})();`;

/** What the probe holds once a tap is over, read back by the bench. */
export interface ProbeTap {
  down: number;
  mutation: number | null;
  frame: number | null;
}
export interface ProbeEvent {
  name: string;
  start: number;
  duration: number;
  interactionId: number;
}
