// Work a screen starts as it opens but nobody waits for (warming the password worker, asking the
// core again for what it already shows): run once the frame that shows the screen is out. In
// the tap's own task it would hold that frame back: React runs the effects of a screen opened
// by a tap before the browser paints. Answers how to call it off (the screen left first).
export function afterNextFrame(run: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(run);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => (timer = setTimeout(run)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
