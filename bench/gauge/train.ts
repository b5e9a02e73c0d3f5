/**
 * Trains the gauge's model (src/gauge/model.ts) on the corpus's train split and writes
 * src/gauge/model.json. Run by `node data/gauge/train.mjs` after the corpus changes;
 * bench/gauge/corpus.test.ts checks that the shipped model is the one the corpus trains.
 *
 * Only the train split is used. Five models, each trained on four fifths of it, read the
 * fifth they did not see: on those readings the temperature (calibration) and the bars of
 * "can't tell" are chosen. The shipped model is then trained on the whole train split.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SIGNALS, type Signal } from "../../src/core/types.js";
import { readBody } from "../../src/gauge/index.js";
import { type GaugeModel, logits, softmax } from "../../src/gauge/model.js";
import {
  type CorpusReply,
  loadCorpus,
  type Prediction,
  predict,
  receivedMsOf,
} from "./evaluate.js";

export const MODEL_PATH = fileURLToPath(new URL("../../src/gauge/model.json", import.meta.url));

export interface Example {
  readonly features: ReadonlyMap<string, number>;
  readonly signal: Signal;
}

export interface TrainOptions {
  /** L2 penalty on the weights. */
  readonly l2: number;
  /** Features in fewer train replies than this are left out: they only add noise and size. */
  readonly minCount: number;
  readonly iterations: number;
  /** Keep only the features whose name starts with one of these (all when absent). */
  readonly kinds?: readonly string[];
}

export const TRAIN_OPTIONS: TrainOptions = Object.freeze({
  l2: 0.002,
  minCount: 2,
  iterations: 300,
});

const COLD: ReadonlySet<Signal> = new Set(["brush-off", "rejection"]);

/** The most the gauge may ask the user, on the held-out readings of the train split. */
const MAX_ASK_RATE = 0.12;

export function examplesOf(replies: readonly CorpusReply[]): Example[] {
  return replies.map((r) => ({
    features: readBody(r.text, { receivedMs: receivedMsOf(r), zone: r.zone }).features,
    signal: r.signal,
  }));
}

/** A multinomial logistic regression, fitted by full-batch AdaGrad (deterministic). */
export function fitWeights(
  examples: readonly Example[],
  options: TrainOptions,
): Pick<GaugeModel, "bias" | "weights"> {
  const K = SIGNALS.length;
  const counts = new Map<string, number>();
  for (const e of examples)
    for (const f of e.features.keys())
      if (!options.kinds || options.kinds.some((k) => f.startsWith(k)))
        counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts.keys()].filter((f) => counts.get(f)! >= options.minCount).sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const docs = examples.map((e) => ({
    f: [...e.features].flatMap(([f, x]) => {
      const i = index.get(f);
      return i === undefined ? [] : [[i, x] as const];
    }),
    y: SIGNALS.indexOf(e.signal),
  }));
  const W = new Float64Array(vocab.length * K);
  const b = new Float64Array(K);
  const gW = new Float64Array(W.length);
  const gb = new Float64Array(K);
  const hW = new Float64Array(W.length);
  const hb = new Float64Array(K);
  const rate = 0.5;
  const n = docs.length;
  for (let it = 0; it < options.iterations; it++) {
    gW.fill(0);
    gb.fill(0);
    for (const d of docs) {
      const z = Array.from(b);
      for (const [i, x] of d.f) for (let k = 0; k < K; k++) z[k]! += x * W[i * K + k]!;
      const p = softmax(z);
      for (let k = 0; k < K; k++) {
        const g = (p[k]! - (k === d.y ? 1 : 0)) / n;
        gb[k]! += g;
        for (const [i, x] of d.f) gW[i * K + k]! += g * x;
      }
    }
    for (let j = 0; j < W.length; j++) {
      const g = gW[j]! + options.l2 * W[j]!;
      hW[j]! += g * g;
      W[j]! -= (rate * g) / (Math.sqrt(hW[j]!) + 1e-8);
    }
    for (let k = 0; k < K; k++) {
      hb[k]! += gb[k]! * gb[k]!;
      b[k]! -= (rate * gb[k]!) / (Math.sqrt(hb[k]!) + 1e-8);
    }
  }
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  const weights: Record<string, number[]> = {};
  vocab.forEach((f, i) => {
    weights[f] = Array.from(W.subarray(i * K, i * K + K), round);
  });
  return { bias: Array.from(b, round), weights };
}

/** Which fifth of the train split a reply is held out in (by its id, so it is stable). */
function foldOf(id: string): number {
  let h = 0;
  for (const c of id) h = (h * 31 + c.charCodeAt(0)) % 1_000_003;
  return h % 5;
}

interface HeldOut {
  readonly z: readonly number[];
  readonly y: Signal;
}

