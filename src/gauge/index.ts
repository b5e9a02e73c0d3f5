/**
 * The reply gauge: reads one reply from an employer and says what it means for the
 * follow-up (offer, next-step, encouraging, still-deciding, brush-off, rejection,
 * out-of-office), how sure it is, which sentence decided it, and the dates in it; or, when
 * it cannot tell, the two readings it hesitates between, so that the user decides.
 *
 * How it reads, in order (docs/gauge.md has the figures):
 * 1. Cut the reply to what its sender wrote: no quoted history, no signature (./clean.ts);
 *    read its first MAX_READ_CHARS characters. Every step takes time in proportion to the
 *    text's length (src/gauge/linear.test.ts): no pattern can backtrack over a hostile reply.
 * 2. Text that is not English is not guessed at: can't tell, said so.
 * 3. Split it into sentences and read each (./read.ts): its words, with the ones a negation
 *    governs marked ("we will not be moving forward" is not "moving forward"), word pairs,
 *    and the lexicon's phrases (./lexicon.ts), set aside under a negation or an "if".
 * 4. A logistic regression trained on the corpus's train split (./model.ts) weighs all of
 *    that into a probability for each signal. The evidence is the sentence that pulled
 *    hardest towards the winner, and the lexicon's phrases for it.
 * 5. When the likeliest reading is not probable enough, or a warm or neutral reading leaves
 *    a real chance of a no, the gauge says it can't tell and names the two likeliest
 *    readings: reading a no as a maybe costs the user far more than asking.
 * 6. Dates (./dates.ts): the decision date for readings that leave the decision open, the
 *    return date for out-of-office replies.
 */
import { type ReadReply, type ReplyReading, SIGNALS, type Signal } from "../core/types.js";
import { stripReply } from "./clean.js";
import { type ReplyDates, readDates } from "./dates.js";
import { ENGLISH_WORDS, OTHER_LANGUAGE_WORDS } from "./lexicon.js";
import { type GaugeModel, logits, softmax, weightsOf } from "./model.js";
import modelJson from "./model.json" with { type: "json" };
import { readSentences, type Sentence } from "./read.js";

export { stripReply } from "./clean.js";
export { readDates } from "./dates.js";

/** The shipped model, trained on the corpus's train split (./model.ts). */
const MODEL: GaugeModel = modelJson;

/**
 * The gauge reads at most this many characters of what the sender wrote (after quoted history
 * and signature are cut): a reply's meaning is in its first paragraphs, and a bound keeps a
 * pasted 1 MB mail as quick to read as a short one. The reply itself is stored whole.
 */
export const MAX_READ_CHARS = 20_000;

/** Signals after which the decision is still open, so a date in the reply is a decision date. */
const DECISION_OPEN: ReadonlySet<Signal> = new Set([
  "next-step",
  "encouraging",
  "still-deciding",
  "brush-off",
]);

const COLD: ReadonlySet<Signal> = new Set(["brush-off", "rejection"]);

/**
 * A reply is read as another language when it has at least this many common words of
 * other languages, and more of them than common English words.
 */
const MIN_OTHER_LANGUAGE_WORDS = 2;
const LANGUAGE_SAMPLE_CHARS = 400;

export interface GaugeOptions {
  /** The model to read with (the bench compares models trained in other ways). */
  readonly model: GaugeModel;
}

const DEFAULT_OPTIONS: GaugeOptions = Object.freeze({ model: MODEL });

export interface GaugeContext {
  /** When the reply arrived, in epoch milliseconds. */
  readonly receivedMs: number;
  /** The application's IANA zone: dates are calendar days there. */
  readonly zone: string;
}

/** A reading with what the gauge saw on the way, for the CLI's `--json` and for tuning. */
export interface GaugeResult extends ReplyReading {
  /** The probability of every signal. */
  readonly probabilities: Readonly<Record<Signal, number>>;
  /** The text that was read: the reply without quoted history and signature. */
  readonly body: string;
  readonly english: boolean;
  /** Every date read, whatever the signal makes of it. */
  readonly dates: ReplyDates;
}

/** What the model reads in a reply: its text, sentences, features and dates. */
export interface ReadBody {
  readonly body: string;
  readonly sentences: readonly Sentence[];
  /** The features the reply holds, each with the value 1 (./read.ts). */
  readonly features: ReadonlyMap<string, number>;
  readonly dates: ReplyDates;
}

