/** One application with an interview on Mon 2 Nov 2026 in Denver: the calendar tests' log. */
import type { TimelineEvent } from "../../src/core/types.js";

/** Mon 2 Nov 2026, after the interview. */
export const AFTER_INTERVIEW = Date.parse("2026-11-02T22:00:00Z");

export const ACME_INTERVIEW: readonly TimelineEvent[] = [
  {
    type: "application",
    app: "acme-pm",
    company: "Acme",
    role: "Product Manager",
    timezone: "America/Denver",
    contacts: [{ name: "Dana Lee", email: "dana@acme.example" }],
  },
  {
    type: "interview",
    app: "acme-pm",
    at: "2026-11-02T10:00" /* Mon */,
    interviewers: [{ name: "Dana Lee" }],
  },
];