/** Five models, each trained on four fifths of the train split, with the fifth each left out. */
function foldModels(
  train: readonly CorpusReply[],
  examples: readonly Example[],
  options: TrainOptions,
): { readonly model: GaugeModel; readonly held: readonly number[] }[] {
  return [0, 1, 2, 3, 4].map((fold) => {
    const held = train.flatMap((r, i) => (foldOf(r.id) === fold ? [i] : []));
    const out = new Set(held);
    const w = fitWeights(
      examples.filter((_, i) => !out.has(i)),
      options,
    );
    return { model: { ...w, temperature: 1, minTop: 0, maxCold: 1 }, held };
  });
}

/** Trains the shipped model: weights on the whole train split, the rest on held-out readings. */
export function trainFromCorpus(
  corpus: readonly CorpusReply[],
  options: TrainOptions = TRAIN_OPTIONS,
): GaugeModel {
  const train = corpus.filter((r) => r.split === "train");
  const examples = examplesOf(train);
  const heldOut: HeldOut[] = foldModels(train, examples, options).flatMap(({ model, held }) =>
    held.map((i) => ({ z: logits(model, examples[i]!.features), y: examples[i]!.signal })),
  );
  const temperature = fitTemperature(heldOut);
  const { minTop, maxCold } = chooseBars(heldOut, temperature);
  return { ...fitWeights(examples, options), temperature, minTop, maxCold };
}

/**
 * How the gauge reads each train reply when trained without it (on the other four fifths):
 * the mistakes one may tune on.
 */
export function heldOutReadings(corpus: readonly CorpusReply[]): Prediction[] {
  const shipped = trainFromCorpus(corpus);
  const train = corpus.filter((r) => r.split === "train");
  return foldModels(train, examplesOf(train), TRAIN_OPTIONS).flatMap(({ model, held }) =>
    predict(
      held.map((i) => train[i]!),
      { model: { ...shipped, bias: model.bias, weights: model.weights } },
    ),
  );
}

/** The temperature that gives the held-out readings the highest likelihood. */
function fitTemperature(heldOut: readonly HeldOut[]): number {
  let best = 1;
  let bestLoss = Number.POSITIVE_INFINITY;
  for (let t = 0.3; t <= 4; t += 0.05) {
    let loss = 0;
    for (const h of heldOut) loss -= Math.log(softmax(h.z, t)[SIGNALS.indexOf(h.y)]! + 1e-12);
    if (loss < bestLoss) {
      bestLoss = loss;
      best = Math.round(t * 100) / 100;
    }
  }
  return best;
}

/**
 * The bars of "can't tell": among those that ask about at most MAX_ASK_RATE of the held-out
 * replies, the ones that leave the fewest confident mistakes, a no read as a maybe counting
 * five times as much as any other.
 */
function chooseBars(
  heldOut: readonly HeldOut[],
  temperature: number,
): { minTop: number; maxCold: number } {
  const read = heldOut.map((h) => {
    const p = softmax(h.z, temperature);
    let top = 0;
    for (let k = 1; k < p.length; k++) if (p[k]! > p[top]!) top = k;
    const cold = SIGNALS.reduce((s, sig, k) => s + (COLD.has(sig) ? p[k]! : 0), 0);
    return { p: p[top]!, signal: SIGNALS[top]!, cold, y: h.y };
  });
  let best = { minTop: 0, maxCold: 1, cost: Number.POSITIVE_INFINITY };
  for (let minTop = 0.3; minTop <= 0.9; minTop += 0.025) {
    for (let maxCold = 0.1; maxCold <= 0.5; maxCold += 0.025) {
      let asked = 0;
      let cost = 0;
      for (const r of read) {
        if ((!COLD.has(r.signal) && r.cold >= maxCold) || r.p < minTop) {
          asked++;
          continue;
        }
        if (r.signal !== r.y) cost += COLD.has(r.y) && !COLD.has(r.signal) ? 5 : 1;
      }
      if (asked > MAX_ASK_RATE * read.length) continue;
      if (cost < best.cost) best = { minTop, maxCold, cost };
    }
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { minTop: round(best.minTop), maxCold: round(best.maxCold) };
}

/** One line per feature: small diffs when the corpus changes. */
export function serialise(model: GaugeModel): string {
  const lines = Object.entries(model.weights).map(
    ([f, w]) => `    ${JSON.stringify(f)}: ${JSON.stringify(w)}`,
  );
  return `{\n  "temperature": ${model.temperature},\n  "minTop": ${model.minTop},\n  "maxCold": ${model.maxCold},\n  "bias": ${JSON.stringify(model.bias)},\n  "weights": {\n${lines.join(",\n")}\n  }\n}\n`;
}

// data/gauge/train.mjs runs this file with --write; the bench only imports it.
if (process.argv.includes("--write")) {
  const model = trainFromCorpus(loadCorpus());
  writeFileSync(MODEL_PATH, serialise(model));
  process.stdout.write(
    `wrote ${MODEL_PATH}: ${Object.keys(model.weights).length} features, temperature ${model.temperature}, can't tell below ${model.minTop} or at ${model.maxCold} chance of a no\n`,
  );
}
