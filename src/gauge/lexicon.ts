/**
 * The gauge's lexicon: phrases that point to one of the seven signals, each with a weight.
 * Written as regular expressions so that one rule covers the British and American forms and
 * the common typos ("unfortunatly", "desicion", "recieved", "foward") of a phrase.
 *
 * Weights: 3 = says it outright ("we'd like to offer you the role"), 2 = a strong sign,
 * 1 = a hint that only counts with others. A rule marked `negatable` does not count when a
 * negation stands just before it ("we are NOT able to move forward").
 */
import type { Signal } from "../core/types.js";

export interface LexiconRule {
  readonly signal: Signal;
  readonly weight: number;
  /**
   * Finds every place the phrase stands, in text lower-cased by `lowerCase` (case-sensitive
   * patterns on lower-cased text run faster than case-insensitive ones).
   */
  readonly re: RegExp;
  readonly negatable?: boolean;
  /**
   * Words of which at least one stands, whole, in every text the pattern matches (none: the
   * rule always runs). They make the lexicon's fast path (`rulesToRun`). `lexicon.test.ts`
   * checks every rule's keys against texts generated from its pattern.
   */
  readonly keys: readonly string[];
}

const r = (
  signal: Signal,
  weight: number,
  keys: readonly string[],
  re: RegExp,
  negatable = false,
): LexiconRule =>
  Object.freeze({
    signal,
    weight,
    keys: Object.freeze(keys),
    re: new RegExp(re.source, "g"),
    negatable,
  });

/** Lower case, letter for letter: positions in it are positions in the text. */
export function lowerCase(text: string): string {
  return text.replace(/[A-Z\u00C0-\u00DE]+/g, (m) => m.toLowerCase());
}

// Typo-tolerant stems, shared by several rules.
// Bounded stems only ("unfortun" and up to six letters before "ly"): an unbounded `\w*` in the
// middle of a word backtracks over a long word in quadratic time.
const UNFORTUNATELY = "unfortun[a-z]{0,6}ly|regrettably|sadly";
/** "don't", "wouldn't", ...: the contractions of "not", listed (a `\w+n't` backtracks over long words). */
const NT =
  "(?:do|does|did|is|are|was|were|has|have|had|wo|would|ca|could|should|must|need|might)n't";
const DECISION = "(?:decision|desicion|decison|descision|decission)";
/** The words `${DECISION}s?` matches, as keys. */
const DECISION_WORDS = ["decision", "desicion", "decison", "descision", "decission"].flatMap(
  (w) => [w, `${w}s`],
);
const FORWARD = "(?:forward|foward|forwards)";
const CANDIDATE =
  "(?:candidates?|applicants?|individuals?|people|persons?|profiles?|someone|somebody)";

