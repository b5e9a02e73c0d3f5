/**
 * What the conversation so far gives a draft to say: what their last reply asked of you,
 * what they promised ("I'll be in touch about next steps") and by when, and whether they
 * are just back from time away. Words are turned to the writer's side ("your" becomes "my").
 */
import { whatTheyAsk } from "../core/asks.js";
import type { AppState, ReplyState } from "../core/fold.js";
import { dateInZone } from "../time/index.js";
import { proseDay } from "./words.js";

export interface Conversation {
  /** What their last reply asked for, as the writer says it ("my availability"), or "". */
  readonly request: string;
  /**
   * What they said they would do, as the writer says it, with the day their reply named
   * ("you'd be in touch about next steps", "you'd let me know by Friday 11 December", "you'd
   * decide by Friday 11 December"), or "".
   */
  readonly promise: string;
  /**
   * The day (`YYYY-MM-DD`) their last reply named for their decision, while it is still the
   * date last stated (a later interview may have moved it), or null.
   */
  readonly namedDay: string | null;
  /** True when their last word was an out-of-office reply and they are back by now. */
  readonly backFromAway: boolean;
}

/** "I'll be in touch", "we will get back to you about ...", "we'll let you know ...". */
const PROMISE =
  /\b(?:I|we)\s*(?:'ll|’ll| will| shall)\s+(be in touch|get back to you|reach out|follow up|circle back|let you know|update you)(?:\s+(?:about|regarding|on|with|as to)\s+([^.!?;,\n]{3,60}))?/i;

const SAID_BACK: Readonly<Record<string, string>> = {
  "be in touch": "you'd be in touch",
  "get back to you": "you'd get back to me",
  "reach out": "you'd reach out",
  "follow up": "you'd follow up",
  "circle back": "you'd circle back",
  "let you know": "you'd let me know",
  "update you": "you'd update me",
};

/**
 * What the conversation up to `now` gives a draft to mention.
 *
 * @example
 * conversation(state, now).promise // "you'd be in touch about next steps"
 */
export function conversation(state: AppState, now: number): Conversation {
  let latest: ReplyState | undefined;
  let latestReal: ReplyState | undefined;
  for (const r of state.replies) {
    if (r.atMs > now) break;
    latest = r;
    if (r.signal !== "out-of-office") latestReal = r;
  }
  const today = dateInZone(now, state.zone);
  const asked = whatTheyAsk(latestReal?.text ?? null);
  const promised = latestReal?.text ? PROMISE.exec(latestReal.text) : null;
  const verb = promised ? SAID_BACK[promised[1]!.toLowerCase()] : undefined;
  const said = verb ? `${verb}${promised![2] ? ` about ${mine(promised![2].trim())}` : ""}` : "";
  const named = latestReal?.decisionBy ?? null;
  const namedDay = named !== null && named === state.decision?.date ? named : null;
  const by = namedDay === null ? "" : ` by ${proseDay(namedDay, Number(today.slice(0, 4)))}`;
  return {
    request: asked?.startsWith("your ") ? mine(asked) : asked?.startsWith("the ") ? asked : "",
    promise: by === "" ? said : `${said || "you'd decide"}${by}`,
    namedDay,
    backFromAway:
      latest !== undefined &&
      latest.signal === "out-of-office" &&
      latest.returnOn !== null &&
      latest.returnOn <= today,
  };
}

/** The reader's words in the writer's mouth: "your availability" is "my availability". */
function mine(words: string): string {
  return words.replace(/\byour\b/gi, "my").replace(/\byou\b/gi, "me");
}
