import { useEffect, useState } from "react";
import type { CoachCandidateView, CoachView } from "../../../src/server/api-types.js";
import { api, enc } from "../api.js";
import { ActionList } from "../components/ActionList.js";
import { useLoad } from "../hooks.js";
import { SIGNAL_LABEL } from "../labels.js";
import { Link } from "../router.js";

/** A stage as `hearback list` names it ("interview-scheduled"), in words. */
function stageWords(stage: string): string {
  const words = stage.replace(/-/g, " ");
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

function Part(props: { id: string; title: string; count: number; children: React.ReactNode }) {
  if (props.count === 0) return null;
  return (
    <section aria-labelledby={props.id} className="group">
      <h3 id={props.id}>
        {props.title} <span className="count">{props.count}</span>
      </h3>
      {props.children}
    </section>
  );
}

function Candidate(props: { c: CoachCandidateView }) {
  const { c } = props;
  const id = `candidate-${c.candidate.id}`;
  const count = Object.keys(c.stages).length;
  const quiet =
    c.dueToday.length + c.thankYousOverdue.length + c.coldButChased.length + c.offers.length === 0;
  return (
    <section aria-labelledby={id} className="candidate">
      <h2 id={id}>
        <Link to={`/candidates/${c.candidate.id}`}>{c.candidate.name}</Link>{" "}
        <span className="muted small-text">{c.candidate.email}</span>
      </h2>
      <p className="muted">
        {count === 1 ? "1 application" : `${count} applications`} · their zone, {c.zone}
      </p>
      {quiet && <p>Nothing due today, nothing overdue.</p>}
      <Part id={`${id}-due`} title="Due today" count={c.dueToday.length}>
        <ActionList actions={c.dueToday} readOnly onChange={() => {}} />
      </Part>
      <Part id={`${id}-thanks`} title="Thank-yous overdue" count={c.thankYousOverdue.length}>
        <ActionList actions={c.thankYousOverdue} readOnly onChange={() => {}} />
      </Part>
      <Part id={`${id}-cold`} title="Cold replies still chased" count={c.coldButChased.length}>
        <ul className="plain">
          {c.coldButChased.map((r) => (
            <li key={r.app}>
              <strong>{r.company}</strong>: read as {SIGNAL_LABEL[r.signal].toLowerCase()} on{" "}
              {r.replyAtText}, and {r.sentSince} {r.sentSince === 1 ? "message" : "messages"} sent
              since
            </li>
          ))}
        </ul>
      </Part>
      <Part id={`${id}-offers`} title="Offers" count={c.offers.length}>
        <ul className="plain">
          {c.offers.map((o) => (
            <li key={o.app}>{o.company}</li>
          ))}
        </ul>
      </Part>
    </section>
  );
}

/** A coach's view across the candidates who share their search with them. */
export function CoachPage() {
  const [stage, setStage] = useState("");
  const view = useLoad(
    () => api.get<CoachView>(`/team/agenda${stage ? `?stage=${enc(stage)}` : ""}`),
    [stage],
  );
  // The stages to choose from: those of the unfiltered view.
  const [stages, setStages] = useState<readonly string[]>([]);
  useEffect(() => {
    if (stage || !view.data) return;
    setStages([...new Set(view.data.candidates.flatMap((c) => Object.values(c.stages)))].sort());
  }, [view.data, stage]);
  const v = view.data;
  return (
    <>
      <h1>Your candidates</h1>
      {v && (
        <p className="muted">
          {v.nowText} · times in your zone, {v.zone}
        </p>
      )}
      <div className="toolbar">
        <label>
          Stage
          <select value={stage} onChange={(e) => setStage(e.target.value)}>
            <option value="">All stages</option>
            {stages.map((s) => (
              <option key={s} value={s}>
                {stageWords(s)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {view.error && (
        <p className="error" role="alert">
          {view.error}
        </p>
      )}
      {!v && !view.error && <p aria-busy="true">Loading…</p>}
      {v && v.candidates.length === 0 && (
        <p>
          {stage
            ? "No candidate has an application at this stage."
            : "No candidate shares their job search with you yet. A candidate shares theirs on their Settings page, with your email."}
        </p>
      )}
      {v?.candidates.map((c) => (
        <Candidate key={c.candidate.id} c={c} />
      ))}
    </>
  );
}