/** Cuts a reply to what its sender wrote and reads its features (shared with training). */
export function readBody(text: string, ctx: GaugeContext): ReadBody {
  const body = stripReply(text).slice(0, MAX_READ_CHARS);
  const sentences = readSentences(body);
  const dates = readDates(body, ctx);
  const features = new Map<string, number>();
  for (const s of sentences) {
    for (const f of s.features) features.set(f, 1);
    // Which signals the lexicon's phrases point to: what carries to wordings the corpus lacks.
    for (const h of s.hits) if (!h.negated) features.set(`s:${h.signal}`, 1);
  }
  // A date the employer gives for the decision, or for their return, is itself a sign.
  if (dates.decisionBy !== null) features.set("d:decision", 1);
  if (dates.returnOn !== null) features.set("d:return", 1);
  features.set(`len:${Math.min(4, Math.floor(Math.log2(1 + body.length / 40)))}`, 1);
  return { body, sentences, features, dates };
}

/**
 * Reads one reply.
 *
 * @example
 * gaugeReply("We were impressed by your background; however, we have decided to move forward with other candidates.", {
 *   receivedMs: Date.parse("2026-11-18T18:02:00Z"), // Wed 18 Nov
 *   zone: "America/Denver",
 * })
 * // { signal: "rejection", confidence: 0.9, evidence: ["however, we have decided to move forward with other candidates."], ... }
 */
export function gaugeReply(
  text: string,
  ctx: GaugeContext,
  options: GaugeOptions = DEFAULT_OPTIONS,
): GaugeResult {
  return gaugeRead(readBody(text, ctx), options);
}

/** Reads one reply already cut and read by `readBody` (the learning reader reads its words too). */
export function gaugeRead(read: ReadBody, options: GaugeOptions = DEFAULT_OPTIONS): GaugeResult {
  const { body, dates } = read;
  if (!looksEnglish(body)) {
    return Object.freeze({
      signal: "still-deciding",
      confidence: 0.2,
      cantTell: Object.freeze(["still-deciding", "rejection"] as const),
      decisionBy: null,
      decisionPhrase: null,
      returnOn: null,
      evidence: Object.freeze(["the reply does not look like English, so it was not read"]),
      probabilities: Object.freeze(
        Object.fromEntries(SIGNALS.map((s) => [s, 1 / SIGNALS.length])) as Record<Signal, number>,
      ),
      body,
      english: false,
      dates,
    });
  }
  const model = options.model;
  const p = softmax(logits(model, read.features), model.temperature);
  const ranked = SIGNALS.map((s, k) => [s, p[k]!] as const).sort((a, b) => b[1] - a[1]);
  const [signal, top] = ranked[0]!;
  const second = ranked[1]![0];
  const cold = ranked.filter(([s]) => COLD.has(s));
  const coldChance = cold.reduce((sum, [, q]) => sum + q, 0);
  const cantTell: readonly [Signal, Signal] | null =
    !COLD.has(signal) && coldChance >= model.maxCold
      ? [signal, COLD.has(second) ? second : cold[0]![0]]
      : top < model.minTop
        ? [signal, second]
        : // A date for the decision contradicts a brush-off ("we'll let you know if anything
          // changes" next to "by Friday" is a promise): the user decides.
          signal === "brush-off" && dates.decisionBy !== null
          ? [signal, "still-deciding"]
          : null;
  const open = DECISION_OPEN.has(signal);
  return Object.freeze({
    signal,
    confidence: Math.round(top * 100) / 100,
    ...(cantTell ? { cantTell: Object.freeze(cantTell) } : {}),
    decisionBy: open ? dates.decisionBy : null,
    decisionPhrase: open ? dates.decisionPhrase : null,
    returnOn: signal === "out-of-office" ? dates.returnOn : null,
    evidence: Object.freeze(evidenceFor(model, read, signal)),
    probabilities: Object.freeze(
      Object.fromEntries(SIGNALS.map((s, k) => [s, p[k]!])) as Record<Signal, number>,
    ),
    body,
    english: true,
    dates,
  });
}

