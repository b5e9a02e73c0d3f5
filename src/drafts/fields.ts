/**
 * The fields a draft template may use. Built-in phrasings and user templates see the same
 * fields; a template naming any other field is rejected (see ./templates.ts), because
 * Mustache would otherwise render an unknown name as nothing and the user would send a
 * message with a hole in it.
 *
 * Two sorts of field:
 * - a *needed* field always renders: its value when hearback knows it, else a marked
 *   placeholder such as `[your name]` that the draft lists, so nothing is invented and
 *   nothing missing goes unnoticed;
 * - an *optional* field is empty when unknown, so a template can write
 *   `{{#topic}}... {{topic}} ...{{/topic}}` and leave the sentence out.
 */

export interface FieldSpec {
  /** What the field holds, for `hearback templates show` and the edit header. */
  readonly about: string;
  /** For needed fields: the placeholder shown when hearback does not know the value. */
  readonly placeholder?: string;
}

const FIELD_SPECS = {
  your_name: { about: "your name, from your settings", placeholder: "[your name]" },
  your_phone: {
    about: "your phone number (hearback does not store it)",
    placeholder: "[your phone number]",
  },
  name: { about: "the recipient's full name", placeholder: "[their name]" },
  first_name: { about: "the recipient's first name", placeholder: "[their name]" },
  title: { about: "the recipient's job title, when known" },
  company: { about: "the company" },
  role: { about: "the role you applied for" },
  applied_day: { about: 'the day you applied ("Monday 2 November"), when known' },
  topic: { about: "a topic discussed in the interview, when known" },
  topics: { about: 'every topic of the interview, as a phrase ("pricing and hiring")' },
  stage: { about: 'the interview\'s stage ("onsite"), when known' },
  interview_when: {
    about: 'when the interview was, relative to now ("today", "yesterday", "on Monday")',
  },
  interview_day: { about: 'the day of the interview ("Monday 2 November")' },
  other_interviewers: { about: 'the other people you met, as a phrase ("Sam and Priya")' },
  decision_date: { about: 'the day they said they would decide by ("Friday 13 November")' },
  next_interview: {
    about:
      'the next interview\'s day and time on your clock, theirs beside it where it differs ("Thu 5 Nov, 16:00 your time · 14:00 in Denver")',
  },
  next_interviewers: { about: "who you will meet at the next interview, as a phrase" },
  article_link: {
    about: "the link of the article you share",
    placeholder: "[link to the article]",
  },
  article_why: {
    about: "one line on why the article is relevant",
    placeholder: "[one line on why it's relevant]",
  },
  achievement: { about: "one recent success of yours", placeholder: "[your recent success]" },
  welcome_back: {
    about: "set when their last word was an out-of-office reply and they are back now",
  },
  their_promise: {
    about:
      'what their last reply said they would do, with the day it named ("you\'d be in touch about next steps", "you\'d decide by Friday 11 December")',
  },
  their_date: {
    about:
      'the day their last reply named for their decision ("Friday 11 December"), when it named the date last stated; their_promise says it too',
  },
  their_request: {
    about: 'what their last reply asked of you, in your words ("my availability"), when it asked',
  },
  reason: { about: "why hearback planned this (the action's reason)" },
  app: { about: "the application's id in hearback" },
} satisfies Record<string, FieldSpec>;

export type FieldName = keyof typeof FIELD_SPECS;

export const FIELDS: Readonly<Record<FieldName, FieldSpec>> = Object.freeze(FIELD_SPECS);

export const FIELD_NAMES: readonly FieldName[] = Object.freeze(Object.keys(FIELDS) as FieldName[]);

export function isFieldName(name: string): name is FieldName {
  return Object.hasOwn(FIELDS, name);
}

/** The values of every field for one draft: a string, empty when an optional field is unknown. */
export type FieldValues = { readonly [K in FieldName]: string };

/** Every placeholder a needed field can render as. */
export const FIELD_PLACEHOLDERS: readonly string[] = Object.freeze([
  ...new Set(Object.values(FIELDS).flatMap((f) => (f.placeholder ? [f.placeholder] : []))),
]);
