/**
 * Dates in a reply: the day the employer expects to decide ("we hope to decide by Friday")
 * and, in an out-of-office reply, the day its sender is back.
 *
 * chrono-node reads the dates; this module decides which of them is about the decision,
 * and resolves the phrases chrono reads differently from how people mean them:
 * - "by the end of next week": chrono gives the Saturday; people mean the end of the working
 *   week, the Friday.
 * - "next week" / "this week": chrono gives a day a week from now; as a deadline it means the
 *   end of that working week, the Friday.
 * - "early next month", "mid-December", "late January": chrono gives one month later, same day
 *   (or the 1st); a range means its end: early = the 10th, mid = the 20th, late = the last day.
 * - "in a week or two", "in two to three weeks": the longer of the two.
 * Everything is computed on calendar days in the application's zone.
 */
import type * as ChronoEn from "chrono-node/en";
import * as chrono from "chrono-node/en";
import { addDays, addMonths, dateInZone, weekday, zoneOffsetMs } from "../time/index.js";

export interface ReplyDates {
  readonly decisionBy: string | null;
  readonly decisionPhrase: string | null;
  readonly returnOn: string | null;
  readonly returnPhrase: string | null;
}

export interface DateContext {
  readonly receivedMs: number;
  readonly zone: string;
}

