/**
 * The gauge's fallback: a multinomial naive Bayes model over words and word pairs, trained on
 * the train split of the project's corpus (data/gauge/corpus.jsonl) by
 * `node data/gauge/train.mjs`, which writes ./bayes-model.json. The rules decide whenever
 * some phrase of the lexicon speaks; the model only guesses for replies in which none does,
 * where the rules could only say "still deciding" (measured in bench/gauge: it helps there).
 */
import { SIGNALS, type Signal } from "../core/types.js";

export interface BayesModel {
  /** Replies of each signal seen in training, in the order of SIGNALS. */
  readonly docs: readonly number[];
  /** Feature occurrences of each signal (kept features only), in the order of SIGNALS. */
  readonly totals: readonly number[];
  /** How many features were kept. */
  readonly vocabulary: number;
  /** Occurrences of each kept feature in the replies of each signal. */
  readonly features: Readonly<Record<string, readonly number[]>>;
}

/** Features seen fewer times than this in training are dropped: they only add noise and size. */
const MIN_FEATURE_COUNT = 2;

/**
 * The words and word pairs of a reply's text (already cut to what its sender wrote).
 *
 * @example
 * features("We'll keep you posted") // ["we'll", "keep", "you", "posted", "we'll keep", "keep you", "you posted"]
 */
export function features(body: string): string[] {
  const words = body.toLowerCase().match(/[a-z']+/g) ?? [];
  const out = [...words];
  for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]} ${words[i]}`);
  return out;
}

/** Trains the model on labelled replies (their text already cut by `stripReply`). */
export function trainBayes(
  examples: readonly { readonly body: string; readonly signal: Signal }[],
): BayesModel {
  const docs = SIGNALS.map(() => 0);
  const counts = new Map<string, number[]>();
  for (const { body, signal } of examples) {
    const k = SIGNALS.indexOf(signal);
    docs[k]!++;
    for (const f of features(body)) {
      let c = counts.get(f);
      if (!c) {
        c = SIGNALS.map(() => 0);
        counts.set(f, c);
      }
      c[k]!++;
    }
  }
  const kept: Record<string, number[]> = {};
  const totals = SIGNALS.map(() => 0);
  for (const f of [...counts.keys()].sort()) {
    const c = counts.get(f)!;
    if (c.reduce((a, b) => a + b, 0) < MIN_FEATURE_COUNT) continue;
    kept[f] = c;
    c.forEach((n, k) => {
      totals[k]! += n;
    });
  }
  return { docs, totals, vocabulary: Object.keys(kept).length, features: kept };
}

/**
 * The most likely signal of a reply's text, and by how much (the log-odds over the runner-up).
 */
export function classifyBayes(
  model: BayesModel,
  body: string,
): { readonly signal: Signal; readonly margin: number } {
  const n = model.docs.reduce((a, b) => a + b, 0);
  const scores = SIGNALS.map((_, k) => Math.log((model.docs[k]! + 1) / (n + SIGNALS.length)));
  for (const f of features(body)) {
    const c = model.features[f];
    if (!c) continue;
    for (let k = 0; k < SIGNALS.length; k++) {
      scores[k]! += Math.log(c[k]! + 1) - Math.log(model.totals[k]! + model.vocabulary);
    }
  }
  let best = 0;
  for (let k = 1; k < scores.length; k++) if (scores[k]! > scores[best]!) best = k;
  const runnerUp = Math.max(...scores.filter((_, k) => k !== best));
  return { signal: SIGNALS[best]!, margin: scores[best]! - runnerUp };
}
