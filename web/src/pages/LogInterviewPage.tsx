import { type FormEvent, useId, useState } from "react";
import type { ApplicationSummary, ApplicationView } from "../../../src/server/api-types.js";
import { api, enc } from "../api.js";
import { Field, FormProblems } from "../components/Field.js";
import {
  Interviewers,
  newPerson,
  type Person,
  panelOf,
  panelProblems,
  peopleProblems,
} from "../components/Interviewers.js";
import { InterviewTimes } from "../components/InterviewTimes.js";
import { useAnnounce, useLoad } from "../hooks.js";
import { durationProblem } from "../interview-time.js";
import { Link, navigate } from "../router.js";

interface Form {
  app: string;
  at: string;
  durationMinutes: string;
  people: Person[];
  stage: string;
  topics: string;
  notes: string;
  decisionBy: string;
}

/** Problems with the form, by field; checked on every keystroke. */
function check(f: Form): Record<string, string> {
  const p: Record<string, string> = peopleProblems(f.people);
  if (!f.app) p.app = "Choose the application.";
  if (!f.at) p.at = "Say when the interview started.";
  else if (Number.isNaN(Date.parse(f.at))) p.at = "Not a date and time.";
  const long = durationProblem(f.durationMinutes);
  if (long) p.durationMinutes = long;
  if (f.decisionBy && f.at && f.decisionBy < f.at.slice(0, 10))
    p.decisionBy = "The decision date is before the interview.";
  return p;
}

/** The form's name for each field the API may refuse (the rest: the interviewer rows). */
const FORM_KEY: Record<string, string> = {
  app: "app",
  at: "at",
  durationMinutes: "durationMinutes",
  interviewers: "interviewers",
  stage: "stage",
  topics: "topics",
  notes: "notes",
  decisionBy: "decisionBy",
};

export function LogInterviewPage(props: { app: string }) {
  const announce = useAnnounce();
  const apps = useLoad(() => api.get<ApplicationSummary[]>("/applications"), []);
  const base = useId();
  const [f, setF] = useState<Form>({
    app: props.app,
    at: "",
    durationMinutes: "60",
    people: [newPerson()],
    stage: "",
    topics: "",
    notes: "",
    decisionBy: "",
  });
  const [touched, setTouched] = useState<Record<string, boolean>>({});
  const [submitted, setSubmitted] = useState(false);
  // What the server refused, by the form's field, until that field is changed.
  const [refused, setRefused] = useState<Map<string, string>>(new Map());
  // The chosen application's clock, to show the employer's time beside the start.
  const chosen = useLoad(
    async () => (f.app ? api.get<ApplicationView>(`/applications/${enc(f.app)}`) : undefined),
    [f.app],
  );
  const problems = check(f);
  const shown = (k: string) =>
    (submitted || touched[k] ? problems[k] : undefined) ?? refused.get(k);
  const touch = (k: string) => {
    setTouched((t) => ({ ...t, [k]: true }));
    setRefused((r) => {
      const rest = new Map(r);
      rest.delete(k);
      return rest;
    });
  };
  const set = (k: keyof Form, v: string) => {
    setF((x) => ({ ...x, [k]: v }));
    touch(k);
  };
  const setPeople = (people: Person[], changed?: string) => {
    setF((x) => ({ ...x, people }));
    if (changed) touch(changed);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setRefused(new Map());
    if (Object.keys(problems).length > 0) return;
    try {
      await api.post(`/applications/${enc(f.app)}/interviews`, {
        at: f.at,
        durationMinutes: Number(f.durationMinutes),
        interviewers: panelOf(f.people),
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
      setRefused(panelProblems(err, f.people, (k) => FORM_KEY[k] ?? ""));
    }
  };

  const id = (k: string) => `${base}-${k}`;
  // While another application's view loads, the last one's clock is not this one's.
  const a = chosen.data?.app === f.app ? chosen.data : undefined;
  const clocks = a && { zone: a.timezone, yourZone: a.yourZone };
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
        <InterviewTimes
          label="When it started"
          clocks={clocks}
          start={f.at}
          minutes={f.durationMinutes}
          onChange={set}
          idOf={id}
          errorOf={shown}
        />
        <Interviewers
          legend="Who interviewed you"
          people={f.people}
          onChange={setPeople}
          idOf={id}
          errorOf={shown}
        />
        <div className="row">
          <Field
            id={id("stage")}
            label="Stage (optional)"
            hint="Phone screen, onsite…"
            error={shown("stage")}
          >
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
        <Field
          id={id("topics")}
          label="Topics (optional)"
          hint="Separate them with commas."
          error={shown("topics")}
        >
          {(aria) => (
            <input {...aria} value={f.topics} onChange={(e) => set("topics", e.target.value)} />
          )}
        </Field>
        <Field id={id("notes")} label="Notes (optional)" error={shown("notes")}>
          {(aria) => (
            <textarea
              {...aria}
              rows={3}
              value={f.notes}
              onChange={(e) => set("notes", e.target.value)}
            />
          )}
        </Field>
        <FormProblems problems={refused} />
        <button type="submit" className="primary">
          Log interview
        </button>
      </form>
    </>
  );
}
