import type { ActionKind, Signal, Status } from "../../src/core/types.js";
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
