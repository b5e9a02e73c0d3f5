import { emailProblem } from "../../../src/core/email.js";
import type { Contact } from "../../../src/core/types.js";
import { problemLines, problemsBy } from "../problems.js";
import { Field } from "./Field.js";

/** One row of the panel: what is typed, and the stored contact it corrects (title, phone...). */
export interface Person {
  readonly key: number;
  readonly name: string;
  readonly email: string;
  readonly was?: Contact;
}

let nextKey = 1;

export function newPerson(was?: Contact): Person {
  return { key: nextKey++, name: was?.name ?? "", email: was?.email ?? "", was };
}

/** Problems with the rows, by "name-<row>" and "email-<row>"; checked on every keystroke. */
export function peopleProblems(people: readonly Person[]): Record<string, string> {
  const p: Record<string, string> = {};
  people.forEach((x, i) => {
    if (!x.name.trim() && x.email.trim()) p[`name-${i}`] = "Add this person's name.";
    // The rule the API applies, in its words (src/core/email.ts).
    const wrong = x.email.trim() ? emailProblem(x.email) : null;
    if (wrong) p[`email-${i}`] = `${wrong[0]?.toUpperCase()}${wrong.slice(1)}.`;
  });
  const names = people.map((x) => x.name.trim()).filter(Boolean);
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) p[`name-${i}`] = "Two interviewers with the same name.";
  });
  return p;
}

/** The rows with a name, as contacts; an emptied email is dropped, the rest of a contact kept. */
export function panelOf(people: readonly Person[]): Contact[] {
  return people
    .filter((p) => p.name.trim())
    .map((p) => {
      const { email: _, ...rest } = p.was ?? {};
      return { ...rest, name: p.name.trim(), ...(p.email.trim() ? { email: p.email.trim() } : {}) };
    });
}

/**
 * An error's problems by a form's keys: an interviewer's by "name-<row>" or "email-<row>"
 * of the form's row (rows without a name are not sent, so the API's second interviewer may
 * be the form's third row), the rest by `keyOf` of their field ("" for the whole form).
 * The engine's own checks name a corrected interview's fields "interview.interviewers[1].name".
 */
export function panelProblems(
  err: unknown,
  people: readonly Person[],
  keyOf: (field: string) => string,
): Map<string, string> {
  const rows = people.flatMap((p, i) => (p.name.trim() ? [i] : []));
  const lines = problemLines(err).map((line) =>
    line
      .replace(/^interview\./, "")
      .replace(/^interviewers[.[](\d+)\]?\./, (_, j) => `interviewers.${rows[Number(j)]}.`),
  );
  return problemsBy(lines, ({ field, path }) => {
    const row = /^interviewers\.(\d+)\.(name|email)$/.exec(path);
    return row ? `${row[2]}-${row[1]}` : keyOf(field);
  });
}

/** The names and email addresses of an interview's panel, a row each, with add and remove. */
export function Interviewers(props: {
  legend: string;
  people: readonly Person[];
  onChange: (people: Person[], changed?: string) => void;
  idOf: (key: string) => string;
  errorOf: (key: string) => string | undefined;
}) {
  const { people } = props;
  const setPerson = (i: number, k: "name" | "email", v: string) =>
    props.onChange(
      people.map((p, j) => (j === i ? { ...p, [k]: v } : p)),
      `${k}-${i}`,
    );
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {people.map((p, i) => (
        <div className="row person" key={p.key}>
          <Field
            id={props.idOf(`name-${i}`)}
            label={`Name ${i + 1}`}
            error={props.errorOf(`name-${i}`)}
          >
            {(aria) => (
              <input
                {...aria}
                value={p.name}
                onChange={(e) => setPerson(i, "name", e.target.value)}
              />
            )}
          </Field>
          <Field
            id={props.idOf(`email-${i}`)}
            label={`Email ${i + 1}`}
            error={props.errorOf(`email-${i}`)}
          >
            {(aria) => (
              <input
                {...aria}
                type="email"
                value={p.email}
                onChange={(e) => setPerson(i, "email", e.target.value)}
              />
            )}
          </Field>
          {people.length > 1 && (
            <button
              type="button"
              className="small"
              onClick={() => props.onChange(people.filter((_, j) => j !== i))}
            >
              Remove<span className="visually-hidden"> interviewer {i + 1}</span>
            </button>
          )}
        </div>
      ))}
      <button type="button" onClick={() => props.onChange([...people, newPerson()])}>
        Add another interviewer
      </button>
      {props.errorOf("interviewers") && (
        <span className="field-error">{props.errorOf("interviewers")}</span>
      )}
    </fieldset>
  );
}
