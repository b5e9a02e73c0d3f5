import { type FormEvent, useState } from "react";
import { STATUSES, type Status } from "../../../src/core/types.js";
import type { ApplicationView } from "../../../src/server/api-types.js";
import { api, enc, errorText } from "../api.js";
import { ActionList } from "../components/ActionList.js";
import { ReplyBox } from "../components/ReplyBox.js";
import { useAnnounce, useLoad } from "../hooks.js";
import { SIGNAL_LABEL, STAGE_LABEL, STATUS_LABEL } from "../labels.js";
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

function NoteForm(props: { app: string; onSaved: () => void }) {
  const announce = useAnnounce();
  const [text, setText] = useState("");
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
  return (
    <form className="note-form" onSubmit={submit}>
      <label>
        Add a note
        <textarea rows={2} value={text} onChange={(e) => setText(e.target.value)} />
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
  const view = useLoad(
    () => api.get<ApplicationView>(`/applications/${enc(props.app)}`),
    [props.app],
  );
  const a = view.data;
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
          <section aria-labelledby="reply-title">
            <h2 id="reply-title">Paste a reply</h2>
            <ReplyBox app={a.app} contacts={a.contacts} onSaved={view.reload} />
          </section>
          <section aria-labelledby="timeline-title">
            <h2 id="timeline-title">Timeline</h2>
            <NoteForm app={a.app} onSaved={view.reload} />
            <ol className="timeline">
              {a.events.map((e) => (
                <li key={e.id}>
                  <span className="when">{e.atText}</span>
                  <span className="what">
                    {e.title}
                    {e.signal && <span className="badge">{SIGNAL_LABEL[e.signal]}</span>}
                  </span>
                  {e.detail && <p className="detail">{e.detail}</p>}
                  {e.type !== "application" && (
                    <RemoveEvent id={e.id} title={e.title} onRemoved={view.reload} />
                  )}
                </li>
              ))}
            </ol>
          </section>
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
          <section aria-labelledby="contacts-title">
            <h2 id="contacts-title">Contacts</h2>
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
          </section>
          <section aria-labelledby="status-title">
            <h2 id="status-title">Status</h2>
            <StatusForm app={a.app} status={a.status} onSaved={view.reload} />
          </section>
        </aside>
      </div>
    </>
  );
}
