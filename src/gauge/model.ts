/**
 * The gauge's model: a multinomial logistic regression over the features of ./read.ts,
 * trained on the train split of the project's corpus by `node data/gauge/train.mjs`
 * (bench/gauge/train.ts), which writes ./model.json. Its probabilities are calibrated (a
 * temperature fitted on a held-out part of the train split), and the bars below which it
 * says "can't tell" were chosen there too; nothing was fitted on the test or blind splits.
 */

export interface GaugeModel {
  /** One bias per signal, in the order of SIGNALS. */
  readonly bias: readonly number[];
  /** Each feature's weight for each signal, in the order of SIGNALS. */
  readonly weights: Readonly<Record<string, readonly number[]>>;
  /** Logits are divided by this before the softmax, so that probabilities are calibrated. */
  readonly temperature: number;
  /** Below this probability the likeliest reading is not sure enough to act on. */
  readonly minTop: number;
  /**
   * When the likeliest reading is warm or neutral but the cold ones (brush-off, rejection)
   * together reach this probability, the gauge asks rather than risk reading a no as a maybe.
   */
  readonly maxCold: number;
}

/** The models' weights in Maps: a Map finds a key faster than an object of thousands of keys. */
const weightMaps = new WeakMap<GaugeModel, ReadonlyMap<string, readonly number[]>>();

/**
 * Each feature's weights for each signal, in the order of SIGNALS, then their mean (what a
 * feature pulls towards one signal is its weight for it less the mean).
 */
export function weightsOf(model: GaugeModel): ReadonlyMap<string, readonly number[]> {
  let map = weightMaps.get(model);
  if (!map) {
    map = new Map(
      Object.entries(model.weights).map(([f, w]) => [
        f,
        [...w, w.reduce((a, b) => a + b, 0) / w.length],
      ]),
    );
    weightMaps.set(model, map);
  }
  return map;
}

/** Each signal's score for a reply's features (name and value). */
export function logits(model: GaugeModel, features: ReadonlyMap<string, number>): number[] {
  const z = [...model.bias];
  const weights = weightsOf(model);
  for (const [f, x] of features) {
    const w = weights.get(f);
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k]! += x * w[k]!;
  }
  return z;
}

/** The softmax of logits divided by a temperature. */
export function softmax(z: readonly number[], temperature = 1): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp((v - max) / temperature));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}
