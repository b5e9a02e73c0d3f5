/**
 * The follow-up policy's numbers (docs/policy.md). Every number is a default
 * that the user may override in their settings; `resolvePolicy` applies and checks those
 * overrides and returns a frozen object, so no caller can change the policy under another.
 */

export interface Policy {
  /** thank-you-24h: a thank-you is due within this many elapsed hours of an interview's end. */
  readonly thankYouHours: number;
  /** check-in-after-decision-date: business days after the promised date (allowed 2-5). */
  readonly checkInAfterDecisionBusinessDays: number;
  /** check-in-default-wait: business days after the last interview when no date was given. */
  readonly defaultWaitBusinessDays: number;
  /**
   * check-in-default-wait: after an interview, wait as long as the user's own replies took
   * (their median), within the guardrails (docs/policy.md), once enough replies are known.
   */
  readonly adaptDefaultWait: boolean;
  /** wait-out-of-office: business days to wait when an auto-reply gives no return date. */
  readonly outOfOfficeDefaultBusinessDays: number;
  /** let-go-unanswered: this many unanswered check-ins in a row close the thread. */
  readonly maxCheckInsUnanswered: number;
  /** value-add-still-open: days after the last interview before the first value-add. */
  readonly valueAddAfterDays: number;
  /** value-add-still-open: at most this many value-add emails in all. */
  readonly maxValueAdds: number;
  /** value-add-still-open: at least this many days between touches around value-adds (grows). */
  readonly valueAddMinGapDays: number;
  /** value-add-still-open: at most this many value-adds mention your own achievements. */
  readonly maxAchievementMentions: number;
  /** final-thanks-after-rejection: due within this many business days of the rejection. */
  readonly finalThanksBusinessDays: number;
  /** keep-in-touch: months after the final thank-you. */
  readonly keepInTouchMonths: number;
  /** answer-their-question: a reply that asks something is answered within this many business days. */
  readonly answerWithinBusinessDays: number;
  /** missed-window: an action whose window closed more than this many business days ago is missed. */
  readonly missedAfterBusinessDays: number;
  /** follow-up-after-application: business days of silence after applying before one note. */
  readonly followUpAfterApplicationBusinessDays: number;
  /** Guardrail: minimum business days between two touches to one employer. */
  readonly minSpacingBusinessDays: number;
  /** Check-ins and value-adds start inside these hours, in the application's zone. */
  readonly workingHours: { readonly start: string; readonly end: string };
}

/**
 * check-in-default-wait learns from the user's replies only once this many interviews got
 * one: the median of fewer is one or two employers' habits (docs/policy.md).
 */
export const MIN_REPLIES_TO_ADAPT = 5;

export type PolicyOverrides = { readonly [K in keyof Policy]?: Policy[K] };

export const DEFAULT_POLICY: Policy = Object.freeze({
  thankYouHours: 24,
  checkInAfterDecisionBusinessDays: 3,
  defaultWaitBusinessDays: 7,
  adaptDefaultWait: true,
  outOfOfficeDefaultBusinessDays: 10,
  maxCheckInsUnanswered: 2,
  valueAddAfterDays: 21,
  maxValueAdds: 3,
  valueAddMinGapDays: 14,
  maxAchievementMentions: 2,
  finalThanksBusinessDays: 2,
  keepInTouchMonths: 4,
  answerWithinBusinessDays: 1,
  missedAfterBusinessDays: 5,
  followUpAfterApplicationBusinessDays: 10,
  minSpacingBusinessDays: 5,
  workingHours: Object.freeze({ start: "09:00", end: "17:00" }),
});

/** The allowed range of each number, so that a setting can never make the engine pushy. */
export const POLICY_LIMITS: {
  readonly [K in Exclude<keyof Policy, "workingHours" | "adaptDefaultWait">]: readonly [
    number,
    number,
  ];
} = Object.freeze({
  thankYouHours: [1, 72],
  checkInAfterDecisionBusinessDays: [2, 5],
  defaultWaitBusinessDays: [3, 20],
  outOfOfficeDefaultBusinessDays: [1, 30],
  maxCheckInsUnanswered: [1, 5],
  valueAddAfterDays: [7, 120],
  maxValueAdds: [0, 6],
  valueAddMinGapDays: [7, 90],
  maxAchievementMentions: [0, 3],
  finalThanksBusinessDays: [1, 10],
  keepInTouchMonths: [1, 24],
  answerWithinBusinessDays: [1, 3],
  missedAfterBusinessDays: [2, 20],
  followUpAfterApplicationBusinessDays: [5, 30],
  minSpacingBusinessDays: [2, 20],
});

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One problem with a policy override, naming the setting. */
export interface PolicyProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Applies overrides to the defaults and checks them.
 *
 * @example
 * resolvePolicy({ checkInAfterDecisionBusinessDays: 4 }).policy.checkInAfterDecisionBusinessDays // 4
 * resolvePolicy({ checkInAfterDecisionBusinessDays: 9 }).problems[0].field // "checkInAfterDecisionBusinessDays"
 */
export function resolvePolicy(overrides: PolicyOverrides = {}): {
  readonly policy: Policy;
  readonly problems: readonly PolicyProblem[];
} {
  const problems: PolicyProblem[] = [];
  const merged: Record<string, unknown> = { ...DEFAULT_POLICY };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (key === "workingHours") {
      const wh = value as { start?: unknown; end?: unknown };
      const start = wh.start ?? DEFAULT_POLICY.workingHours.start;
      const end = wh.end ?? DEFAULT_POLICY.workingHours.end;
      if (typeof start !== "string" || !HH_MM.test(start)) {
        problems.push({
          field: "workingHours.start",
          message: `not a time of day (HH:MM): ${JSON.stringify(start)}`,
        });
      } else if (typeof end !== "string" || !HH_MM.test(end)) {
        problems.push({
          field: "workingHours.end",
          message: `not a time of day (HH:MM): ${JSON.stringify(end)}`,
        });
      } else if (end <= start) {
        problems.push({
          field: "workingHours",
          message: `the end (${end}) must be after the start (${start})`,
        });
      } else {
        merged.workingHours = Object.freeze({ start, end });
      }
      continue;
    }
    if (key === "adaptDefaultWait") {
      if (typeof value === "boolean") merged[key] = value;
      else
        problems.push({ field: key, message: `must be on or off, got ${JSON.stringify(value)}` });
      continue;
    }
    const limits = (POLICY_LIMITS as Record<string, readonly [number, number]>)[key];
    if (!limits) {
      problems.push({ field: key, message: "not a policy setting" });
      continue;
    }
    if (typeof value !== "number" || !Number.isInteger(value)) {
      problems.push({
        field: key,
        message: `must be a whole number, got ${JSON.stringify(value)}`,
      });
    } else if (value < limits[0] || value > limits[1]) {
      problems.push({
        field: key,
        message: `must be from ${limits[0]} to ${limits[1]}, got ${value}`,
      });
    } else {
      merged[key] = value;
    }
  }
  return { policy: Object.freeze(merged) as unknown as Policy, problems };
}
