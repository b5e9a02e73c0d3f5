import type { POLICY_LIMITS } from "../../src/core/policy.js";
import type { ActionKind, Channel, SentKind, Signal, Status } from "../../src/core/types.js";
import type { Stage } from "../../src/server/api-types.js";

export const KIND_LABEL: Record<ActionKind, string> = {
  "thank-you": "Thank-you note",
  "ask-timeline": "Ask about their timeline",
  "check-in": "Check in",
  "value-add": "Casual update",
  "final-thanks": "Final thank-you",
  "keep-in-touch": "Keep in touch",
  "let-go": "Let it go",
  reply: "Answer them",
  "read-reply": "Say how the reply reads",
};

/** What the user sent, as the Insights page names it. */
export const SENT_LABEL: Record<SentKind, string> = {
  "thank-you": "Thank-you notes",
  "check-in": "Check-ins",
  "value-add": "Casual updates",
  "final-thanks": "Final thank-yous",
  "keep-in-touch": "Keep-in-touch hellos",
  other: "Other messages",
};

export const SIGNAL_LABEL: Record<Signal, string> = {
  offer: "Offer",
  "next-step": "Next step",
  encouraging: "Encouraging",
  "still-deciding": "Still deciding",
  "brush-off": "Brush-off",
  rejection: "Rejection",
  "out-of-office": "Out of office",
};

export const STATUS_LABEL: Record<Status, string> = {
  "still-open": "Posting still open",
  "on-hold": "On hold",
  rejected: "Rejected",
  offer: "Offer",
  accepted: "Accepted",
  withdrawn: "Withdrawn",
  filled: "Position filled",
};

export const STAGE_LABEL: Record<Stage, string> = {
  saved: "Saved, not applied",
  applied: "Applied",
  interviewing: "Interviewing",
  waiting: "Waiting to hear",
  offer: "Offer",
  closed: "Closed",
};

export const CHANNEL_LABEL: Record<Channel, string> = {
  email: "Email",
  card: "Handwritten card",
  phone: "Phone call",
  linkedin: "LinkedIn message",
  other: "Some other way",
};

/** The policy's numbers, as Settings names them (and as errors about them say). */
export const POLICY_LABEL: Record<keyof typeof POLICY_LIMITS, string> = {
  thankYouHours: "Send thank-yous within (hours)",
  checkInAfterDecisionBusinessDays: "Check in after their date (business days)",
  defaultWaitBusinessDays: "Check in when they gave no date (business days)",
  outOfOfficeDefaultBusinessDays: "Wait after an out-of-office with no date (business days)",
  maxCheckInsUnanswered: "Let go after this many unanswered check-ins",
  valueAddAfterDays: "First casual update after (days)",
  maxValueAdds: "Casual updates at most",
  valueAddMinGapDays: "Days between casual updates, at least",
  maxAchievementMentions: "Updates that mention your achievements, at most",
  finalThanksBusinessDays: "Final thank-you within (business days)",
  keepInTouchMonths: "Keep in touch after (months)",
  answerWithinBusinessDays: "Answer a question they asked within (business days)",
  followUpAfterApplicationBusinessDays:
    "Write once about an application after this much silence (business days)",
  missedAfterBusinessDays: "Call an action missed this long after its deadline (business days)",
  minSpacingBusinessDays: "Days between two messages to one employer, at least (business days)",
};
