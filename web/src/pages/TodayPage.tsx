import { useState } from "react";
import type { ActionView, TodayView } from "../../../src/server/api-types.js";
import { aboutCandidate } from "../addressed.js";
import { api, errorText } from "../api.js";
import { ActionList } from "../components/ActionList.js";
import { useAnnounce, useLoad } from "../hooks.js";
import { Link } from "../router.js";

/** Cards shown per group at first: a long agenda is read from the top, and renders fast. */
const FIRST_CARDS = 40;

function Group(props: {
  title: string;
  empty: string;
  actions: readonly ActionView[];
  candidate?: string;
  onChange: () => void;
}) {
  const id = `group-${props.title.toLowerCase().replace(/\W+/g, "-")}`;
  const [all, setAll] = useState(false);
  const shown = all ? props.actions : props.actions.slice(0, FIRST_CARDS);
  const hidden = props.actions.length - shown.length;
  return (
    <section aria-labelledby={id} className="group">
      <h2 id={id}>
        {props.title} <span className="count">{props.actions.length}</span>
      </h2>
      {props.actions.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ActionList actions={shown} candidate={props.candidate} onChange={props.onChange} />
      )}
      {hidden > 0 && (
        <button type="button" onClick={() => setAll(true)}>
          Show {hidden} more
          <span className="visually-hidden"> in {props.title}</span>
        </button>
      )}
    </section>
  );
}

function Welcome(props: { onLoaded: () => void }) {
  const announce = useAnnounce();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const loadDemo = async () => {
    setBusy(true);
    try {
      const r = await api.post<{ applications: number }>("/demo");
      announce(`Loaded a demo job search with ${r.applications} applications.`, {
        undoable: true,
      });
      props.onLoaded();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };
  return (
    <section className="welcome">
      <h2>Welcome to hearback</h2>
      <p>
        hearback keeps track of your job applications and tells you when to follow up, with whom and
        saying what. Everything stays on this computer.
      </p>
      <div className="buttons">
        <button type="button" className="primary" onClick={loadDemo} disabled={busy}>
          Load a demo job search
        </button>
        <Link to="/applications" className="button">
          Add your first application
        </Link>
      </div>
      <p className="muted">
        The demo is made-up data you can explore and change; you can also import a timeline in{" "}
        <Link to="/settings">Settings</Link>.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/**
 * The agenda's groups, overdue first. For a coach (`candidate`: whose search it is) it is
 * read-only, offers no drafts, drops nothing, and speaks of the candidate.
 */
export function Agenda(props: { today: TodayView; candidate?: string; onChange: () => void }) {
  const t = props.today;
  const { candidate } = props;
  return (
    <div className="today" data-testid="today">
      {t.unreadable.length > 0 && (
        <section aria-labelledby="group-unreadable" className="group error">
          <h2 id="group-unreadable">
            Left out: stored data that cannot be read{" "}
            <span className="count">{t.unreadable.length}</span>
          </h2>
          <ul>
            {t.unreadable.map((u) => (
              <li key={u.app}>{u.problem}</li>
            ))}
          </ul>
        </section>
      )}
      {t.missed.length > 0 && (
        <Group
          title={
            candidate
              ? aboutCandidate("Missed: still want to?", candidate)
              : "Missed: still want to?"
          }
          empty=""
          actions={t.missed}
          candidate={candidate}
          onChange={props.onChange}
        />
      )}
      {(
        [
          ["Overdue", "Nothing overdue.", t.overdue],
          ["Due today", "Nothing due today.", t.today],
          ["Coming up", "Nothing planned yet.", t.upcoming],
        ] as const
      ).map(([title, empty, actions]) => (
        <Group
          key={title}
          title={title}
          empty={empty}
          actions={actions}
          candidate={candidate}
          onChange={props.onChange}
        />
      ))}
      {t.later > 0 && (
        <p className="muted">
          {t.later} more planned after the next week
          {candidate === undefined ? ": see each application's page." : "."}
        </p>
      )}
      {t.letGo.length > 0 && (
        <Group
          title="Time to let go"
          empty=""
          actions={t.letGo}
          candidate={candidate}
          onChange={props.onChange}
        />
      )}
    </div>
  );
}

export function TodayPage() {
  const today = useLoad(() => api.get<TodayView>("/today"), []);
  const t = today.data;
  return (
    <>
      <h1>Today</h1>
      {t && (
        <p className="muted">
          As of {t.nowText} · times in your zone, {t.zone}
        </p>
      )}
      {today.error && (
        <p className="error" role="alert">
          {today.error}
        </p>
      )}
      {!t && !today.error && <p aria-busy="true">Loading…</p>}
      {t && t.applications === 0 && <Welcome onLoaded={today.reload} />}
      {t && t.applications > 0 && <Agenda today={t} onChange={today.reload} />}
    </>
  );
}
