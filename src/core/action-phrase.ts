/**
 * A planned action in a few words, the same wherever it is listed: the CLI's agenda and
 * tracker, and the daily digest mail.
 */
import type { Action } from "./types.js";

/** What to do, in a few words: "check in with Dana Lee". */
export function actionPhrase(a: Action): string {
  const who = a.to ?? a.company;
  switch (a.kind) {
    case "thank-you":
      return `send ${a.to ?? "your interviewers"} a thank-you`;
    case "ask-timeline":
      return `ask ${a.to ?? "them"} when they expect to decide`;
    case "check-in":
      return `check in with ${who}`;
    case "value-add":
      return a.variant === "achievement"
        ? `tell ${who} about a recent success`
        : `send ${who} a relevant article`;
    case "final-thanks":
      return `thank ${who} for their time`;
    case "keep-in-touch":
      return `say hello to ${who}`;
    case "let-go":
      return "let this one go";
    case "reply":
      return `answer ${who}`;
    case "read-reply":
      return `tell hearback how to read ${who}'s reply`;
  }
}