export const LEXICON: readonly LexiconRule[] = Object.freeze([
  /* Added after reading the errors on the train part of the second hand-written batch. */
  r(
    "next-step",
    3,
    ["times", "slots", "dates", "which", "would", "invite"],
    /\b(?:send|share|suggest|give me|let me know)\s+(?:me\s+|us\s+)?(?:a few|some|your|any)\s+(?:times|slots|dates)\b|\bwhich (?:is|works|would be) (?:better|best) for you\b|\b(?:has|have) (?:some |a few )?slots\b|\bwould you be (?:up for|open to|free for|available for)\b|\b(?:send|sending) (?:you )?(?:an|a calendar|the) invite\b|\bcalendar invite\b/i,
    true,
  ),
  r(
    "next-step",
    3,
    ["interview", "call", "exercise", "chat", "meeting", "session", "test", "challenge", "step"],
    /\b(?:would|'d) like (?:you )?to (?:do|have|set up|arrange|schedule|book)\b[^.!?]{0,40}\b(?:interview|call|exercise|chat|meeting|session|test|challenge)\b|\b(?:next|last|final) step (?:on our side |for you )?(?:is|would be|will be)\b/i,
    true,
  ),
  r(
    "encouraging",
    2,
    ["well", "best", "soon"],
    /\byou did (?:really |very |so |extremely )?well\b|\bone of the best\b|\b(?:talk|speak) again soon\b/i,
    true,
  ),
  r(
    "brush-off",
    3,
    ["update", "news", "respond"],
    /\b(?:don't|do not|doesn't) have (?:any|an) (?:update|news)\b|\bcannot respond to (?:individual|every|all|each)\b|\bunable to respond to (?:individual|every|all|each)\b/i,
  ),
  r(
    "brush-off",
    3,
    ["reach", "touch", "contact", "know", "back", "ping"],
    /\b(?:reach out|be in (?:touch|contact)|contact you|get in touch|let you know|get back to you|ping you)\s+(?:again\s+)?(?:if|should|in the event)\b/i,
  ),
  r(
    "brush-off",
    2,
    ["shortlisted", "selected", "successful", "match", "suitable"],
    /\bif (?:you are|you're|your (?:application|profile|skills|experience|background))\s+(?:\w+\s+)?(?:shortlisted|selected|successful|a match|suitable)\b/i,
  ),
  r("rejection", 3, ["offer", "regret"], /\b(?:unable|not able) to offer you\b|\bregret that\b/i),
  /* Added after reading the train split's errors (see data/gauge/README.md). */
  r(
    "next-step",
    3,
    ["meet", "see", "speak", "talk", "chat", "free", "available"],
    /\b(?:want|wants|would (?:love|like)|'d (?:love|like)|keen|eager)\s+to\s+(?:meet|see|speak (?:with|to)|talk (?:with|to)|chat with)\s+you\b|\bare you (?:free|available)\b/i,
    true,
  ),
  r(
    "encouraging",
    3,
    [
      "finalist",
      "finalists",
      "front",
      "frontrunner",
      "frontrunners",
      "shortlist",
      "shortlisted",
      "high",
      "rooting",
      "fingers",
    ],
    /\b(?:finalists?|front-?runners?|shortlist(?:ed)?|high on (?:our|the|my) (?:list|shortlist)|rooting for you|fingers crossed)\b/i,
    true,
  ),
  r(
    "encouraging",
    2,
    ["loved", "liked", "impressed", "enjoyed", "keen"],
    /\b(?:team|panel|everyone|we|they|i|interviewers?|manager|ceo|founders?)\s+(?:all\s+|really\s+|genuinely\s+|absolutely\s+|truly\s+)?(?:loved|liked|were impressed|was impressed|enjoyed|were (?:all )?(?:super |really |very )?keen on you)\b|\byou (?:really )?impressed\b|\b(?:super|really|very|so) keen on you\b/i,
    true,
  ),
  r(
    "encouraging",
    2,
    ["feedback"],
    /\bfeedback (?:was|has been|is|from [\w\s]{1,30} (?:was|has been))\s+(?:really |very |overwhelmingly |incredibly |so |all |extremely )?(?:positive|excellent|great|glowing|strong|fantastic)\b/i,
    true,
  ),
  r(
    "rejection",
    3,
    ["candidate", "applicant", "person", "someone", "somebody"],
    /\b(?:proceed|proceeding|move (?:forward|ahead)|moving (?:forward|ahead)|go|going|gone|went|continue|offered (?:the (?:role|position|job) )?to|hired|chose|chosen|selected)\s+(?:with\s+)?(?:(?:a|an|the other)\s+(?:\w+\s+)?(?:candidate|applicant|person)\s+(?:with|who|whose)|(?:someone|somebody|another person) (?:else|more|with|who|whose))\b/i,
  ),
  r(
    "rejection",
    3,
    ["pass", "passing", "no"],
    /\b(?:pass|passing) on (?:moving forward|your (?:application|candidacy)|this one|you)\b|\b(?:it's|it is) a no\b/i,
  ),
  r(
    "brush-off",
    3,
    ["need", "require", "want"],
    /\bif (?:we|i|the team) (?:need|require|want) (?:anything|something|more|further|any)\b/i,
  ),
  /* -------------------------------------------------------------- out-of-office */
  r(
    "out-of-office",
    3,
    ["out", "ooo", "away", "leave", "vacation", "holiday", "pto", "travelling", "traveling", "off"],
    /\b(?:i am|i'm|im|i will be|i'll be|currently)\s+(?:currently\s+)?(?:out of (?:the )?office|ooo|away from (?:the office|my desk)|on (?:annual |parental |maternity |paternity |sick |holiday )?leave|on (?:vacation|holiday|pto)|travell?ing|off work|out on)\b/i,
  ),
  r(
    "out-of-office",
    3,
    [
      "automatic",
      "auto",
      "autoreply",
      "autoresponse",
      "autoresponder",
      "automaticreply",
      "automaticresponse",
      "automaticresponder",
      "office",
    ],
    /\b(?:automatic|auto)[- ]?(?:reply|response|responder)\b|\bout of (?:the )?office(?: reply| message| notice)?:/i,
  ),
  r(
    "out-of-office",
    3,
    ["access"],
    /\b(?:with|have) (?:limited|no|intermittent) access to (?:my )?e-?mail\b/i,
  ),
  r(
    "out-of-office",
    2,
    ["return", "back"],
    /\b(?:will|i'll) (?:respond|reply|get back to you|read your (?:e-?mail|message)|be in touch) (?:to your (?:e-?mail|message) )?(?:when|once|upon) (?:i|my) (?:return|get back|am back|'m back)\b/i,
  ),
  r(
    "out-of-office",
    2,
    ["back", "return", "returning"],
    /\b(?:back in the office|returning to the office|return to the office|back at my desk|return on|returning on|back on)\b/i,
  ),
  r(
    "out-of-office",
    2,
    ["urgent", "immediate", "absence"],
    /\bfor (?:urgent|immediate) (?:matters|requests|queries|enquiries|inquiries|issues)\b|\bif (?:this|your (?:matter|request|query|enquiry)) is urgent\b|\bin my absence\b/i,
  ),
  r(
    "out-of-office",
    1,
    ["thank"],
    /\bthank you for your (?:e-?mail|message)\.?\s+i am (?:currently|presently)\b/i,
  ),

  /* ------------------------------------------------------------------ rejection */
  /* The common ways of saying no that name no object: "we're not moving forward at this time". */
  r(
    "rejection",
    3,
    ["forward", "foward", "forwards", "ahead", "further"],
    new RegExp(
      `\\b(?:not|${NT}|no longer|unable to|won't|will not)\\s+(?:be\\s+)?(?:able to\\s+)?(?:move|moving|proceed|proceeding|progress|progressing|go|going|advance|advancing|continue|continuing)\\s+(?:${FORWARD}|ahead|further)\\b`,
      "i",
    ),
  ),
  r(
    "rejection",
    3,
    ["longer", "filled", "offer", "extend", "progress", "proceed", "move"],
    /\bno longer (?:available|open|considering|being considered|under consideration|hiring for|recruiting for|pursuing|moving forward)\b|\b(?:have|'ve|has) (?:now )?filled (?:the|this|that) (?:role|position|vacancy|opening)\b|\b(?:unable|not able|not in a position) to (?:offer|extend|progress|proceed with|move forward with)\b/i,
  ),
  r(
    "rejection",
    3,
    [
      "move",
      "moving",
      "proceed",
      "proceeding",
      "progress",
      "progressing",
      "go",
      "going",
      "take",
      "taking",
      "advance",
      "advancing",
      "continue",
      "continuing",
    ],
    new RegExp(
      `\\b(?:not|${NT}|no longer|unable to|won't|will not)\\s+(?:be\\s+)?(?:able to\\s+)?(?:move|moving|proceed|proceeding|progress|progressing|go|going|take|taking|advance|advancing|continue|continuing)\\s+(?:${FORWARD}\\s+)?(?:with\\s+)?(?:your (?:application|candidacy|profile)|you|it|further|to the next)`,
      "i",
    ),
  ),
  r(
    "rejection",
    3,
    ["decided", "chosen", "chose", "opted", "elected", "made"],
    new RegExp(
      `\\b(?:decided|chosen|chose|opted|elected|made the (?:difficult |tough |hard )?${DECISION})\\s+to\\s+(?:move ${FORWARD}|proceed|go|continue|progress|pursue|focus)\\s+(?:with\\s+|on\\s+)?(?:an?other|other|different|more)\\b`,
      "i",
    ),
  ),
  r(
    "rejection",
    3,
    ["another", "aother", "other", "different", "internal", "more"],
    new RegExp(
      `\\b(?:pursue|pursuing|move ${FORWARD} with|moving ${FORWARD} with|proceed with|proceeding with|go with|going with|gone with|went with|selected|offered (?:the (?:role|position|job) )?to|hired|chosen|chose)\\s+(?:an?other|other|a different|different|an internal|a more|another)\\s+(?:\\w+\\s+){0,2}${CANDIDATE}`,
      "i",
    ),
  ),
  r(
    "rejection",
    3,
    ["regret", "sorry"],
    /\b(?:regret to (?:inform|let you know|advise|say)|we are sorry to (?:inform|let you know|say)|i'm sorry to (?:say|let you know|tell you|share))\b/i,
  ),
  r(
    "rejection",
    3,
    ["successful", "selected", "shortlisted", "chosen", "progressed", "unsuccessful"],
    new RegExp(
      `\\b(?:not|${NT}) (?:been )?(?:successful|selected|shortlisted|chosen|progressed)\\b|\\bunsuccessful\\b`,
      "i",
    ),
  ),
  r(
    "rejection",
    3,
    ["filled", "closed", "cancelled", "canceled", "withdrawn"],
    /\b(?:position|role|vacancy|job|opening|req(?:uisition)?)\s+(?:has|had|was|is)\s+(?:now\s+)?(?:been\s+)?(?:filled|closed|cancelled|canceled|withdrawn)\b/i,
  ),
  r(
    "rejection",
    3,
    ["extending", "making", "offering", "moving", "taking"],
    new RegExp(
      `\\b(?:will not|won't|are not|aren't|not be|${NT} be)\\s+(?:be\\s+)?(?:extending|making|offering|moving ahead|taking (?:your application|you|this) any further)\\b`,
      "i",
    ),
  ),
  r(
    "rejection",
    3,
    ["decided", "decision"],
    /\b(?:decided|decision) (?:not|against) (?:to )?(?:move|proceed|progress|pursue|offer|extend|hire)\w*\b/i,
  ),
  r(
    "rejection",
    2,
    [
      "fit",
      "match",
      "matches",
      "aligned",
      "alignment",
      "align",
      "suited",
      "suitable",
      "experience",
      "experienced",
    ],
    /\b(?:not the right (?:fit|match)|not a (?:fit|match)|isn't a (?:fit|match)|(?:was|is) not aligned|closer (?:fit|match|alignment)|more closely (?:match|matches|aligned|align)|better (?:fit|match|aligned|suited)|more (?:suited|suitable|relevant experience)|more experienced)\b/i,
  ),
  r(
    "rejection",
    2,
    ["wish", "wishing"],
    /\b(?:we wish you|i wish you|wishing you)\s+(?:(?:the\s+)?(?:very\s+)?(?:best|all the best|every success|luck|good luck|success)|well)\b[^.!?]{0,120}\b(?:search|future|endeavou?rs|career|next step)/i,
  ),
  r("rejection", 2, [], new RegExp(`\\b(?:${UNFORTUNATELY})\\b`, "i")),
  r(
    "rejection",
    2,
    ["decided", "chosen", "around", "occasion", "stage", "point", "time"],
    /\b(?:decided|chosen) not to\b|\bthis time around\b|\bon this occasion\b|\bat this (?:stage|point|time), we(?: will|'ll| have| are|'ve| won't)? not\b/i,
  ),
  r(
    "rejection",
    3,
    ["direction", "another"],
    /\b(?:(?:go|going|gone|went|move|moving|moved|head|heading)\s+in\s+a\s+different\s+direction|decided to go another way)\b/i,
  ),
  r(
    "rejection",
    2,
    ["no", "nope", "not", "sorry"],
    /^\W*(?:no|nope|sorry,? no|not at this (?:time|point|stage))\b/i,
  ),
  r(
    "rejection",
    1,
    ["after", "decided"],
    /\b(?:however|that said|but)\b,?\s+(?:after (?:careful|much|long)|we (?:have|'ve) decided|the team (?:has|have) decided)/i,
  ),
  r(
    "rejection",
    1,
    ["apply", "future"],
    /\bencourage you to apply (?:for|to) (?:future|other)\b|\bfuture (?:openings|opportunities|roles|positions|vacancies)\b/i,
  ),

  /* ---------------------------------------------------------------------- offer */
  r(
    "offer",
    3,
    ["offer"],
    /\b(?:pleased|delighted|thrilled|excited|happy|glad)\s+to\s+(?:formally\s+)?(?:offer|extend (?:you )?(?:an|a formal|a verbal|the) offer|make you an offer|confirm (?:your|our) offer)\b/i,
  ),
  r(
    "offer",
    3,
    ["offer"],
    /\b(?:like|love|want)\s+to\s+(?:formally\s+)?(?:offer you|extend (?:you )?(?:an|a|the) (?:formal |verbal |written )?offer|make you an offer)\b/i,
  ),
  r(
    "offer",
    3,
    ["offer"],
    /\b(?:offer letter|formal offer|written offer|verbal offer|offer of employment|employment offer|offer package|offer details|the offer (?:is|will be) attached)\b/i,
    true,
  ),
  r(
    "offer",
    3,
    ["welcome", "got", "yours"],
    /\b(?:welcome (?:you )?(?:to|aboard) the team|welcome aboard|you got the (?:job|role)|the (?:job|role|position) is yours)\b/i,
    true,
  ),
  r(
    "offer",
    2,
    ["compensation", "salary", "bonus", "equity", "stock"],
    /\b(?:compensation|base salary|signing bonus|sign-on bonus|equity|stock options|annual salary|salary of)\b/i,
  ),
  r(
    "offer",
    1,
    ["start", "starting", "accept", "acceptance", "countersign", "background"],
    /\b(?:start date|starting date|accept(?:ance)? the offer|countersign|background check)\b/i,
  ),

  /* ------------------------------------------------------------------ next-step */
  r(
    "next-step",
    3,
    [
      "invite",
      "inviting",
      "invitation",
      "like",
      "bring",
      "have",
      "progress",
      "progressing",
      "move",
      "moving",
      "advance",
      "advancing",
    ],
    /\b(?:invite|inviting|invitation for|like to have you|like you to|like to bring you|bring you back|have you back|have you in|progress(?:ing)? you|move you|moving you|advance you|advancing you)\b[^.!?]{0,60}\b(?:interview|round|stage|onsite|on-site|call|conversation|chat|meeting|panel|assessment|presentation|next step|team|office|in)\b/i,
    true,
  ),
  r(
    "next-step",
    3,
    ["round", "interview", "stage", "conversation", "call", "loop"],
    /\b(?:next|second|third|final|2nd|3rd|technical|panel|onsite|on-site|in-person|follow-up|final-round|culture|team)\s+(?:round|interview|stage|conversation|call|loop)\b/i,
    true,
  ),
  r(
    "next-step",
    3,
    ["schedule", "book", "arrange", "set", "line", "organise", "organize", "find"],
    /\b(?:schedule|book|arrange|set up|line up|organise|organize|find (?:a )?time for)\s+(?:(?:a|an|the|your|our|some)\s*)?(?:\w+\s+){0,2}(?:call|interview|chat|meeting|conversation|time|session|visit)\b/i,
    true,
  ),
  r(
    "next-step",
    3,
    ["availability", "free", "available", "calendly", "scheduling", "pick"],
    /\b(?:your|share your|send (?:me |us )?your|what is your|what's your|let (?:me|us) know your|confirm your)\s+availability\b|\bwhen (?:are|would) you (?:be )?(?:free|available)\b|\bcalendly\b|\bscheduling link\b|\bpick a (?:time|slot)\b/i,
  ),
  r(
    "next-step",
    3,
    ["take", "coding", "case", "assignment", "assessment", "sample"],
    /\b(?:take-home|take home|coding (?:exercise|challenge|test)|(?:complete|prepare|present|do|send you) (?:a|the|our) case study|assignment|skills assessment|work sample|assessment (?:link|centre|center))\b/i,
    true,
  ),
  r(
    "next-step",
    3,
    ["reference", "references", "referees"],
    /\b(?:reference checks?|references|referees)\b/i,
    true,
  ),
  r(
    "next-step",
    2,
    ["forward", "foward", "forwards", "ahead", "next"],
    new RegExp(
      `\\b(?:move|moving|take|taking|progress|progressing)\\s+(?:you\\s+|your application\\s+)?${FORWARD}\\b|\\bmove ahead with you\\b|\\bnext steps?\\b`,
      "i",
    ),
    true,
  ),
  r(
    "next-step",
    2,
    ["meet", "speak", "talk"],
    /\b(?:meet (?:with )?(?:the|our)|speak with (?:the|our)|talk to (?:the|our)|meet (?:some|a few) (?:of|more))\b/i,
    true,
  ),

  /* ---------------------------------------------------------------- encouraging */
  r(
    "encouraging",
    3,
    [],
    /\b(?:top|strong|leading|front-?runner|shortlisted|finalist|strongest)\s*(?:candidate|contender|choice|pick|of (?:our|the) list)\b|\bone of (?:our|the) (?:top|strongest|final|leading)\b|\bfront-?runner\b/i,
    true,
  ),
  r(
    "encouraging",
    2,
    ["enjoyed", "liked", "loved", "impressed", "excited", "keen", "enthusiastic", "thrilled"],
    /\b(?:really|truly|very much|so|thoroughly|genuinely|all)\s+(?:enjoyed|liked|loved|impressed)\b|\b(?:were|was|are|am|'re|'m|'s)\s+(?:very |really |so |genuinely |all |quite )?(?:impressed|excited|keen|enthusiastic|thrilled)\b/i,
    true,
  ),
  r(
    "encouraging",
    2,
    [
      "great",
      "excellent",
      "fantastic",
      "wonderful",
      "brilliant",
      "lovely",
      "strong",
      "positive",
      "glowing",
    ],
    /\b(?:great|excellent|fantastic|wonderful|brilliant|lovely|strong|positive|glowing)\s+(?:conversation|chat|interview|impression|feedback|fit|match|background|experience|candidate|energy|questions|discussion)\b/i,
    true,
  ),
  r(
    "encouraging",
    2,
    ["running", "contention", "consideration", "mix", "frame", "fit"],
    /\b(?:in the running|in contention|under (?:serious|active) consideration|very much in the (?:mix|frame)|(?:a great|a strong|a perfect|an excellent) fit)\b/i,
    true,
  ),
  r(
    "encouraging",
    1,
    ["keep", "news", "soon"],
    /\b(?:keep (?:you )?(?:posted|updated)|hope to (?:have|share) good news|speak (?:very )?soon|talk (?:very )?soon)\b/i,
  ),
  r(
    "encouraging",
    1,
    ["look", "looking", "excited", "keen", "enjoyed", "appreciated", "loved"],
    /\b(?:look(?:ing)? forward to|excited about|keen to|enjoyed|appreciated (?:your|the)|loved)\b/i,
    true,
  ),

  /* ------------------------------------------------------------- still-deciding */
  r(
    "still-deciding",
    3,
    DECISION_WORDS,
    new RegExp(
      `\\b(?:not|${NT}|yet to|no)\\s+(?:yet\\s+)?(?:(?:made|reached|come to|finali[sz]ed|have|got)\\s+)?(?:(?:a|any|our|the|final)\\s+)?(?:final\\s+)?${DECISION}s?\\b|\\bno ${DECISION}s? (?:has|have) been\\b|\\b${DECISION}s? (?:is|are|has|have) (?:not|n't|yet to)\\b|\\b${DECISION}s? (?:is|are) still\\b`,
      "i",
    ),
  ),
  r(
    "still-deciding",
    3,
    ["still", "currently"],
    /\b(?:still|currently)\s+(?:interviewing|reviewing|finali[sz]ing|evaluating|assessing|deliberating|meeting|speaking|talking|considering|working through|going through|wrapping up|in (?:the )?(?:process|middle)|collecting|gathering|waiting|awaiting)\b/i,
  ),
  r(
    "still-deciding",
    2,
    [...DECISION_WORDS, "update", "answer", "news", "feedback", "outcome", "decide"],
    new RegExp(
      `\\b(?:hope|aim|expect|plan|intend|want|looking|hoping|aiming|expecting|planning)\\s+to\\s+(?:have|make|reach|come to|get|share|give|finali[sz]e|be able to)\\s+(?:a |an |our |the |you |some )?(?:\\w+\\s+)?(?:${DECISION}|update|answer|news|feedback|outcome)\\b|\\b(?:hope|aim|expect|plan) to decide\\b|\\b${DECISION}s? (?:by|within|before|in|early|next)\\b`,
      "i",
    ),
  ),
  r(
    "still-deciding",
    2,
    ["news", "update", "answer", "decision", "feedback", "clarity", "hear"],
    /\b(?:should|will|'ll|expect to|hope to)\s+have\s+(?:some\s+|more\s+)?(?:news|an update|an answer|a decision|feedback|clarity)\b|\byou(?:'ll| will| should) hear (?:back )?(?:from (?:us|me|the team))?\b/i,
  ),
  r(
    "still-deciding",
    2,
    ["know", "back", "touch", "update", "circle", "follow"],
    /\b(?:will|'ll|we will|we'll|i'll|i will)\s+(?:let you know|get back to you|be in touch|update you|come back to you|circle back|follow up)\b/i,
  ),
  r(
    "still-deciding",
    2,
    ["thank", "thanks", "bear", "longer", "delay", "delayed", "delays"],
    /\b(?:thanks?|thank you) (?:so much )?for (?:your|the) (?:patience|understanding|follow(?:ing)?[- ]up|check(?:ing)?[- ]in|note|email|message)\b|\bbear with us\b|\bprocess (?:is taking|has taken|has been) (?:longer|a bit longer)\b|\btaking (?:a bit |a little )?longer\b|\bdelay(?:ed|s)?\b/i,
  ),
  r(
    "still-deciding",
    2,
    ["hold", "paused", "pushed", "timeline", "open", "forgotten"],
    /\b(?:on hold|paused|been pushed|timeline has (?:shifted|moved|changed|slipped)|pushed back|still open|remains open|haven't forgotten|have not forgotten)\b/i,
  ),
  r(
    "still-deciding",
    2,
    ["received", "recieved", "got", "thank", "submitted"],
    /\b(?:we have|we've|i have|i've) (?:received|recieved|got) your (?:application|cv|resume|résumé|message|email)\b|\bthank you for (?:applying|your application|your interest)\b|\bapplication (?:has been|was) (?:received|recieved|submitted)\b/i,
  ),
  r(
    "still-deciding",
    1,
    ["once", "when", "soon", "due", "shortly"],
    /\b(?:once|when|as soon as)\s+(?:we|i|the team)\s+(?:have|know|hear|decide|make|finish|wrap|complete|get)\b|\bin due course\b|\bshortly\b/i,
  ),

  /* ------------------------------------------------------------------ brush-off */
  r(
    "brush-off",
    3,
    ["file", "mind", "system", "database", "records", "pool"],
    /\b(?:keep|kept|hold|retain|store)\s+(?:your|you)(?:\s*(?:cv|resume|résumé|details|profile|information|application))?\s*(?:on file|in (?:mind|our (?:system|database|records|talent pool)))\b|\bon file for future\b/i,
  ),
  r(
    "brush-off",
    3,
    ["reach", "touch", "contact", "know", "back"],
    /\b(?:reach out|be in touch|contact you|get in touch|let you know|get back to you)\s+(?:again\s+)?(?:if|should|in the event)\s+(?:anything|something|that|the situation|things|circumstances|a (?:suitable|relevant|similar|new) (?:role|position|opening|opportunity)|another (?:role|position|opportunity)|an opportunity|there (?:is|are)|the (?:role|position|vacancy|job) (?:opens|becomes|become|reopens|is reopened)|we need)\b/i,
  ),
  r(
    "brush-off",
    3,
    ["update", "news", "updates", "nothing", "share", "give", "provide"],
    /\b(?:no (?:further |new )?(?:update|news|updates)(?!\s+(?:just\s+)?(?:yet|so far|as yet))|nothing (?:new )?to (?:share|report)(?!\s+(?:just\s+)?yet)|not (?:able|in a position) to (?:share|give|provide) (?:any )?(?:more|further|an update|updates|a timeline|feedback|details))\b/i,
  ),
  r(
    "brush-off",
    3,
    ["please", "need", "stop"],
    /\b(?:please (?:do not|don't|refrain from) (?:contact|call|follow up|email|reach out)|no need to (?:follow up|check in|keep checking|contact)|stop (?:calling|emailing|contacting))\b/i,
  ),
  r(
    "brush-off",
    2,
    [
      "reach",
      "touch",
      "contact",
      "know",
      "need",
      "needs",
      "change",
      "changes",
      "news",
      "update",
      "anything",
    ],
    /\b(?:we'll|we will|i'll|i will) (?:reach out|be in touch|contact you|let you know)\s+(?:if|should)\b|\bif (?:we|anything) (?:need|needs|change|changes)\b|\bif (?:there is|there's) (?:any )?(?:news|an update|a change|anything)\b|\bshould (?:that|anything|things|this) change\b/i,
  ),
  r(
    "brush-off",
    2,
    ["eye", "check", "apply", "browse", "look", "careers"],
    /\b(?:feel free to|you (?:may|can|are welcome to)|encourage you to)\s+(?:keep an eye on|check|apply|browse|look at)\s+(?:our|other|future)\b|\bcareers (?:page|site)\b/i,
  ),
  r(
    "brush-off",
    2,
    ["timeline", "timeframe", "frame", "date", "sure", "know", "indefinitely", "foreseeable"],
    /\b(?:no (?:timeline|timeframe|time frame)|can't give you a (?:timeline|date)|cannot (?:give|share|commit to) (?:a |any )?(?:timeline|date)|not sure when|don't know when|do not know when|indefinitely|for the foreseeable future)\b/i,
  ),
  r(
    "brush-off",
    1,
    ["busy", "swamped", "hectic", "overwhelmed", "volume", "number"],
    /\b(?:busy|swamped|hectic|overwhelmed|high volume|large number of (?:applications|applicants|candidates))\b/i,
  ),
]);

/** The words of lower-cased text, as the rules' keys name them ("don't" is "don" and "t"). */
const WORD = /[a-z0-9]+/g;

/** For every key word, the rules that name it. */
const RULES_BY_KEY = new Map<string, number[]>();
/** The rules without keys: they always run. */
const KEYLESS_RULES: number[] = [];
LEXICON.forEach((rule, i) => {
  if (rule.keys.length === 0) KEYLESS_RULES.push(i);
  for (const k of rule.keys) RULES_BY_KEY.set(k, [...(RULES_BY_KEY.get(k) ?? []), i]);
});

/**
 * The lexicon's fast path: the rules that can match a text (lower-cased by `lowerCase`), in
 * the lexicon's order. A reply holds the phrases of two or three rules out of eighty, and a
 * pattern that finds nothing costs far more than looking a few words up: so a rule runs only
 * when one of its keys is a word of the text (or when it has no keys). The hits are the same
 * as running every rule (`read.test.ts` checks it on the corpus and on generated text).
 */
export function rulesToRun(lower: string): number[] {
  const run = new Uint8Array(LEXICON.length);
  for (const i of KEYLESS_RULES) run[i] = 1;
  for (const word of lower.match(WORD) ?? []) {
    const rules = RULES_BY_KEY.get(word);
    if (rules) for (const i of rules) run[i] = 1;
  }
  const rules: number[] = [];
  for (let i = 0; i < run.length; i++) if (run[i] === 1) rules.push(i);
  return rules;
}

/** Words that negate a phrase when they stand shortly before it. */
export const NEGATION = new RegExp(
  `\\b(?:not|no|never|${NT}|unable|cannot|can't|won't|wouldn't|isn't|aren't|wasn't|weren't|no longer|rather than|instead of|without)\\b(?:\\s+\\w+){0,2}\\s*$`,
  "i",
);

/** Words that soften what follows in the same sentence: an "if", "might", "may" makes a promise conditional. */
export const HEDGE =
  /\b(?:if|should (?:we|the|you|it)|might|may|perhaps|possibly|potentially|in case|unless|whether)\b[^.!?]{0,80}$/i;

/** Common English words, contractions included: most English replies are full of them. */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(
  (
    "the a an and or but to of in on at for with we you your i me my our us it is are was were be been " +
    "have has had will would can could should may might not no this that these those as by from so if " +
    "thanks thank hi hello hey dear best regards please let know about all am do did get just here there what when " +
    "i'm i'll i've we're we'll we've you're you'll don't won't can't it's that's out up some any more yet still " +
    "time team role job interview decision soon next week update news"
  ).split(" "),
);

/**
 * Common words of the other languages replies arrive in most (Spanish, French, German,
 * Portuguese, Italian, Dutch): a reply with more of these than English words is not English.
 */
export const OTHER_LANGUAGE_WORDS: ReadonlySet<string> = new Set(
  (
    "el la los las de del que y en por para con una un es su sus tu te le les des du et est pour avec nous vous votre " +
    "sur pas une dans qui der die das und ist nicht mit ihre ihr sie wir ihnen uns für bei auf dem den ein eine zu von " +
    "o os um uma não com obrigado obrigada il lo gli di che per non sono grazie het een van ik je wij zijn niet met " +
    "gracias merci danke vielen dank estamos todavía pronto nachricht bonjour hola hallo cordialement saludos"
  ).split(" "),
);
