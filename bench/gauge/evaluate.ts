/**
 * Scores the gauge on the labelled corpus (data/gauge/corpus.jsonl): per-signal precision,
 * recall and F1, the confusion matrix, macro-F1, warm/neutral/cold accuracy, and the exact
 * match of decision and return dates. Shared by the bench and the corpus quality test.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SIGNALS, type Signal } from "../../src/core/types.js";
import { type GaugeOptions, gaugeReply } from "../../src/gauge/index.js";
import { parseDateTime } from "../../src/time/index.js";

export interface CorpusReply {
  readonly id: string;
  readonly text: string;
  readonly received: string;
  readonly zone: string;
  readonly signal: Signal;
  readonly decisionBy: string | null;
  readonly returnOn: string | null;
  readonly source: "hand" | "composed";
  readonly split: "train" | "test";
}

export const CORPUS_PATH = fileURLToPath(new URL("../../data/gauge/corpus.jsonl", import.meta.url));

/**
 * The blind split: replies nobody tuning the gauge reads (every data/gauge/blind/*.jsonl);
 * the bench prints only its aggregate figures.
 */
export const BLIND_DIR = fileURLToPath(new URL("../../data/gauge/blind/", import.meta.url));

/** The blind split's files, by name, and their replies (none when there is no blind split). */
export function loadBlind(): { readonly file: string; readonly replies: CorpusReply[] }[] {
  if (!existsSync(BLIND_DIR)) return [];
  return readdirSync(BLIND_DIR)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .map((file) => ({ file, replies: loadCorpus(join(BLIND_DIR, file)) }));
}

export function loadCorpus(path = CORPUS_PATH): CorpusReply[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as CorpusReply);
}

export type Coarse = "warm" | "neutral" | "cold";

/** The three coarse classes a generic sentiment score can be compared on. */
export const COARSE: Readonly<Record<Signal, Coarse>> = Object.freeze({
  offer: "warm",
  "next-step": "warm",
  encouraging: "warm",
  "still-deciding": "neutral",
  "out-of-office": "neutral",
  "brush-off": "cold",
  rejection: "cold",
});

export interface Prediction {
  readonly reply: CorpusReply;
  readonly signal: Signal;
  /** The gauge could not tell, and would ask the user. */
  readonly asked: boolean;
  readonly decisionBy: string | null;
  readonly returnOn: string | null;
}

export function receivedMsOf(r: CorpusReply): number {
  const ms = parseDateTime(r.received, r.zone);
  if (ms === null) throw new Error(`${r.id}: bad received time ${r.received}`);
  return ms;
}

export function predict(replies: readonly CorpusReply[], options?: GaugeOptions): Prediction[] {
  return replies.map((reply) => {
    const g = gaugeReply(
      reply.text,
      { receivedMs: receivedMsOf(reply), zone: reply.zone },
      options,
    );
    return {
      reply,
      signal: g.signal,
      asked: g.cantTell !== undefined,
      decisionBy: g.decisionBy,
      returnOn: g.returnOn,
    };
  });
}

export interface PerSignal {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export interface Scores {
  readonly n: number;
  readonly accuracy: number;
  readonly macroF1: number;
  readonly perSignal: Readonly<Record<Signal, PerSignal>>;
  /** confusion[actual][predicted] */
  readonly confusion: Readonly<Record<Signal, Readonly<Record<Signal, number>>>>;
  readonly coarseAccuracy: number;
  /** Of the replies that say no (brush-off, rejection), the share read as warm or neutral
   * without asking the user: the costly mistake. */
  readonly coldReadWarm: number;
  /** The share of replies the gauge can't tell, and asks about. */
  readonly askRate: number;
  readonly decisionDates: { readonly n: number; readonly exact: number };
  readonly returnDates: { readonly n: number; readonly exact: number };
}

export function score(preds: readonly Prediction[]): Scores {
  const confusion = Object.fromEntries(
    SIGNALS.map((a) => [a, Object.fromEntries(SIGNALS.map((p) => [p, 0]))]),
  ) as Record<Signal, Record<Signal, number>>;
  let right = 0;
  let coarseRight = 0;
  let dn = 0;
  let dExact = 0;
  let rn = 0;
  let rExact = 0;
  let cold = 0;
  let coldWarm = 0;
  let asked = 0;
  for (const p of preds) {
    if (p.asked) asked++;
    if (COARSE[p.reply.signal] === "cold") {
      cold++;
      if (!p.asked && COARSE[p.signal] !== "cold") coldWarm++;
    }
    confusion[p.reply.signal][p.signal]++;
    if (p.reply.signal === p.signal) right++;
    if (COARSE[p.reply.signal] === COARSE[p.signal]) coarseRight++;
    if (p.reply.decisionBy !== null) {
      dn++;
      if (p.decisionBy === p.reply.decisionBy) dExact++;
    }
    if (p.reply.returnOn !== null) {
      rn++;
      if (p.returnOn === p.reply.returnOn) rExact++;
    }
  }
  const perSignal = Object.fromEntries(
    SIGNALS.map((s) => {
      const tp = confusion[s][s];
      const predicted = SIGNALS.reduce((n, a) => n + confusion[a][s], 0);
      const support = SIGNALS.reduce((n, p) => n + confusion[s][p], 0);
      const precision = predicted === 0 ? 0 : tp / predicted;
      const recall = support === 0 ? 0 : tp / support;
      const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
      return [s, { precision, recall, f1, support }];
    }),
  ) as Record<Signal, PerSignal>;
  const n = preds.length;
  return {
    n,
    accuracy: right / n,
    macroF1: SIGNALS.reduce((sum, s) => sum + perSignal[s].f1, 0) / SIGNALS.length,
    perSignal,
    confusion,
    coarseAccuracy: coarseRight / n,
    coldReadWarm: cold === 0 ? 0 : coldWarm / cold,
    askRate: asked / n,
    decisionDates: { n: dn, exact: dExact },
    returnDates: { n: rn, exact: rExact },
  };
}

/** The gauge's goals on the test and blind splits (docs/gauge.md). */
export const GOALS = Object.freeze({
  macroF1: 0.85,
  coarseAccuracy: 0.93,
  coldRecall: 0.85,
  coldReadWarm: 0.03,
  askRate: 0.15,
  decisionDateExact: 0.9,
  repliesPerSecond: 10_000,
});
