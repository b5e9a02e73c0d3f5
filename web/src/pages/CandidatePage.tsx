import type {
  ApplicationSummary,
  SessionAccount,
  TodayView,
} from "../../../src/server/api-types.js";
import { api } from "../api.js";
import { useLoad } from "../hooks.js";
import { KIND_LABEL, STAGE_LABEL } from "../labels.js";
import { Link } from "../router.js";
import { Agenda } from "./TodayPage.js";

function Applications(props: { apps: readonly ApplicationSummary[] }) {
  return (
    <section aria-labelledby="their-applications">
      <h2 id="their-applications">
        Applications <span className="count">{props.apps.length}</span>
      </h2>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Company</th>
            <th scope="col">Role</th>
            <th scope="col">Stage</th>
            <th scope="col">Next step</th>
            <th scope="col">Last activity</th>
          </tr>
        </thead>
        <tbody>
          {props.apps.map((a) => (
            <tr key={a.app}>
              <td>{a.company}</td>
              <td>{a.role}</td>
              <td>{STAGE_LABEL[a.stage]}</td>
              <td>
                {a.next
                  ? `${KIND_LABEL[a.next.kind]}, ${a.next.overdue ? "was due" : "due"} ${a.next.dueByText}`
                  : "nothing planned"}
              </td>
              <td>{a.lastActivityText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A candidate's search as they see it, for a coach they share it with: read-only. */
export function CandidatePage(props: { id: number }) {
  const who = useLoad(() => api.get<{ candidates: SessionAccount[] }>("/team/candidates"), []);
  const today = useLoad(() => api.get<TodayView>(`/team/candidates/${props.id}/today`), [props.id]);
  const apps = useLoad(
    () => api.get<ApplicationSummary[]>(`/team/candidates/${props.id}/applications`),
    [props.id],
  );
  const name = who.data?.candidates.find((c) => c.id === props.id)?.name;
  const t = today.data;
  const error = today.error ?? apps.error;
  return (
    <>
      <p className="crumbs">
        <Link to="/">Your candidates</Link>
      </p>
      <h1>{name ? `${name}'s job search` : "A candidate's job search"}</h1>
      {t && (
        <p className="muted">
          Read-only: what {name ?? "they"} sees on their Today page, as of {t.nowText} · times in
          their zone, {t.zone}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {who.data && !name
            ? "This candidate does not share their job search with you (or no longer does)."
            : error}
        </p>
      )}
      {!t && !error && <p aria-busy="true">Loading…</p>}
      {t && t.applications === 0 && <p>No applications yet.</p>}
      {t && name && t.applications > 0 && (
        <Agenda today={t} candidate={name} onChange={today.reload} />
      )}
      {apps.data && apps.data.length > 0 && <Applications apps={apps.data} />}
    </>
  );
}
