/**
 * A timeline whose first reply the user labelled a brush-off, and a second reply, from
 * another company, nearly word for word the same that the gauge alone reads as still
 * deciding: what `hearback plan --timeline` must read as the file labels it (the tests of
 * src/cli/main.test.ts and src/cli/plan-shard.test.ts).
 */
const reply = (sender: string) =>
  `Hi Sam, thanks so much for your note and for your patience. The team is still meeting other people this month. We'll be in touch.\n\nBest,\n${sender}`;

export const LABELLED_TIMELINE: string = [
  { type: "application", app: "acme", company: "Acme", role: "PM", at: "2026-11-02T09:00" },
  {
    type: "application",
    app: "globex",
    company: "Globex",
    role: "Analyst",
    at: "2026-11-02T09:00",
  },
  { type: "interview", app: "acme", at: "2026-11-09T10:00", interviewers: [{ name: "Dana" }] },
  { type: "interview", app: "globex", at: "2026-11-10T10:00", interviewers: [{ name: "Priya" }] },
  { type: "reply", app: "acme", at: "2026-11-12T10:00", text: reply("Dana"), signal: "brush-off" },
  { type: "reply", app: "globex", at: "2026-11-16T10:00", text: reply("Priya at Globex") },
]
  .map((e) => JSON.stringify(e))
  .join("\n");
