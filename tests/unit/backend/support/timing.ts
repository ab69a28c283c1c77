// Median durations of two calls, for "same time class" checks. Samples alternate between the
// two, so a burst of load on a shared machine slows both alike, and the median ignores a
// single slow GC pause. The bound is loose on purpose: it is there to catch "no hash at all"
// (a ratio of 20 or more), not to measure microseconds.
export async function medianMsOf(
  samples: number,
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
): Promise<[number, number]> {
  const times: [number[], number[]] = [[], []];
  const timed = async (call: () => Promise<unknown>, into: number[]) => {
    const start = performance.now();
    await call();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < samples; i++) {
    await timed(a, times[0]);
    await timed(b, times[1]);
  }
  const median = (list: number[]) => list.sort((x, y) => x - y)[Math.floor(list.length / 2)] ?? 0;
  return [median(times[0]), median(times[1])];
}

/** Within a factor of 3 of each other. */
export function sameTimeClass([a, b]: [number, number]): boolean {
  return a < b * 3 && b < a * 3;
}
