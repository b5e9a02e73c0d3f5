/**
 * The reply gauge: reads one reply from an employer and says what it means for the
 * follow-up (offer, next-step, encouraging, still-deciding, brush-off, rejection,
 * out-of-office), how sure it is, which phrases decided it, and the dates in it.
 *
 * How it reads, in order:
 * 1. Cut the reply to what its sender wrote: no quoted history, no signature (./clean.ts);
 *    read its first MAX_READ_CHARS characters. Every step takes time in proportion to the
 *    text's length (src/gauge/linear.test.ts): no pattern can backtrack over a hostile reply.
 * 2. Text that is not English is not guessed at: still-deciding, low confidence, said so.
 * 3. Every lexicon rule that matches adds its weight to its signal (./lexicon.ts); a rule
 *    that stands after a negation ("not") or, for promises, a hedge ("if"), does not count.
 * 4. The first signal, in the order below, whose score reaches its bar wins: an auto-reply
 *    is read as such whatever it says; a "no" wrapped in praise is still a "no"; an offer or
 *    an invitation outweighs warmth; warmth outweighs "we're still deciding". When no signal
 *    reaches its bar, the highest score wins.
 * 5. When no phrase matched at all, a small naive Bayes model trained on the corpus
 *    (./bayes.ts) guesses from the words, with low confidence, and the evidence says it is a
 *    guess; on a reply of a few words it does not, and the reply reads as still-deciding.
 * 6. Dates (./dates.ts): the decision date for readings that leave the decision open, the
 *    return date for out-of-office replies.
 */
import type { ReadReply, ReplyReading, Signal } from "../core/types.js";
import { type BayesModel, classifyBayes } from "./bayes.js";
import modelJson from "./bayes-model.json" with { type: "json" };
import { stripReply } from "./clean.js";
import { readDates } from "./dates.js";
import {
  ATS_RECEIPT,
  ENGLISH_WORDS,
  HEDGE,
  LEXICON,
  NEGATION,
  OTHER_LANGUAGE_WORDS,
} from "./lexicon.js";

export { stripReply } from "./clean.js";
export { readDates } from "./dates.js";

/** The order signals are tried in, with the score each must reach to win outright. */
const PRECEDENCE: readonly (readonly [Signal, number])[] = [
  ["out-of-office", 3],
  ["rejection", 3],
  ["offer", 3],
  ["next-step", 3],
  ["brush-off", 3],
  ["encouraging", 2],
  ["still-deciding", 2],
];

/** Signals whose phrases an "if" makes conditional ("if you are shortlisted, ..."). */
const HEDGED: ReadonlySet<Signal> = new Set(["next-step", "offer", "encouraging"]);

/** Signals after which the decision is still open, so a date in the reply is a decision date. */
const DECISION_OPEN: ReadonlySet<Signal> = new Set([
  "next-step",
  "encouraging",
  "still-deciding",
  "brush-off",
]);

/**
 * A reply is read as another language when it has at least this many common words of
 * other languages, and more of them than common English words.
 */
const MIN_OTHER_LANGUAGE_WORDS = 2;
const LANGUAGE_SAMPLE_CHARS = 400;

/**
 * The gauge reads at most this many characters of what the sender wrote (after quoted history
 * and signature are cut): a reply's meaning is in its first paragraphs, and a bound keeps a
 * pasted 1 MB mail as quick to read as a short one. The reply itself is stored whole.
 */
export const MAX_READ_CHARS = 20_000;

/** The fallback model, trained on the corpus's train split (./bayes.ts). */
const MODEL: BayesModel = modelJson;

/** Below this many words a statistical guess is noise: such a reply stays still-deciding. */
const MIN_WORDS_FOR_GUESS = 6;

export interface GaugeOptions {
  /**
   * When no phrase of the lexicon speaks, let the statistical model guess (default), or
   * read the reply as still-deciding. The bench turns it off to measure the rules alone.
   */
  readonly guess: boolean;
}

const DEFAULT_OPTIONS: GaugeOptions = Object.freeze({ guess: true });

export interface GaugeContext {
  /** When the reply arrived, in epoch milliseconds. */
  readonly receivedMs: number;
  /** The application's IANA zone: dates are calendar days there. */
  readonly zone: string;
}

