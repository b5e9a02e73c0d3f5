import { type FormEvent, useId, useState } from "react";
import { emailProblem } from "../../../src/core/email.js";
import type { ApplicationSummary } from "../../../src/server/api-types.js";
import { api, enc, errorText } from "../api.js";
import { Field } from "../components/Field.js";
import { useAnnounce, useLoad } from "../hooks.js";
import { Link, navigate } from "../router.js";

interface Person {
  key: number;
  name: string;
  email: string;
}

interface Form {
  app: string;
  at: string;
  duration: string;
  people: Person[];
  stage: string;
  topics: string;
  notes: string;
  decisionBy: string;
}

/** Problems with the form, by field; checked on every keystroke. */
function check(f: Form): Record<string, string> {
  const p: Record<string, string> = {};
  if (!f.app) p.app = "Choose the application.";
  if (!f.at) p.at = "Say when the interview started.";
  else if (Number.isNaN(Date.parse(f.at))) p.at = "Not a date and time.";
  const d = Number(f.duration);
  if (!Number.isInteger(d) || d < 5 || d > 600)
    p.duration = "A whole number of minutes, from 5 to 600.";
  f.people.forEach((x, i) => {
    if (!x.name.trim() && x.email.trim()) p[`name-${i}`] = "Add this person's name.";
    // The rule the API applies, in its words (src/core/email.ts).
    const wrong = x.email.trim() ? emailProblem(x.email) : null;
    if (wrong) p[`email-${i}`] = `${wrong[0]?.toUpperCase()}${wrong.slice(1)}.`;
  });
  const names = f.people.map((x) => x.name.trim()).filter(Boolean);
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) p[`name-${i}`] = "Two interviewers with the same name.";
  });
  if (f.decisionBy && f.at && f.decisionBy < f.at.slice(0, 10))
    p.decisionBy = "The decision date is before the interview.";
  return p;
}

let nextKey = 1;

export function LogInterviewPage(props: { app: string }) {
  const announce = useAnnounce();
  const apps = useLoad(() => api.get<ApplicationSummary[]>("/applications"), []);
  const base = useId();
  const [f, setF] = useState<Form>({
    app: props.app,
    at: "",
    duration: "60",
    people: [{ key: 0, name: "", email: "" }],
    stage: "",
    topics: "",
    notes: "",
    decisionBy: "",
  });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  const [serverError, setServerError] = useState<string>();
  const problems = check(f);
  const shown = (k: string) => (submitted || touched[k] ? problems[k] : undefined);
  const set = (k: keyof Form, v: string) => {
    setF((x) => ({ ...x, [k]: v }));
    setTouched((t) => ({ ...t, [k]: true }));
  };
  const setPerson = (i: number, k: "name" | "email", v: string) => {
    setF((x) => ({ ...x, people: x.people.map((p, j) => (j === i ? { ...p, [k]: v } : p)) }));
    setTouched((t) => ({ ...t, [`${k}-${i}`]: true }));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setServerError(undefined);
    if (Object.keys(problems).length > 0) return;
    try {
      await api.post(`/applications/${enc(f.app)}/interviews`, {
        at: f.at,
        durationMinutes: Number(f.duration),
        interviewers: f.people
          .filter((p) => p.name.trim())
          .map((p) => ({
            name: p.name.trim(),
            ...(p.email.trim() ? { email: p.email.trim() } : {}),
            role: "interviewer",
          })),
        stage: f.stage.trim() || undefined,
        topics: f.topics
          .split(",")
          .map((t) => t.trim())
          .filter(Boolean),
        notes: f.notes.trim() || undefined,
        decisionBy: f.decisionBy || undefined,
      });
      announce("Interview logged. Your thank-you notes are on Today.", { undoable: true });
      navigate(`/applications/${enc(f.app)}`);
    } catch (err) {
      setServerError(errorText(err));
    }
  };

  const id = (k: string) => `${base}-${k}`;
  const list = apps.data ?? [];
  return (
    <>
      <h1>Log an interview</h1>
      {apps.data && list.length === 0 && (
        <p>
          Add the application first, on <Link to="/applications">Applications</Link>.
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <Field id={id("app")} label="Application" error={shown("app")}>
          {(aria) => (
            <select {...aria} value={f.app} onChange={(e) => set("app", e.target.value)}>
              <option value="">Choose…</option>
              {list.map((a) => (
                <option key={a.app} value={a.app}>
                  {a.company}: {a.role}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="row">
          <Field
            id={id("at")}
            label="When it started"
            error={shown("at")}
            hint="On your clock (your time zone, as in Settings)."
          >
            {(aria) => (
              <input
                {...aria}
                type="datetime-local"
                value={f.at}
                onChange={(e) => set("at", e.target.value)}
              />
            )}
          </Field>
          <Field id={id("duration")} label="How long (minutes)" error={shown("duration")}>
            {(aria) => (
              <input
                {...aria}
                inputMode="numeric"
                value={f.duration}
                onChange={(e) => set("duration", e.target.value)}
              />
            )}
          </Field>
        </div>
        <fieldset>
          <legend>Who interviewed you</legend>
          {f.people.map((p, i) => (
            <div className="row person" key={p.key}>
              <Field id={id(`name-${i}`)} label={`Name ${i + 1}`} error={shown(`name-${i}`)}>
                {(aria) => (
                  <input
                    {...aria}
                    value={p.name}
                    onChange={(e) => setPerson(i, "name", e.target.value)}
                  />
                )}
              </Field>
              <Field id={id(`email-${i}`)} label={`Email ${i + 1}`} error={shown(`email-${i}`)}>
                {(aria) => (
                  <input
                    {...aria}
                    type="email"
                    value={p.email}
                    onChange={(e) => setPerson(i, "email", e.target.value)}
                  />
                )}
              </Field>
              {f.people.length > 1 && (
                <button
                  type="button"
                  className="small"
                  onClick={() =>
                    setF((x) => ({ ...x, people: x.people.filter((_, j) => j !== i) }))
                  }
                >
                  Remove<span className="visually-hidden"> interviewer {i + 1}</span>
                </button>
              )}
            </div>
          ))}
          <button
            type="button"
            onClick={() =>
              setF((x) => ({
                ...x,
                people: [...x.people, { key: nextKey++, name: "", email: "" }],
              }))
            }
          >
            Add another interviewer
          </button>
        </fieldset>
        <div className="row">
          <Field id={id("stage")} label="Stage (optional)" hint="Phone screen, onsite…">
            {(aria) => (
              <input {...aria} value={f.stage} onChange={(e) => set("stage", e.target.value)} />
            )}
          </Field>
          <Field
            id={id("decisionBy")}
            label="They'll decide by (optional)"
            error={shown("decisionBy")}
          >
            {(aria) => (
              <input
                {...aria}
                type="date"
                value={f.decisionBy}
                onChange={(e) => set("decisionBy", e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field id={id("topics")} label="Topics (optional)" hint="Separate them with commas.">
          {(aria) => (
            <input {...aria} value={f.topics} onChange={(e) => set("topics", e.target.value)} />
          )}
        </Field>
        <Field id={id("notes")} label="Notes (optional)">
          {(aria) => (
            <textarea
              {...aria}
              rows={3}
              value={f.notes}
              onChange={(e) => set("notes", e.target.value)}
            />
          )}
        </Field>
        {serverError && (
          <p className="error" role="alert">
            {serverError}
          </p>
        )}
        <button type="submit" className="primary">
          Log interview
        </button>
      </form>
    </>
  );
}