/**
 * A reading taken as `signal` (the user's word, or a reply they labelled): sure, and with
 * the dates that signal keeps.
 */
export function readingAs(r: GaugeResult, signal: Signal): GaugeResult {
  const { cantTell: _, ...rest } = r;
  const open = DECISION_OPEN.has(signal);
  return Object.freeze({
    ...rest,
    signal,
    decisionBy: open ? r.dates.decisionBy : null,
    decisionPhrase: open ? r.dates.decisionPhrase : null,
    returnOn: signal === "out-of-office" ? r.dates.returnOn : null,
  });
}

/**
 * The gauge as the engine sees it (`ReadReply` in src/core/types.ts).
 *
 * @example
 * readReply("Thanks, will let you know.", { receivedMs, zone: "Europe/London" }).signal // "still-deciding"
 */
export const readReply: ReadReply = (text, context) => replyReading(gaugeReply(text, context));

/** The fields of a reading the engine and the `--json` outputs know (no scores, no body). */
export function replyReading(r: ReplyReading): ReplyReading {
  return Object.freeze({
    signal: r.signal,
    confidence: r.confidence,
    ...(r.cantTell ? { cantTell: r.cantTell } : {}),
    decisionBy: r.decisionBy,
    decisionPhrase: r.decisionPhrase,
    returnOn: r.returnOn,
    evidence: r.evidence,
  });
}

/** Longest sentence quoted whole as evidence; a longer one is quoted by its telling phrase. */
const MAX_EVIDENCE_CHARS = 160;

/**
 * Why the reply reads as `signal`: the sentence that pulled hardest towards it (quoted as it
 * stands, whitespace collapsed), then the lexicon's phrases for it in other sentences.
 */
function evidenceFor(model: GaugeModel, read: ReadBody, signal: Signal): string[] {
  const k = SIGNALS.indexOf(signal);
  let best: Sentence | null = null;
  let bestPull = 0;
  const weights = weightsOf(model);
  for (const s of read.sentences) {
    // How much more the sentence's features push towards `signal` than towards the average.
    let pull = 0;
    for (const f of s.features) {
      const w = weights.get(f);
      if (w) pull += w[k]! - w[SIGNALS.length]!;
    }
    if (pull > bestPull) {
      best = s;
      bestPull = pull;
    }
  }
  // Quoted as in the text, without a closing full stop: the quote may end a sentence of ours.
  const quote = (start: number, end: number) =>
    read.body
      .slice(start, end)
      .replace(/\s+/g, " ")
      .trim()
      .replace(/(?<!\.)\.+$/, "");
  const phrases = read.sentences.flatMap((s) =>
    s.hits.filter((h) => h.signal === signal && !h.negated).map((h) => quote(h.start, h.end)),
  );
  if (!best)
    return [`no sentence points clearly anywhere: ${signal} is only the likeliest reading`];
  const sentence = quote(best.start, best.end);
  const first =
    sentence.length <= MAX_EVIDENCE_CHARS
      ? sentence
      : (phrases[0] ?? sentence.slice(0, MAX_EVIDENCE_CHARS));
  return [first, ...new Set(phrases.filter((ph) => !first.includes(ph)))].slice(0, 4);
}

function looksEnglish(text: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range on purpose
  const ascii = !/[^\u0000-\u007f]/.test(text);
  // Mostly letters outside the Latin script (Cyrillic, CJK, Arabic, ...): not English.
  // (Plain ASCII text, most replies, skips the count.)
  if (!ascii) {
    const letters = text.match(/\p{L}/gu)?.length ?? 0;
    const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
    if (latin < letters / 2) return false;
  }
  // The opening of a reply is enough to tell its language. (In ASCII text the letters are
  // a-z: the same words as with \p{L}, found faster. A word starts where no letter stands
  // before it, so that no search starts again inside one.)
  const words =
    text
      .slice(0, LANGUAGE_SAMPLE_CHARS)
      .toLowerCase()
      .match(ascii ? /(?<![a-z'])[a-z']+/g : /(?<![\p{L}'])[\p{L}']+/gu) ?? [];
  let english = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH_WORDS.has(w)) english++;
    else if (OTHER_LANGUAGE_WORDS.has(w)) other++;
  }
  return !(other >= MIN_OTHER_LANGUAGE_WORDS && other > english);
}