/** A reading with what the gauge saw on the way, for the CLI's `--json` and for tuning. */
export interface GaugeResult extends ReplyReading {
  /** The score of every signal. */
  readonly scores: Readonly<Record<Signal, number>>;
  /** The text that was read: the reply without quoted history and signature. */
  readonly body: string;
  readonly english: boolean;
}

const EMPTY_SCORES: Readonly<Record<Signal, number>> = Object.freeze({
  offer: 0,
  "next-step": 0,
  encouraging: 0,
  "still-deciding": 0,
  "brush-off": 0,
  rejection: 0,
  "out-of-office": 0,
});

/**
 * Reads one reply.
 *
 * @example
 * gaugeReply("We were impressed by your background; however, we have decided to move forward with other candidates.", {
 *   receivedMs: Date.parse("2026-11-18T18:02:00Z"), // Wed 18 Nov
 *   zone: "America/Denver",
 * })
 * // { signal: "rejection", confidence: 0.9, evidence: ["decided to move forward with other candidates", ...], ... }
 */
export function gaugeReply(
  text: string,
  ctx: GaugeContext,
  options: GaugeOptions = DEFAULT_OPTIONS,
): GaugeResult {
  const body = stripReply(text).slice(0, MAX_READ_CHARS);
  if (!looksEnglish(body)) {
    return Object.freeze({
      signal: "still-deciding",
      confidence: 0.2,
      decisionBy: null,
      decisionPhrase: null,
      returnOn: null,
      evidence: Object.freeze(["the reply does not look like English, so it was not read"]),
      scores: EMPTY_SCORES,
      body,
      english: false,
    });
  }

  const scores: Record<Signal, number> = { ...EMPTY_SCORES };
  const evidence: Record<Signal, { readonly text: string; readonly weight: number }[]> = {
    offer: [],
    "next-step": [],
    encouraging: [],
    "still-deciding": [],
    "brush-off": [],
    rejection: [],
    "out-of-office": [],
  };
  let matched = false;
  for (const rule of LEXICON) {
    const m = rule.re.exec(body);
    if (!m) continue;
    matched = true;
    if (rule.negatable) {
      const before = sentenceBefore(body, m.index);
      if (NEGATION.test(before)) continue;
      if (HEDGED.has(rule.signal) && HEDGE.test(before)) continue;
    }
    scores[rule.signal] += rule.weight;
    const phrase = clauseAround(body, m.index, m.index + m[0].length);
    // One quote per clause: a clause that holds another replaces it.
    const list = evidence[rule.signal];
    if (!list.some((e) => e.text.includes(phrase))) {
      const kept = list.filter((e) => !phrase.includes(e.text));
      const weight = Math.max(
        rule.weight,
        ...list.filter((e) => phrase.includes(e.text)).map((e) => e.weight),
      );
      evidence[rule.signal] = [...kept, { text: phrase, weight }];
    }
  }

  const dates = readDates(body, ctx);
  // A vague "we'll reach out if anything changes" next to a date is a promise, not a brush-off.
  if (dates.decisionBy !== null && scores["brush-off"] > 0 && scores["still-deciding"] > 0) {
    scores["brush-off"] = Math.min(scores["brush-off"], 2);
  }

  // An applicant-tracking system's receipt says "we'll contact you if ..." to everyone: that
  // is its template, not a brush-off of this candidate.
  if (ATS_RECEIPT.test(body)) scores["brush-off"] = Math.min(scores["brush-off"], 1);

  const ruled = decide(scores);
  const top = scores[ruled];
  // No phrase of the lexicon matched at all (one that a negation or an "if" set aside was
  // read, and must stay set aside): the statistical model may guess, on a reply long enough.
  const guess =
    options.guess && !matched && (body.match(/[a-z']+/gi)?.length ?? 0) >= MIN_WORDS_FOR_GUESS
      ? classifyBayes(MODEL, body)
      : null;
  const signal = guess?.signal ?? ruled;
  const rival = Math.max(
    ...Object.entries(scores)
      .filter(([s]) => s !== signal)
      .map(([, v]) => v),
  );
  const open = DECISION_OPEN.has(signal);
  return Object.freeze({
    signal,
    confidence: guess ? guessConfidence(guess.margin) : confidenceOf(top, rival),
    decisionBy: open ? dates.decisionBy : null,
    decisionPhrase: open ? dates.decisionPhrase : null,
    returnOn: signal === "out-of-office" ? dates.returnOn : null,
    evidence: Object.freeze(
      guess
        ? [
            `no telling phrase; its words are most like the ${signal} replies the gauge was trained on (a statistical guess)`,
          ]
        : evidence[signal].length > 0
          ? // The strongest first: the engine quotes the first one in its reasons.
            [...evidence[signal]].sort((a, b) => b.weight - a.weight).map((e) => e.text)
          : ["no telling phrase: read as still-deciding"],
    ),
    scores: Object.freeze(scores),
    body,
    english: true,
  });
}

/**
 * The gauge as the engine sees it (`ReadReply` in src/core/types.ts).
 *
 * @example
 * readReply("Thanks, will let you know.", { receivedMs, zone: "Europe/London" }).signal // "still-deciding"
 */
export const readReply: ReadReply = (text, context) => {
  const r = gaugeReply(text, context);
  return Object.freeze({
    signal: r.signal,
    confidence: r.confidence,
    decisionBy: r.decisionBy,
    decisionPhrase: r.decisionPhrase,
    returnOn: r.returnOn,
    evidence: r.evidence,
  });
};

function decide(scores: Readonly<Record<Signal, number>>): Signal {
  for (const [signal, bar] of PRECEDENCE) if (scores[signal] >= bar) return signal;
  let best: Signal = "still-deciding";
  for (const [signal] of PRECEDENCE) if (scores[signal] > scores[best]) best = signal;
  return best;
}

/** A statistical guess is never sure: from 0.3 to 0.45 as its margin over the runner-up grows. */
function guessConfidence(margin: number): number {
  return Math.round((0.3 + 0.15 * (1 - Math.exp(-margin / 3))) * 100) / 100;
}

/**
 * From about 0.3 (nothing telling) to 0.97 (several strong phrases, no rival): the winner's
 * score raises it, a rival signal's score lowers it.
 */
function confidenceOf(top: number, rival: number): number {
  const c = 0.3 + 0.67 * (1 - Math.exp(-top / 3)) - 0.06 * rival;
  return Math.round(Math.min(0.97, Math.max(0.25, c)) * 100) / 100;
}

/** Longest clause quoted as evidence; a longer one is cut to the matched words. */
const MAX_EVIDENCE_CHARS = 90;

/**
 * The clause a match stands in ("we'll reach out if anything changes"), as it stands in the
 * text: quoted whole, it reads better in a reason than the matched words alone.
 */
function clauseAround(text: string, start: number, end: number): string {
  // Only a window around the match can hold a clause short enough to quote.
  const head = text.slice(Math.max(0, start - MAX_EVIDENCE_CHARS), start);
  const tail = text.slice(end, end + MAX_EVIDENCE_CHARS);
  const cut = head.search(/[.!?;:\n,][^.!?;:\n,]*$/);
  const stop = tail.search(/[.!?;\n]|, /);
  const from = cut < 0 ? start - head.length : start - head.length + cut + 1;
  const to = stop < 0 ? end + tail.length : end + stop;
  const clause = text.slice(from, to).trim();
  const words = clause.length <= MAX_EVIDENCE_CHARS ? clause : text.slice(start, end);
  return words.trim().replace(/\s+/g, " ");
}

function sentenceBefore(text: string, index: number): string {
  const start = Math.max(0, index - 60);
  const before = text.slice(start, index);
  const cut = Math.max(before.lastIndexOf("."), before.lastIndexOf("!"), before.lastIndexOf("?"));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

function looksEnglish(text: string): boolean {
  // Mostly letters outside the Latin script (Cyrillic, CJK, Arabic, ...): not English.
  // (Plain ASCII text, most replies, skips the count.)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range on purpose
  if (/[^\u0000-\u007f]/.test(text)) {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (latin < letters / 2) return false;
  }
  // The opening of a reply is enough to tell its language.
  const words =
    text
      .slice(0, LANGUAGE_SAMPLE_CHARS)
      .toLowerCase()
      .match(/[\p{L}']+/gu) ?? [];
  let english = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH_WORDS.has(w)) english++;
    else if (OTHER_LANGUAGE_WORDS.has(w)) other++;
  }
  return !(other >= MIN_OTHER_LANGUAGE_WORDS && other > english);
}
