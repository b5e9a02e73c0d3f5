/**
 * A second server process's CPU per request against one process's, measured before and
 * after it: the load of a shared machine drifts, and a process keeps warming up, so one
 * figure on either side brackets what one process costs while two are measured.
 */
export function secondProcess(oneBefore: number, two: number, oneAfter: number): string {
  const one = (oneBefore + oneAfter) / 2;
  const apart = (100 * Math.abs(oneAfter - oneBefore)) / one;
  const f = (x: number) => `${x.toFixed(2)} ms`;
  return `one process ${f(oneBefore)}, two ${f(two)}, one again ${f(oneAfter)}: two ${(two / one).toFixed(2)}x of one (the two measures of one process ${apart.toFixed(0)}% apart)`;
}
