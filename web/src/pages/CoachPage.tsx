import { useEffect, useState } from "react";
import type {
  CoachActionView,
  CoachCandidateView,
  CoachView,
} from "../../../src/server/api-types.js";
import { api } from "../api.js";
import { ActionSummary } from "../components/ActionList.js";
import { useLoad } from "../hooks.js";
import { SIGNAL_LABEL } from "../labels.js";
import { Link } from "../router.js";
import { useAccount } from "../session.js";

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

/** A candidate's actions, read-only. */
function Actions(props: { actions: readonly CoachActionView[]; candidate: string }) {
  return (
    <ul className="actions">
      {props.actions.map((a) => (
        <li key={a.id} className={`action ${a.when}`}>
          <ActionSummary a={a} candidate={props.candidate} />
        </li>
      ))}
    </ul>
  );
}

function Candidate(props: { c: CoachCandidateView; lead: boolean }) {
  const { c } = props;
  const id = `candidate-${c.candidate.id}`;
  const page = `/candidates/${c.candidate.id}`;
  const count = Object.values(c.stages).reduce((sum, n) => sum + n, 0);
  const more = c.dueTodayCount - c.dueToday.length;
  const quiet = c.dueTodayCount + c.coldButChased.length + c.offers.length === 0;
  return (
    <section aria-labelledby={id} className="candidate">
      <h2 id={id}>
        <Link to={page}>{c.candidate.name}</Link>{" "}
        <span className="muted small-text">{c.candidate.email}</span>
      </h2>
      <p className="muted">
        {count === 1 ? "1 application" : `${count} applications`} · their zone, {c.zone}
        {props.lead && ` · shares with ${c.sharedWith.map((w) => w.name).join(", ")}`}
      </p>
      {quiet && <p>Nothing due today, nothing overdue.</p>}
      <Part id={`${id}-due`} title="Due today" count={c.dueTodayCount}>
        <Actions actions={c.dueToday} candidate={c.candidate.name} />
        {more > 0 && (
          <p>
            <Link to={page}>
              {more} more due today, on {c.candidate.name}'s page
            </Link>
          </p>
        )}
      </Part>
      <Part id={`${id}-thanks`} title="Thank-yous overdue" count={c.thankYousOverdue.length}>
        <ul className="plain">
          {c.thankYousOverdue.map((t) => (
            <li key={t.id}>
              <strong>{t.company}</strong>
              {t.to && `: to ${t.to}`}, was due by {t.dueByText}
            </li>
          ))}
        </ul>
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

/** The choices of a filter, from the unfiltered view: [value, label]. */
type Choices = readonly (readonly [string, string])[];

/** A coach's view across the candidates who share their search with them. */
export function CoachPage() {
  const lead = useAccount()?.lead === true;
  const [stage, setStage] = useState("");
  const [coach, setCoach] = useState("");
  const query = new URLSearchParams([
    ...(stage ? [["stage", stage]] : []),
    ...(coach ? [["coach", coach]] : []),
  ]).toString();
  const view = useLoad(
    () => api.get<CoachView>(`/team/agenda${query ? `?${query}` : ""}`),
    [query],
  );
  const [choices, setChoices] = useState<{ stages: Choices; coaches: Choices }>({
    stages: [],
    coaches: [],
  });
  useEffect(() => {
    if (query || !view.data) return;
    const all = view.data.candidates;
    const stages = new Set(all.flatMap((c) => Object.keys(c.stages)));
    const coaches = new Map(all.flatMap((c) => c.sharedWith.map((w) => [String(w.id), w.name])));
    setChoices({
      stages: [...stages].sort().map((s) => [s, stageWords(s)] as const),
      coaches: [...coaches].sort((a, b) => a[1].localeCompare(b[1])),
    });
  }, [view.data, query]);
  const v = view.data;
  return (
    <>
      <h1>Your candidates</h1>
      {v && (
        <p className="muted">
          As of {v.nowText} · times in your zone, {v.zone}
        </p>
      )}
      <div className="toolbar filters">
        {lead && (
          <Choose
            label="Coach"
            all="All coaches"
            value={coach}
            set={setCoach}
            choices={choices.coaches}
          />
        )}
        <Choose
          label="Stage"
          all="All stages"
          value={stage}
          set={setStage}
          choices={choices.stages}
        />
      </div>
      {view.error && (
        <p className="error" role="alert">
          {view.error}
        </p>
      )}
      {!v && !view.error && <p aria-busy="true">Loading…</p>}
      {v && v.candidates.length === 0 && (
        <p>
          {query
            ? "No candidate matches these filters."
            : "No candidate shares their job search with you yet. A candidate shares theirs on their Settings page, with your email."}
        </p>
      )}
      {v?.candidates.map((c) => (
        <Candidate key={c.candidate.id} c={c} lead={lead} />
      ))}
    </>
  );
}

function Choose(props: {
  label: string;
  all: string;
  value: string;
  set: (value: string) => void;
  choices: Choices;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.set(e.target.value)}>
        <option value="">{props.all}</option>
        {props.choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}