interface Found {
  readonly date: string;
  /** The words as they stand in the sentence, with a leading "by"/"before"/"until". */
  readonly phrase: string;
  readonly index: number;
  readonly end: number;
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH_RE =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

const NUMBER_WORDS: Readonly<Record<string, number>> = Object.freeze({
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  couple: 2,
  few: 3,
});

function toNumber(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/** Words that make a sentence about the employer's decision. */
const DECISION_CUE =
  /\b(?:decid\w*|decision|desicion|decison|hear (?:back )?from|hear back|get back to you|getting back to you|come back to you|back to you|update|news|know more|notify|notif\w+|contact (?:you|all candidates|candidates)|more information|(?:have|get|give) (?:something|more|news|an answer) (?:for|to) you|let you know|keep you posted|outcome|feedback|answer|finali[sz]\w*|wrap(?:ping)? up|conclude|be in touch|reach out|make (?:a|our|the) (?:call|choice|selection|decision)|final word|respond to you|inform you|confirm|next steps?|verdict|selection)\b/i;

/** Words that make a sentence about the sender's absence (out-of-office). */
const RETURN_CUE =
  /\b(?:back|return\w*|out of (?:the )?office|ooo|away|on (?:annual |parental |maternity |paternity |sick )?leave|leave until|vacation|holiday|travell?ing|off until|until|through|till|unavailable)\b/i;

/**
 * What may stand just before a date without making it a decision date: the interview, a
 * start date, a deadline for the candidate ("let us know your availability by Friday").
 */
const NOT_DECISION_BEFORE =
  /\b(?:interview\w*|(?<!make (?:a|the|our) )call|meeting|meet(?:ing)?|chat|onsite|on-site|visit|start(?:ing|s)?|start date|join(?:ing)?|first day|onboarding|expires?|valid|sign(?:ed)?|availability|available|slot|scheduled?|booked|let us know|send (?:us|me|over)|reply|respond|submit|complete|return (?:the|it|your)|since|last|ago|spoke|met|applied|posted|travel\w*|out|away|off)\b(?:\s+[\w,']+){0,3}\s*$/i;

/** What makes a date a deadline (preferred over a bare date in the same sentence). */
const DEADLINE_BEFORE =
  /\b(?:by|before|within|no later than|not later than|until|till|in|over|around|on or before|sometime|early|mid|late|end of|the end of)\s*(?:the\s+)?$/i;

const LEAD_WORDS =
  /(?:\b(?:by|before|within|no later than|on or before|until|till|around|on|in|over)\s+(?:the\s+)?)$/i;

/**
 * Finds the decision date and the return date in a reply (already stripped of quotes and
 * signature).
 *
 * @example
 * readDates("We hope to decide by the end of next week.", {
 *   receivedMs: Date.parse("2026-11-18T18:02:00Z"), // Wed 18 Nov
 *   zone: "America/Denver",
 * }) // { decisionBy: "2026-11-27" (Fri), decisionPhrase: "by the end of next week", ... }
 */
export function readDates(text: string, ctx: DateContext): ReplyDates {
  if (!MIGHT_HAVE_DATE.test(text)) return NO_DATES;
  const today = dateInZone(ctx.receivedMs, ctx.zone);
  let decision: Found | null = null;
  let decisionRank = -1;
  let back: Found | null = null;
  let backRank = 0;
  for (const sentence of sentences(text)) {
    if (!MIGHT_HAVE_DATE.test(sentence)) continue;
    const isDecision = DECISION_CUE.test(sentence);
    const isReturn = RETURN_CUE.test(sentence);
    if (!isDecision && !isReturn) continue;
    const found = findDates(sentence, today, ctx).filter((f) => f.date >= today);
    for (const f of found) {
      const before = sentence.slice(Math.max(0, f.index - 60), f.index);
      if (isDecision && !NOT_DECISION_BEFORE.test(before)) {
        const rank =
          DEADLINE_BEFORE.test(before) ||
          /^(?:by|before|within|in|until|early|mid|late|end|the end|next|this|later)\b/i.test(
            f.phrase,
          )
            ? 2
            : 1;
        if (rank > decisionRank) {
          decision = f;
          decisionRank = rank;
        }
      }
      const rank = isReturn ? returnRank(sentence, f) : 0;
      if (rank > backRank) {
        // "out through Friday": Friday is the last day away; they are back the day after.
        back =
          /\b(?:through|thru)\s+$/i.test(sentence.slice(Math.max(0, f.index - 12), f.index)) ||
          /^(?:through|thru)\b/i.test(f.phrase)
            ? { ...f, date: addDays(f.date, 1) }
            : f;
        backRank = rank;
      }
    }
  }
  return {
    decisionBy: decision?.date ?? null,
    decisionPhrase: decision?.phrase ?? null,
    returnOn: back?.date ?? null,
    returnPhrase: back?.phrase ?? null,
  };
}

const NO_DATES: ReplyDates = Object.freeze({
  decisionBy: null,
  decisionPhrase: null,
  returnOn: null,
  returnPhrase: null,
});

const MIGHT_HAVE_DATE = new RegExp(
  `\\d|\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\b|\\b(?:tomorrow|tonight|today|week|weeks|month|days|fortnight|eow|eod|cob)\\b|\\b${MONTH_RE}\\b`,
  "i",
);

/**
 * The words of which `OWN_RULES` need one at least ("week", "month", a month's name, "days",
 * "fortnight"): one pattern finds them, where the thirteen rules would each look in vain.
 */
export const OWN_RULE_WORD = new RegExp(
  `\\b(?:weeks?|eow|month|days?|fortnight|${MONTH_RE})\\b`,
  "i",
);

/**
 * How surely a date is the day the sender is back: 2 right after "back", "return", "until",
 * "through"; 1 elsewhere in a sentence about being away; 0 after "from", "since" (the start
 * of the absence).
 */
function returnRank(sentence: string, f: Found): number {
  // The phrase may start with its own lead word ("until Monday"): count it as context.
  const lead = /^(?:until|till|through|thru|by|on|in|before|within|around|over)\b\s*/i.exec(
    f.phrase,
  );
  const before = `${sentence.slice(Math.max(0, f.index - 50), f.index)}${lead ? `${lead[0].trim()} ` : ""}`;
  if (/\b(?:back|return\w*)\b(?:\s+[\w,'/]+){0,4}\s*$/i.test(before)) return 3;
  if (/\b(?:until|till|through|thru)\s+$/i.test(before)) return 2;
  if (/\b(?:from|since|starting|beginning|as of)\s+$/i.test(before)) return 0;
  return /\b(?:away|leave|office|holiday|vacation|off|ooo)\b/i.test(before) ? 1 : 0;
}

function sentences(text: string): string[] {
  // A full stop after an abbreviation of a month or weekday ("Dec. 4") does not end a sentence.
  return text
    .split(/(?<![A-Z][a-z]{2})(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** The dates in one sentence: this module's own phrases first, then chrono for the rest. */
function findDates(sentence: string, today: string, ctx: DateContext): Found[] {
  const own = ownPhrases(sentence, today);
  const taken = (i: number, j: number) => own.some((f) => i < f.end && j > f.index);
  // chrono costs tens of microseconds a sentence: skip it when nothing date-like is left.
  let rest = sentence;
  for (const f of own)
    rest = rest.slice(0, f.index) + " ".repeat(f.end - f.index) + rest.slice(f.end);
  if (own.length > 0 && !MIGHT_HAVE_DATE.test(rest)) return own;
  const results = chronoParse(sentence, ctx);
  const fromChrono: Found[] = [];
  for (const r of results) {
    const start = r.index;
    const stop = r.index + r.text.length;
    if (taken(start, stop)) continue;
    const s = r.start;
    // A month alone ("in December") or a time alone ("at 3pm") is not a day.
    if (
      !s.isCertain("day") &&
      !s.isCertain("weekday") &&
      !/\b(?:days?|weeks?|fortnight)\b/i.test(r.text)
    )
      continue;
    let date = ymd(s.get("year")!, s.get("month")!, s.get("day")!);
    // "over the next couple of weeks", "from Mon 23 to Fri 27 Nov": a range means its end.
    if (r.end?.isCertain("day"))
      date = ymd(r.end.get("year")!, r.end.get("month")!, r.end.get("day")!);
    fromChrono.push(withLead(sentence, { date, phrase: r.text, index: start, end: stop }));
  }
  return [...own, ...fromChrono].sort((a, b) => a.index - b.index);
}

/**
 * chrono's parts that read times of day and time zones, which the gauge never uses (it
 * wants calendar days): leaving them out halves chrono's time per sentence and gives the same
 * days. Matched by class name, so a renamed class only costs speed, never correctness.
 */
const UNUSED_PARSERS = new Set([
  "ENTimeExpressionParser",
  "ENCasualTimeParser",
  "ENTimeUnitAgoFormatParser",
]);
const UNUSED_REFINERS = new Set([
  "ExtractTimezoneAbbrRefiner",
  "ExtractTimezoneOffsetRefiner",
  "ENMergeDateTimeRefiner",
]);

function dayParser(): ChronoEn.Chrono {
  const parser = chrono.casual.clone();
  parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name));
  parser.refiners = parser.refiners.filter((r) => !UNUSED_REFINERS.has(r.constructor.name));
  return parser;
}

let chronoParser: ChronoEn.Chrono | undefined;
/** The zone's offset at one instant, in minutes. */
function offsetMinutesAt(ms: number, zone: string): number {
  return zoneOffsetMs(ms, zone) / 60_000;
}

function chronoParse(sentence: string, ctx: DateContext): ChronoEn.ParsedResult[] {
  chronoParser ??= dayParser();
  const offsetMinutes = offsetMinutesAt(ctx.receivedMs, ctx.zone);
  // `new Date(ms)` is the received instant, not the clock: chrono wants a Date.
  return chronoParser.parse(
    sentence,
    { instant: new Date(ctx.receivedMs), timezone: offsetMinutes },
    { forwardDate: true },
  );
}

function withLead(sentence: string, f: Found): Found {
  const lead = LEAD_WORDS.exec(sentence.slice(Math.max(0, f.index - 20), f.index));
  if (!lead || /^(?:by|before|within|until|till|in|no later than|on or before)\b/i.test(f.phrase))
    return f;
  return {
    ...f,
    phrase: `${lead[0]}${f.phrase}`.replace(/\s+/g, " "),
    index: f.index - lead[0].length,
  };
}

function ymd(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** The Friday of the working week `weeksAhead` weeks after the one `today` falls in. */
function fridayOf(today: string, weeksAhead: number): string {
  const wd = weekday(today); // 1 Mon .. 7 Sun
  // On a weekend "this week" is already over: the coming week is meant.
  const thisFriday = wd <= 5 ? addDays(today, 5 - wd) : addDays(today, 12 - wd);
  return addDays(thisFriday, 7 * weeksAhead - (wd > 5 && weeksAhead > 0 ? 7 : 0));
}

function weekdayOf(today: string, weeksAhead: number, isoWeekday: number): string {
  return addDays(fridayOf(today, weeksAhead), isoWeekday - 5);
}

function lastDayOfMonth(yearMonth: string): string {
  return addDays(addMonths(`${yearMonth}-01`, 1), -1);
}

/** The first day of the named month, this year or next (never a past month). */
function monthAhead(today: string, monthIndex: number): string {
  const year = Number(today.slice(0, 4));
  const thisMonth = Number(today.slice(5, 7)) - 1;
  return ymd(monthIndex < thisMonth ? year + 1 : year, monthIndex + 1, 1);
}

/** Where in a range a word points: its end. */
function endOfPart(part: string, firstOfMonth: string): string {
  const p = part.toLowerCase();
  if (/^(?:early|beginning|start)/.test(p)) return `${firstOfMonth.slice(0, 8)}10`;
  if (/^(?:mid|middle)/.test(p)) return `${firstOfMonth.slice(0, 8)}20`;
  return lastDayOfMonth(firstOfMonth.slice(0, 7));
}

export interface OwnRule {
  readonly re: RegExp;
  readonly resolve: (m: RegExpExecArray, today: string) => string | null;
}

const PART =
  "(early|mid|middle of|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of)";

/** The date phrases this module reads itself (exported for its tests). */
export const OWN_RULES: readonly OwnRule[] = [
  {
    re: /\b(?:by |before |at |until |towards )?(?:the )?end of next week\b|\bnext week'?s end\b/gi,
    resolve: (_m, today) => fridayOf(today, 1),
  },
  {
    re: /\b(?:by |before |at |until |towards )?(?:the )?(?:end of (?:the |this )?(?:working |work )?week|week'?s end)\b|\b(?:by )?EOW\b/gi,
    resolve: (_m, today) => fridayOf(today, 0),
  },
  {
    re: /\b(?:by |in )?early next week\b|\b(?:by )?the beginning of next week\b|\b(?:by )?the start of next week\b/gi,
    resolve: (_m, today) => weekdayOf(today, 1, 2),
  },
  {
    re: /\b(?:by |in )?(?:mid|the middle of)[- ]next week\b/gi,
    resolve: (_m, today) => weekdayOf(today, 1, 3),
  },
  {
    re: /\b(?:sometime |some time |by |during |over )?(?:later )?next week\b/gi,
    resolve: (_m, today) => fridayOf(today, 1),
  },
  {
    re: /\b(?:sometime |some time |by |before |later )?this week\b/gi,
    resolve: (_m, today) => fridayOf(today, 0),
  },
  {
    re: new RegExp(`\\b(?:by |in |around |before )?${PART}[- ]next month\\b`, "gi"),
    resolve: (m, today) => endOfPart(m[1]!, `${addMonths(today, 1).slice(0, 8)}01`),
  },
  {
    re: /\b(?:by |in |sometime )?next month\b/gi,
    resolve: (_m, today) => lastDayOfMonth(addMonths(today, 1).slice(0, 7)),
  },
  {
    re: /\b(?:by |before |at )?(?:the )?end of (?:the |this )month\b|\blater this month\b|\bbefore the month is out\b/gi,
    resolve: (_m, today) => lastDayOfMonth(today.slice(0, 7)),
  },
  {
    re: new RegExp(`\\b(?:by |in |around |before )?${PART}[- ]${MONTH_RE}\\b`, "gi"),
    resolve: (m, today) => endOfPart(m[1]!, monthAhead(today, monthIndex(m[2]!))),
  },
  {
    // "in a week or two", "within two to three weeks", "in 7-10 days": the longer.
    re: /\b(?:in|within|over)\s+(?:the next\s+)?(?:a|an|one|two|three|four|five|six|\d+)\s*(?:or|to|-|–)\s*(two|three|four|five|six|\d+)\s+(days?|weeks?)\b/gi,
    resolve: (m, today) => addDays(today, toNumber(m[1]!) * (/^week/i.test(m[2]!) ? 7 : 1)),
  },
  {
    // "in a week or two", "within a day or two": the longer.
    // "in two weeks or so": about the first.
    re: /\b(?:in|within|over)\s+(?:the next\s+)?(a|an|one|two|three|four|five|six|\d+)\s+(days?|weeks?)\s+or\s+(two|three|four|five|six|so|\d+)\b/gi,
    resolve: (m, today) => {
      const n = m[3]!.toLowerCase() === "so" ? toNumber(m[1]!) : toNumber(m[3]!);
      return addDays(today, n * (/^week/i.test(m[2]!) ? 7 : 1));
    },
  },
  {
    re: /\b(?:in|within|over)\s+(?:the next\s+)?(?:a\s+)?fortnight\b/gi,
    resolve: (_m, today) => addDays(today, 14),
  },
];

function monthIndex(word: string): number {
  const w = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((m) => m.startsWith(w));
}

function ownPhrases(sentence: string, today: string): Found[] {
  const out: Found[] = [];
  // The fast path: without one of the words they need, none of the rules can match.
  if (!OWN_RULE_WORD.test(sentence)) return out;
  for (const rule of OWN_RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(sentence); m; m = rule.re.exec(sentence)) {
      const index = m.index;
      const end = index + m[0].length;
      if (out.some((f) => index < f.end && end > f.index)) continue;
      const date = rule.resolve(m, today);
      if (date) out.push(withLead(sentence, { date, phrase: m[0].trim(), index, end }));
    }
  }
  return out;
}
