import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import {
  CHANNELS,
  type Contact,
  type SentKind,
  SIGNALS,
  STATUSES,
  type Status,
} from "../../../src/core/types.js";
import type { ApplicationView, EventView } from "../../../src/server/api-types.js";
import { ApiError, api, enc, errorText } from "../api.js";
import { ActionList } from "../components/ActionList.js";
import { ApplicationForm } from "../components/ApplicationForm.js";
import { Field } from "../components/Field.js";
import {
  Interviewers,
  newPerson,
  type Person,
  panelOf,
  panelProblems,
  peopleProblems,
} from "../components/Interviewers.js";
import { type Clocks, InterviewTimes } from "../components/InterviewTimes.js";
import { ReplyBox } from "../components/ReplyBox.js";
import { useAnnounce, useLoad, useNarrow } from "../hooks.js";
import { durationProblem, instantIn, wallTime } from "../interview-time.js";
import { CHANNEL_LABEL, SIGNAL_LABEL, STAGE_LABEL, STATUS_LABEL } from "../labels.js";
import { problemLines, problemsBy, problemsByField } from "../problems.js";
import { Link } from "../router.js";

function StatusForm(props: { app: string; status?: Status; onSaved: () => void }) {
  const announce = useAnnounce();
  const [status, setStatus] = useState<Status | "">(props.status ?? "");
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!status) return;
    try {
      const r = await api.post<{ changes: string[] }>(`/applications/${enc(props.app)}/status`, {
        status,
      });
      // Every status change says what it did to the pending actions.
      announce(`Status set: ${STATUS_LABEL[status]}. ${r.changes.join(" ")}`, { undoable: true });
      props.onSaved();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <form className="row" onSubmit={submit}>
      <label>
        Status
        <select value={status} onChange={(e) => setStatus(e.target.value as Status)}>
          <option value="">Choose…</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={!status}>
        Set status
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** Adds a note; on a phone (`folded`) behind a button until asked for. */
function NoteForm(props: { app: string; folded: boolean; onSaved: () => void }) {
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const area = useRef<HTMLTextAreaElement>(null);
  // Opened from its button: the next thing is to type.
  useEffect(() => {
    if (open) area.current?.focus();
  }, [open]);
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      await api.post(`/applications/${enc(props.app)}/notes`, { text });
      announce("Note added.", { undoable: true });
      setText("");
      props.onSaved();
    } catch (err) {
      setError(errorText(err));
    }
  };
  if (props.folded && !open)
    return (
      <button
        type="button"
        className="note-form"
        aria-expanded={false}
        onClick={() => setOpen(true)}
      >
        Add a note
      </button>
    );
  return (
    <form className="note-form" onSubmit={submit}>
      <label>
        Add a note
        <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} ref={area} />
      </label>
      <button type="submit" disabled={!text.trim()}>
        Add note
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

/** Takes one recorded event back (it can be undone from the notice). */
function RemoveEvent(props: { id: number; title: string; onRemoved: () => void }) {
  const announce = useAnnounce();
  const remove = async () => {
    try {
      await api.post("/ops/retractEvent", { id: props.id });
      announce(`Removed: ${props.title}.`, { undoable: true });
      props.onRemoved();
    } catch (err) {
      announce(`Could not remove it: ${errorText(err)}`);
    }
  };
  return (
    <button type="button" className="small quiet" onClick={remove}>
      Remove<span className="visually-hidden">: {props.title}</span>
    </button>
  );
}

function describe(changes: readonly string[]): string {
  return changes.join(" ");
}

/** The job's details as recorded, with the button that opens them for correction. */
function JobDetails(props: { a: ApplicationView; onEdit: () => void }) {
  const { a } = props;
  const j = a.application;
  const rows: [string, string | undefined][] = [
    ["Applied", a.appliedText ?? (j.saved ? "not yet (saved)" : undefined)],
    ["Location", j.location],
    ["Salary", j.salary],
    ["Their time zone", j.timezone ?? `${a.timezone} (yours)`],
    ["Holiday region", a.region],
    ["Tags", j.tags?.join(", ")],
  ];
  return (
    <>
      <dl className="details">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      {j.description && (
        <details>
          <summary>Job description</summary>
          <p className="detail">{j.description}</p>
        </details>
      )}
      <button type="button" onClick={props.onEdit}>
        Edit details and contacts
      </button>
    </>
  );
}

