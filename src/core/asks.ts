/**
 * What a reply asks of you, when it asks something: your availability, references,
 * documents, or a question of its own. A reply that asks is answered, not chased: the
 * planner turns it into a "reply to them" action instead of a check-in. Pure.
 */

/** Words that ask for your time. */
const AVAILABILITY =
  /\b(your availability|availabilit(y|ies) (for|next|this)|when (are|would|will) you be (free|available)|are you (free|available)|would you be (free|available)|what (times?|days?|dates?) (work|suit|would work)|times? that (work|suit)|(slots?|times?) (for|to) (a |an )?(call|chat|meeting|interview|talk)|(pick|choose|book|schedule) a (time|slot))\b/i;
/** Words that ask for people who can vouch for you. */
const REFERENCES = /\b(references?|referees?)\b/i;
/** Words that ask for papers. */
const DOCUMENTS =
  /\b(send|share|provide|forward|upload|submit|attach|fill (in|out)|complete|sign)\b[^.?!\n]{0,60}?\b(portfolio|transcripts?|work samples?|writing samples?|r[ée]sum[ée]|cv|documents?|forms?|paperwork|certificates?|identification|passport|salary expectations|code samples?)\b/i;
/**
 * A sentence that ends in a question mark, read from the start of a sentence only (the
 * lookbehind), so that no stretch of text is scanned twice.
 */
const QUESTION = /(?<![^.!?\n])[^.!?\n]*\?/g;
const ADDRESSED_TO_YOU = /\byour?\b/i;

/** Whether a question is put to you ("Could you...?", "Do you have...?"). */
const asksYou = (text: string) =>
  (text.match(QUESTION) ?? []).some((q) => ADDRESSED_TO_YOU.test(q));

/**
 * What the text asks of you, as words for a sentence ("your availability"), or null when it
 * asks nothing.
 *
 * @example
 * whatTheyAsk("We'd like you to come in for a final round; what's your availability?") // "your availability"
 * whatTheyAsk("Could you send two references by Friday?") // "your references"
 * whatTheyAsk("We'll be in touch about next steps.") // null
 */
export function whatTheyAsk(text: string | null): string | null {
  if (text === null || text.trim() === "") return null;
  if (AVAILABILITY.test(text)) return "your availability";
  if (REFERENCES.test(text)) return "your references";
  const doc = DOCUMENTS.exec(text);
  if (doc) {
    const what = doc[3]!.toLowerCase();
    return /^(forms?|paperwork|documents?)$/.test(what) ? `the ${what}` : `your ${what}`;
  }
  if (asksYou(text)) return "an answer to their question";
  return null;
}
