/**
 * The people a command names, found among those an application already knows, by the one
 * matcher of src/core/names.ts: "Samir" is Samir Nagheenanajar wherever it is typed (sent,
 * reply, draft, send, interview, the web). Someone new is recorded only when asked.
 */
import { HearbackError } from "../core/errors.js";
import { matchPerson, spokenName } from "../core/names.js";
import type { Contact, TimelineEvent } from "../core/types.js";

/** How a field and the "someone new" switch are spelled where the request came from. */
function spelling(source: string, field: string): { field: string; newContact: string } {
  return source === "cli"
    ? {
        field: `--${field.startsWith("interviewers") ? "with" : field}`,
        newContact: "add --new-contact to record someone new",
      }
    : { field, newContact: 'mark them as someone new ("newContact": true)' };
}

/**
 * The known name each typed name stands for. A name that fits several people is refused
 * with their names; one that fits nobody is refused too unless `newContact` (or `newAllowed`,
 * for the commands that introduce people, like an interview's panel), and then kept as typed,
 * first name first ("Lee, Dana" is kept as Dana Lee).
 *
 * @example
 * resolveNames({ given: ["samir"], known: ["Samir Nagheenanajar"], field: "to", company: "Initech", source: "cli" })
 * // ["Samir Nagheenanajar"]
 */
export function resolveNames(input: {
  readonly given: readonly string[];
  readonly known: readonly string[];
  readonly field: string;
  readonly company: string;
  readonly source: string;
  readonly newContact?: boolean | undefined;
}): string[] {
  const say = spelling(input.source, input.field);
  return input.given.map((typed) => {
    const found = matchPerson(typed, input.known);
    if (found.kind === "one") return found.name;
    if (found.kind === "many") {
      throw refused(
        `${say.field}: "${typed}" could be ${orList(found.names)}; type more of the name`,
      );
    }
    if (input.newContact) return spokenName(typed);
    const known =
      input.known.length === 0
        ? `no one is recorded at ${input.company} yet`
        : `the people recorded at ${input.company} are ${andList(input.known)}`;
    throw refused(
      `${say.field}: nobody called "${typed}" is known at ${input.company} (${known}); check the spelling, or ${say.newContact}`,
    );
  });
}

/**
 * Every name an application's events record, each once, in the order first named: its
 * contacts and interviewers, then whoever a message went to or a reply came from.
 */
export function namesKnown(
  events: readonly TimelineEvent[],
  contacts: readonly Contact[],
): string[] {
  const names = contacts.map((c) => c.name);
  for (const e of events) {
    const more = e.type === "sent" ? [e.to ?? []].flat() : e.type === "reply" ? [e.from] : [];
    for (const name of more) if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The contacts of an interview's panel, each known one under the name it is known by. */
export function resolvePanel(
  panel: readonly Contact[] | undefined,
  known: readonly string[],
  company: string,
  source: string,
): Contact[] | undefined {
  if (panel === undefined) return undefined;
  return panel.map((c, i) => {
    const [name] = resolveNames({
      given: [c.name],
      known,
      // The row it was typed in, so that a form can show the problem beside that name.
      field: `interviewers.${i}.name`,
      company,
      source,
      newContact: true,
    });
    return { ...c, name: name! };
  });
}

function refused(problem: string): HearbackError {
  return new HearbackError("bad-input", problem, [problem]);
}

function orList(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}`;
}

function andList(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
