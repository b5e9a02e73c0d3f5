/**
 * The gauge learns from its user: a reply they labelled (recorded with a signal, or
 * corrected to one) is an example, and a later reply that reads almost the same (the same
 * words and word pairs, names and company aside) reads the way they said, with the reason
 * ("reads like the reply you marked as a brush-off on Thu 3 Dec"). The examples are the
 * user's own, from their own log: what one user teaches the gauge reads no one else's mail.
 */
import { replyReadPart } from "../core/limits.js";
import { labelledReplyEvents } from "../core/text/plan-text.js";
import type { ReadReply, ReplyReading, Signal, TimelineEvent } from "../core/types.js";
import { dateInZone, formatDay, parseDateTime } from "../time/index.js";
import {
  type GaugeContext,
  gaugeRead,
  type ReadBody,
  readBody,
  readingAs,
  replyReading,
} from "./index.js";

/** A reply the user labelled. */
export interface LabelledReply {
  readonly text: string;
  readonly signal: Signal;
  /** When it arrived, epoch milliseconds, and the zone its day is told in. */
  readonly atMs: number;
  readonly zone: string;
}

/**
 * How alike two replies must be (the cosine of their sets of words and word pairs) for the
 * user's label of one to decide the other: high enough that only a reply written from the
 * same template, or nearly word for word, qualifies.
 */
export const MIN_LIKENESS = 0.7;

/** The labelled replies of a log: replies with both a text and the user's signal. */
export function labelledReplies(
  events: readonly TimelineEvent[],
  defaultZone: string,
): LabelledReply[] {
  const zones = new Map<string, string>();
  for (const e of events) if (e.type === "application") zones.set(e.app, e.timezone ?? defaultZone);
  const out: LabelledReply[] = [];
  for (const e of events) {
    if (e.type !== "reply" || e.signal === undefined || !e.text?.trim()) continue;
    const zone = zones.get(e.app) ?? defaultZone;
    const atMs = parseDateTime(e.at, zone);
    // Planning reads this much of every reply, the user's examples included.
    if (atMs !== null) out.push({ text: replyReadPart(e.text), signal: e.signal, atMs, zone });
  }
  return out;
}

/**
 * A reader that reads like the gauge, except where a reply is nearly the same as one the
 * user labelled: then the user's label wins, and the evidence says which reply it follows.
 *
 * @example
 * const read = learningReader([{ text: "Thanks! We'll keep you posted.", signal: "brush-off", atMs, zone }]);
 * read("Thanks! We'll keep you posted, Sam.", ctx).evidence[0]
 * // "reads like the reply you marked as a brush-off on Thu 3 Dec"
 */
export function learningReader(examples: readonly LabelledReply[]): ReadReply {
  // The examples' words are read once, on first use.
  let known: { readonly words: ReadonlySet<string>; readonly example: LabelledReply }[] | null =
    null;
  return (text: string, ctx: GaugeContext): ReplyReading => {
    // Read once: for the gauge and for the likeness to the examples.
    const read = readBody(text, ctx);
    const result = gaugeRead(read);
    if (examples.length === 0) return replyReading(result);
    known ??= examples.map((example) => ({
      words: wordsOf(readBody(example.text, { receivedMs: example.atMs, zone: example.zone })),
      example,
    }));
    const words = wordsOf(read);
    let best: (typeof known)[number] | null = null;
    let bestLikeness = MIN_LIKENESS;
    for (const k of known) {
      const likeness = cosine(words, k.words);
      // The latest label wins among equally close ones: the user's mind may have changed.
      if (likeness >= bestLikeness) {
        best = k;
        bestLikeness = likeness;
      }
    }
    if (!best) return replyReading(result);
    const { signal, atMs, zone } = best.example;
    const reading = readingAs(result, signal);
    return Object.freeze({
      ...replyReading(reading),
      confidence: Math.round(bestLikeness * 100) / 100,
      evidence: Object.freeze([
        `reads like the reply you marked as ${MARKED_AS[signal]} on ${formatDay(dateInZone(atMs, zone))}`,
      ]),
    });
  };
}

/**
 * The reader `hearback plan --timeline` plans with: taught by the labels the file gives its
 * replies, as the labels in the store teach the agenda's.
 */
export function timelineReader(text: string, defaultZone: string): ReadReply {
  return learningReader(labelledReplies(labelledReplyEvents(text), defaultZone));
}

function wordsOf(read: ReadBody): ReadonlySet<string> {
  const words = new Set<string>();
  for (const f of read.features.keys()) if (f.startsWith("w:") || f.startsWith("b:")) words.add(f);
  return words;
}

function cosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let both = 0;
  for (const x of a) if (b.has(x)) both++;
  return both / Math.sqrt(a.size * b.size);
}

const MARKED_AS: Readonly<Record<Signal, string>> = Object.freeze({
  offer: "an offer",
  "next-step": "a next step",
  encouraging: "encouraging",
  "still-deciding": "still deciding",
  "brush-off": "a brush-off",
  rejection: "a rejection",
  "out-of-office": "an out-of-office reply",
});
