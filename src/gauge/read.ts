/**
 * What the gauge's model sees in a reply: its sentences, and in each the words (with the
 * ones a negation governs marked "not_"), word pairs, and the lexicon's phrases (./lexicon.ts)
 * that speak, set aside when a negation or an "if" governs them.
 *
 * Everything here takes time in proportion to the text: one pass over the words, and the
 * lexicon's patterns (all bounded) run once over the whole text.
 */
import type { Signal } from "../core/types.js";
import { HEDGE, LEXICON, lowerCase, NEGATION, rulesToRun } from "./lexicon.js";

/** Signals whose phrases an "if" makes conditional ("if you are shortlisted, ..."). */
const HEDGED: ReadonlySet<Signal> = new Set(["next-step", "offer", "encouraging"]);

/** A phrase of the lexicon found in a sentence. */
export interface Hit {
  readonly rule: number;
  readonly signal: Signal;
  readonly weight: number;
  /** A negation ("not", "no longer", "unable to") or a hedge ("if") governs it. */
  readonly negated: boolean;
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Names of the features the sentence holds. */
  readonly features: readonly string[];
  readonly hits: readonly Hit[];
}

/** Where sentences end: a full stop, "!" or "?" before a space, or a line break. */
const SENTENCE_END = /(?<![.!?])[.!?]+(?=\s|$)|\n+/g;

/** Sentences longer than this are read in pieces of this size (real ones are far shorter). */
const MAX_SENTENCE_CHARS = 400;

/** The spans of a text's sentences, in order. */
function sentenceSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const push = (start: number, end: number) => {
    for (let s = start; s < end; s += MAX_SENTENCE_CHARS) {
      const e = Math.min(end, s + MAX_SENTENCE_CHARS);
      if (/\S/.test(text.slice(s, e))) spans.push({ start: s, end: e });
    }
  };
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    push(from, m.index + m[0].length);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return spans;
}

/** Words that put the words after them under a negation, up to the next punctuation. */
const NEGATORS: ReadonlySet<string> = new Set([
  "not",
  "no",
  "never",
  "cannot",
  "unable",
  "without",
  "nor",
  "neither",
  "nothing",
  "none",
  "unfortunately",
]);

/** Words that end a negation's reach before the punctuation does. */
const SCOPE_ENDS: ReadonlySet<string> = new Set([
  "but",
  "however",
  "although",
  "though",
  "while",
  "whereas",
  "if",
  "and",
]);

/** Words that make the rest of their sentence conditional: "if you are shortlisted, ...". */
const CONDITIONALS: ReadonlySet<string> = new Set(["if", "unless", "whether"]);

/** How many words a negation governs at most. */
const NEGATION_REACH = 6;

const TOKEN = /[a-z0-9]+(?:'[a-z]+)?|[,;:()]/g;

/**
 * A sentence's words, lower case, contractions of "not" split off ("won't" -> "will not"),
 * the words a negation governs marked "not_", the words after an "if" marked "if_".
 *
 * @example
 * markedWords("We won't be moving forward, sadly.") // ["we", "will", "not", "not_be", "not_moving", "not_forward", "sadly"]
 * markedWords("If you are shortlisted, we will call") // ["if", "if_you", "if_are", "if_shortlisted", "if_we", "if_will", "if_call"]
 */
function markedWords(sentence: string): string[] {
  const out: string[] = [];
  let reach = 0;
  let conditional = false;
  for (const raw of sentence.toLowerCase().replace(/[’‘]/g, "'").match(TOKEN) ?? []) {
    if (raw.length === 1 && ",;:()".includes(raw)) {
      reach = 0;
      continue;
    }
    for (const w of splitNot(raw)) {
      if (SCOPE_ENDS.has(w)) reach = 0;
      const marked = reach > 0 ? `not_${w}` : w;
      out.push(conditional ? `if_${marked}` : marked);
      if (reach > 0) reach--;
      if (NEGATORS.has(w)) reach = NEGATION_REACH;
      if (CONDITIONALS.has(w)) conditional = true;
    }
  }
  return out;
}

function splitNot(word: string): readonly string[] {
  if (!word.endsWith("n't")) return [word];
  if (word === "won't") return ["will", "not"];
  if (word === "can't") return ["can", "not"];
  return [word.slice(0, -3), "not"];
}

/**
 * The lexicon's phrases in a text, with a negation or hedge before them marked. `rules` are
 * the rules to run: by default only those that can match (`rulesToRun`, the fast path); the
 * tests pass every rule to check that it finds the same.
 */
export function lexiconHits(text: string, rules?: readonly number[]): Hit[] {
  const hits: Hit[] = [];
  const lower = lowerCase(text);
  for (const i of rules ?? rulesToRun(lower)) {
    const rule = LEXICON[i]!;
    // exec in a loop, not matchAll: matchAll copies the pattern at every call, which costs more
    // than the matching.
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(lower); m; m = rule.re.exec(lower)) {
      const before = clauseBefore(text, m.index);
      const negated =
        rule.negatable === true &&
        (NEGATION.test(before) || (HEDGED.has(rule.signal) && HEDGE.test(before)));
      hits.push({
        rule: i,
        signal: rule.signal,
        weight: rule.weight,
        negated,
        start: m.index,
        end: m.index + m[0].length,
      });
    }
  }
  return hits;
}

/** The words before a match in its sentence, at most 60 characters of them. */
function clauseBefore(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - 60), index);
  const cut = Math.max(
    before.lastIndexOf("."),
    before.lastIndexOf("!"),
    before.lastIndexOf("?"),
    before.lastIndexOf("\n"),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/**
 * The reply's sentences with their features: `w:` a word, `b:` a pair of words, `r:` a
 * phrase of the lexicon (by its rule's number), `n:` a signal a negated phrase would point to ("we will not be moving forward" negates a next
 * step, which is itself a sign of a no).
 */
export function readSentences(text: string): Sentence[] {
  const hits = lexiconHits(text).sort((a, b) => a.start - b.start);
  let next = 0;
  return sentenceSpans(text).map(({ start, end }) => {
    const words = markedWords(text.slice(start, end));
    const features = words.map((w) => `w:${w}`);
    for (let i = 1; i < words.length; i++) features.push(`b:${words[i - 1]} ${words[i]}`);
    const own: Hit[] = [];
    for (; next < hits.length && hits[next]!.start < end; next++) own.push(hits[next]!);
    for (const h of own) features.push(h.negated ? `n:${h.signal}` : `r:${h.rule}`);
    return { start, end, features, hits: own };
  });
}