const SENT_KINDS_SHOWN: readonly [SentKind, string][] = [
  ["thank-you", "Thank-you note"],
  ["check-in", "Check-in"],
  ["value-add", "Casual update"],
  ["final-thanks", "Final thank-you"],
  ["keep-in-touch", "Keep-in-touch hello"],
  ["other", "Something else"],
];

/** Records a message, card, call or LinkedIn note sent outside hearback's drafts. */
function SentForm(props: { app: string; contacts: readonly Contact[]; onSaved: () => void }) {
  const announce = useAnnounce();
  const id = useId();
  const [f, setF] = useState({ kind: "check-in", channel: "email", to: "", at: "", text: "" });
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) =>
    setF((x) => ({ ...x, [k]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setErrors(new Map());
    try {
      const r = await api.post<{ changes: string[] }>(`/applications/${enc(props.app)}/sent`, {
        kind: f.kind,
        channel: f.channel,
        ...(f.to ? { to: f.to, newContact: true } : {}),
        ...(f.at ? { at: f.at } : {}),
        ...(f.text.trim() ? { text: f.text } : {}),
      });
      announce(`Recorded. ${describe(r.changes)}`, { undoable: true });
      setF((x) => ({ ...x, to: "", at: "", text: "" }));
      props.onSaved();
    } catch (err) {
      setErrors(problemsByField(err));
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <div className="row">
        <Field id={`${id}-kind`} label="What" error={errors.get("kind")}>
          {(aria) => (
            <select {...aria} value={f.kind} onChange={set("kind")}>
              {SENT_KINDS_SHOWN.map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-channel`} label="How" error={errors.get("channel")}>
          {(aria) => (
            <select {...aria} value={f.channel} onChange={set("channel")}>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABEL[c]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={`${id}-to`} label="To" error={errors.get("to")} hint="optional">
          {(aria) => <input {...aria} list={`${id}-people`} value={f.to} onChange={set("to")} />}
        </Field>
        <Field id={`${id}-at`} label="When" error={errors.get("at")} hint="empty: now">
          {(aria) => <input {...aria} type="datetime-local" value={f.at} onChange={set("at")} />}
        </Field>
      </div>
      <datalist id={`${id}-people`}>
        {props.contacts.map((c) => (
          <option key={c.name} value={c.name} />
        ))}
      </datalist>
      <Field id={`${id}-text`} label="What you said (optional)" error={errors.get("text")}>
        {(aria) => <textarea {...aria} rows={2} value={f.text} onChange={set("text")} />}
      </Field>
      {errors.get("") && (
        <p className="error" role="alert">
          {errors.get("")}
        </p>
      )}
      <button type="submit">Record it</button>
    </form>
  );
}

/** The fields of a recorded event a person may correct, with their labels. */
const CORRECTABLE: Record<string, readonly [string, string][]> = {
  // When it started and how long it took have fields of their own (InterviewTimes).
  interview: [
    ["stage", "Stage"],
    ["topics", "Topics, separated by commas"],
    ["decisionBy", "Decision date"],
    ["notes", "Notes"],
  ],
  sent: [
    ["at", "When"],
    ["to", "To"],
    ["channel", "How"],
    ["subject", "Subject"],
    ["text", "Text"],
  ],
  reply: [
    ["at", "When"],
    ["from", "From"],
    ["signal", "Signal"],
    ["decisionBy", "Decision date"],
    ["returnOn", "Back on"],
    ["text", "Text"],
  ],
  status: [
    ["at", "When"],
    ["status", "Status"],
    ["note", "Note"],
  ],
  note: [
    ["at", "When"],
    ["text", "Text"],
  ],
  dismiss: [["at", "When"]],
};

/** Fields that hold a list, corrected as text separated by commas. */
const LISTS = new Set(["topics"]);

/** A field's value as the form shows it: a list joined by commas. */
function shownValue(v: unknown, list: boolean): string {
  if (list) return Array.isArray(v) ? v.join(", ") : "";
  return typeof v === "string" ? v : "";
}

const CHOICES: Record<string, readonly string[]> = {
  channel: CHANNELS,
  signal: SIGNALS,
  status: STATUSES,
};

/** Problems with an interview's corrected start and length, by the form's field. */
function timeProblems(start: string, minutes: string): Record<string, string> {
  const p: Record<string, string> = {};
  if (!start) p.at = "Say when the interview started.";
  const long = durationProblem(minutes);
  if (long) p.durationMinutes = long;
  return p;
}

/** Corrects one recorded event (an amendment in the log; the notice offers Undo). */
function CorrectEvent(props: { event: EventView; clocks: Clocks; onSaved: () => void }) {
  const announce = useAnnounce();
  const id = useId();
  const [open, setOpen] = useState(false);
  const fields = CORRECTABLE[props.event.type] ?? [];
  const original = props.event.event as Record<string, unknown>;
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map(([k]) => [k, shownValue(original[k], LISTS.has(k))])),
  );
  // An interview's panel, a row per interviewer (one empty row to add the first).
  const panel = props.event.type === "interview";
  const [people, setPeople] = useState<Person[]>(() => {
    const known = (original.interviewers as Contact[] | undefined) ?? [];
    return known.length > 0 ? known.map((c) => newPerson(c)) : [newPerson()];
  });
  // An interview's start on the user's clock, and its length as recorded.
  const { zone, yourZone } = props.clocks;
  const startWas = panel ? wallTime(String(original.at), yourZone, zone) : "";
  const minutesWas = String(original.durationMinutes ?? 60);
  const [start, setStart] = useState(startWas);
  const [minutes, setMinutes] = useState(minutesWas);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  if (fields.length === 0) return null;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const wrong = panel ? { ...peopleProblems(people), ...timeProblems(start, minutes) } : {};
    if (Object.keys(wrong).length > 0) {
      setErrors(new Map(Object.entries(wrong)));
      return;
    }
    const event: Record<string, unknown> = { ...original };
    for (const [k] of fields) {
      const v = values[k]!.trim();
      const list = v
        .split(",")
        .map((x) => x.trim())
        .filter(Boolean);
      if (v) event[k] = LISTS.has(k) ? list : v;
      else delete event[k];
    }
    if (panel) {
      const interviewers = panelOf(people);
      if (interviewers.length > 0) event.interviewers = interviewers;
      else delete event.interviewers;
      // Only what changed: an untouched start keeps the time as it was written.
      if (start !== startWas)
        event.at = `${new Date(instantIn(start, yourZone)).toISOString().slice(0, 19)}Z`;
      if (minutes !== minutesWas) event.durationMinutes = Number(minutes);
    }
    try {
      await api.post("/ops/amendEvent", { id: props.event.id, event });
      announce(`Corrected: ${props.event.title}.`, { undoable: true });
      setOpen(false);
      props.onSaved();
    } catch (err) {
      // The engine's checks name fields as "sent.at"; the form's fields are "at".
      const type = `${props.event.type}.`;
      const ours = new Set([
        ...fields.map(([k]) => k),
        ...(panel ? ["at", "durationMinutes"] : []),
      ]);
      const lines = problemLines(err).map((l) => (l.startsWith(type) ? l.slice(type.length) : l));
      setErrors(
        panel
          ? panelProblems({ problems: lines }, people, (k) => (ours.has(k) ? k : ""))
          : problemsBy(lines, ({ field }) => (ours.has(field) ? field : "")),
      );
    }
  };
  if (!open)
    return (
      <button type="button" className="small quiet" onClick={() => setOpen(true)}>
        Correct<span className="visually-hidden">: {props.event.title}</span>
      </button>
    );
  return (
    <form className="correct" onSubmit={save} noValidate>
      {panel && (
        <InterviewTimes
          label="Started"
          clocks={props.clocks}
          start={start}
          minutes={minutes}
          onChange={(k, v) => {
            (k === "at" ? setStart : setMinutes)(v);
            setErrors((m) => new Map([...m].filter(([key]) => key !== k)));
          }}
          idOf={(k) => `${id}-${k}`}
          errorOf={(k) => errors.get(k)}
        />
      )}
      {fields.map(([k, label]) => (
        <Field key={k} id={`${id}-${k}`} label={label} error={errors.get(k)}>
          {(aria) =>
            CHOICES[k] ? (
              <select
                {...aria}
                value={values[k]}
                onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
              >
                {k !== "status" && <option value="">(none)</option>}
                {CHOICES[k]!.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            ) : (
              <input
                {...aria}
                value={values[k]}
                onChange={(e) => setValues((v) => ({ ...v, [k]: e.target.value }))}
              />
            )
          }
        </Field>
      ))}
      {panel && (
        <Interviewers
          legend="Who interviewed you"
          people={people}
          onChange={(p, changed) => {
            setPeople(p);
            if (changed) setErrors((m) => new Map([...m].filter(([k]) => k !== changed)));
          }}
          idOf={(k) => `${id}-${k}`}
          errorOf={(k) => errors.get(k)}
        />
      )}
      {errors.get("") && (
        <p className="error" role="alert">
          {errors.get("")}
        </p>
      )}
      <div className="buttons">
        <button type="submit" className="primary small">
          Save correction
        </button>
        <button type="button" className="small" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/**
 * A section of the page. On a phone, `folded` sections start closed behind their heading (a
 * button saying whether it is open), so that the page leads with what to do next.
 */
function Section(props: {
  id: string;
  title: string;
  folded?: boolean;
  children: React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const title = `${props.id}-title`;
  const body = `${props.id}-body`;
  return (
    <section aria-labelledby={title}>
      <h2 id={title}>
        {props.folded ? (
          <button
            type="button"
            className="disclosure"
            aria-expanded={open}
            aria-controls={body}
            onClick={() => setOpen((o) => !o)}
          >
            {props.title}
          </button>
        ) : (
          props.title
        )}
      </h2>
      <div id={body} hidden={props.folded && !open}>
        {props.children}
      </div>
    </section>
  );
}

/** How many of the newest entries a phone shows before "Show all". */
const RECENT = 3;

/** The timeline, newest first; on a phone only the newest few until asked for all. */
function Timeline(props: {
  events: readonly EventView[];
  clocks: Clocks;
  short: boolean;
  onChange: () => void;
}) {
  const [all, setAll] = useState(false);
  const shown = props.short && !all ? props.events.slice(0, RECENT) : props.events;
  return (
    <>
      <ol className="timeline">
        {shown.map((e) => (
          <li key={e.id}>
            <span className="when">{e.atText}</span>
            <span className="what">
              {e.title}
              {e.signal && <span className="badge">{SIGNAL_LABEL[e.signal]}</span>}
            </span>
            {e.detail && <p className="detail">{e.detail}</p>}
            {e.type !== "application" && (
              <>
                <CorrectEvent event={e} clocks={props.clocks} onSaved={props.onChange} />
                <RemoveEvent id={e.id} title={e.title} onRemoved={props.onChange} />
              </>
            )}
          </li>
        ))}
      </ol>
      {shown.length < props.events.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {props.events.length} entries
        </button>
      )}
    </>
  );
}

/** Only http(s) addresses become links: a stored `javascript:` or `data:` URL stays inert. */
function isWebAddress(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === "https:" || protocol === "http:";
  } catch {
    return false;
  }
}

export function ApplicationPage(props: { app: string }) {
  const [missing, setMissing] = useState(false);
  const view = useLoad(
    () =>
      api.get<ApplicationView>(`/applications/${enc(props.app)}`).catch((err: unknown) => {
        setMissing(err instanceof ApiError && err.status === 404);
        throw err;
      }),
    [props.app],
  );
  const [editing, setEditing] = useState(false);
  const announce = useAnnounce();
  const narrow = useNarrow();
  const a = view.data;
  if (view.error && missing)
    return (
      <>
        <h1>No such application</h1>
        <p>
          Nothing is stored under “{props.app}”: it may have been removed, or the link is mistyped.
        </p>
        <p>
          <Link to="/applications">See your applications</Link>, or add it there.
        </p>
      </>
    );
  if (view.error)
    return (
      <>
        <h1>Application</h1>
        <p className="error" role="alert">
          {view.error}
        </p>
        <Link to="/applications">Back to applications</Link>
      </>
    );
  if (!a) return <p aria-busy="true">Loading…</p>;
  return (
    <>
      <p className="crumbs">
        <Link to="/applications">Applications</Link>
      </p>
      <h1>
        {a.company} <span className="subtitle">{a.role}</span>
      </h1>
      <p className="muted">
        {STAGE_LABEL[a.stage]}
        {a.status ? ` · ${STATUS_LABEL[a.status]}` : ""} · times in your zone, {a.yourZone}
        {a.timezone !== a.yourZone && ` (theirs: ${a.timezone})`}
        {isWebAddress(a.url) && (
          <>
            {" · "}
            <a href={a.url} rel="noopener noreferrer" target="_blank">
              job posting
            </a>
          </>
        )}
      </p>
      <div className="columns">
        <div>
          <section aria-labelledby="next-title">
            <h2 id="next-title">Next actions</h2>
            {a.actions.length === 0 ? (
              <p className="muted">Nothing to do for now.</p>
            ) : (
              <ActionList actions={a.actions} showCompany={false} onChange={view.reload} />
            )}
          </section>
          <section aria-labelledby="details-title">
            <h2 id="details-title">The job</h2>
            {editing ? (
              <ApplicationForm
                editing={a.application}
                yourZone={a.yourZone}
                yourRegion={a.region ?? "US"}
                save={async (body) => {
                  const r = await api.post<{ changes: string[] }>("/ops/editApplication", {
                    ...body,
                    app: a.app,
                  });
                  announce(`Saved. ${describe(r.changes)}`, { undoable: true });
                  setEditing(false);
                  view.reload();
                }}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <JobDetails a={a} onEdit={() => setEditing(true)} />
            )}
          </section>
          <Section id="reply" title="Paste a reply" folded={narrow}>
            <ReplyBox app={a.app} contacts={a.contacts} onSaved={view.reload} />
          </Section>
          <Section id="sent" title="Record something you sent" folded={narrow}>
            <SentForm app={a.app} contacts={a.contacts} onSaved={view.reload} />
          </Section>
          <Section id="timeline" title="Timeline">
            <NoteForm app={a.app} folded={narrow} onSaved={view.reload} />
            <Timeline
              events={a.events}
              clocks={{ zone: a.timezone, yourZone: a.yourZone }}
              short={narrow}
              onChange={view.reload}
            />
          </Section>
        </div>
        <aside>
          <section aria-labelledby="interviews-title">
            <h2 id="interviews-title">Interviews</h2>
            <Link to={`/log?app=${enc(a.app)}`} className="button">
              Log an interview
            </Link>
            {a.interviews.length === 0 && <p className="muted">No interviews yet.</p>}
            <ul className="plain">
              {a.interviews.map((i) => (
                <li key={i.round} className="interview">
                  <strong>
                    Round {i.round}
                    {i.stage ? `: ${i.stage}` : ""}
                  </strong>
                  <div>
                    {i.atText}, {i.durationMinutes} min
                  </div>
                  {i.interviewers.length > 0 && (
                    <div>With {i.interviewers.map((p) => p.name).join(", ")}</div>
                  )}
                  {i.topics.length > 0 && (
                    <div className="muted">Topics: {i.topics.join(", ")}</div>
                  )}
                  {i.decisionByText && <div>Decision by {i.decisionByText}</div>}
                  {i.notes && <p className="detail">{i.notes}</p>}
                </li>
              ))}
            </ul>
          </section>
          <Section id="contacts" title={`Contacts (${a.contacts.length})`} folded={narrow}>
            {a.contacts.length === 0 && <p className="muted">No contacts yet.</p>}
            <ul className="plain">
              {a.contacts.map((c) => (
                <li key={c.name}>
                  <strong>{c.name}</strong>
                  {c.title && <span className="muted">, {c.title}</span>}
                  {c.email && (
                    <div>
                      <a href={`mailto:${c.email}`}>{c.email}</a>
                    </div>
                  )}
                  {c.phone && <div>{c.phone}</div>}
                </li>
              ))}
            </ul>
          </Section>
          <section aria-labelledby="status-title">
            <h2 id="status-title">Status</h2>
            <StatusForm app={a.app} status={a.status} onSaved={view.reload} />
          </section>
        </aside>
      </div>
    </>
  );
}
