/**
 * The server names a bad field by its path in the JSON ("interviewers.0.email",
 * "policy.checkInAfterDecisionBusinessDays"); people know the field by its label. These
 * turn one into the other, so every message reads in the user's words, and let a form put
 * each message next to its field.
 */
import { POLICY_LABEL } from "./labels.js";

const FIELD: Record<string, string> = {
  company: "Company",
  role: "Role",
  id: "Id",
  url: "Job link",
  location: "Location",
  salary: "Salary",
  description: "Description",
  timezone: "Their time zone",
  region: "Holiday region",
  at: "When",
  saved: "Saved",
  tags: "Tags",
  contacts: "Contact",
  interviewers: "Interviewer",
  name: "name",
  email: "email",
  phone: "phone",
  title: "job title",
  durationMinutes: "Length",
  stage: "Stage",
  topics: "Topic",
  notes: "Notes",
  decisionBy: "Decision date",
  returnOn: "Back on",
  to: "To",
  from: "From",
  kind: "What",
  channel: "How",
  subject: "Subject",
  text: "Text",
  status: "Status",
  signal: "Signal",
  workingHours: "Working hours",
  adaptDefaultWait: "Learn the wait after an interview from your replies",
  start: "start",
  end: "end",
  query: "Search",
  digest: "Daily digest",
  hour: "hour",
  ...POLICY_LABEL,
};

/** Whole paths whose parts alone would read badly: Settings' own address and the digest's. */
const WHOLE_PATH: Record<string, string> = {
  email: "Your email",
  "digest.to": "The digest's address",
};

/** "interviewers.0.email" -> "Interviewer 1's email"; "policy.thankYouHours" -> its label. */
export function fieldLabel(path: string): string {
  if (WHOLE_PATH[path]) return WHOLE_PATH[path];
  const parts = path.split(".").filter((p) => p !== "policy" && p !== "body" && p !== "input");
  const words: string[] = [];
  for (const p of parts) {
    if (/^\d+$/.test(p)) words[words.length - 1] += ` ${Number(p) + 1}`;
    else words.push(FIELD[p] ?? p);
  }
  if (words.length === 0) return "";
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(" ")}'s ${words.at(-1)}`;
}

/**
 * One problem line ("path: what is wrong") in the user's words, the field it is about and
 * its whole path, dotted ("interviewers.1.name" also for the engine's "interviewers[1].name").
 */
export function readProblem(line: string): { field: string; path: string; text: string } {
  const i = line.indexOf(": ");
  const given = i > 0 ? line.slice(0, i) : "";
  if (!given || /\s/.test(given)) return { field: "", path: "", text: line };
  const path = given.replace(/\[(\d+)\]/g, ".$1");
  const label = fieldLabel(path);
  const rest = line.slice(i + 2);
  return { field: path.split(".")[0]!, path, text: label ? `${label}: ${rest}` : rest };
}

/** An error's problems, one line each: the API's and hearback's own list, else its message. */
export function problemLines(err: unknown): string[] {
  const problems = (err as { problems?: unknown } | null)?.problems;
  return Array.isArray(problems) && problems.length > 0
    ? (problems as string[])
    : [err instanceof Error ? err.message : String(err)];
}

/** Every problem of an error, by the top-level field it is about ("" for the rest). */
export function problemsByField(err: unknown): Map<string, string> {
  return problemsBy(problemLines(err), (p) => p.field);
}

/** Problem lines in the user's words, by the key `keyOf` gives each (a form's own name for its field). */
export function problemsBy(
  lines: readonly string[],
  keyOf: (p: { field: string; path: string }) => string,
): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    const problem = readProblem(line);
    const key = keyOf(problem);
    out.set(key, out.has(key) ? `${out.get(key)}\n${problem.text}` : problem.text);
  }
  return out;
}
