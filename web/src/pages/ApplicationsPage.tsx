import { type FormEvent, useMemo, useState } from "react";
import { type ApplicationSummary, STAGES, type Stage } from "../../../src/server/api-types.js";
import { api, errorText } from "../api.js";
import { useAnnounce, useLoad } from "../hooks.js";
import { KIND_LABEL, STAGE_LABEL } from "../labels.js";
import { Link, navigate } from "../router.js";

type SortKey = "company" | "role" | "stage" | "next" | "activity";
const COLUMNS: readonly { key: SortKey; label: string }[] = [
  { key: "company", label: "Company" },
  { key: "role", label: "Role" },
  { key: "stage", label: "Stage" },
  { key: "next", label: "Next step" },
  { key: "activity", label: "Last activity" },
];

function compare(a: ApplicationSummary, b: ApplicationSummary, key: SortKey): number {
  switch (key) {
    case "company":
      return a.company.localeCompare(b.company);
    case "role":
      return a.role.localeCompare(b.role);
    case "stage":
      return STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage);
    case "next":
      return (
        (a.next?.dueByMs ?? Number.POSITIVE_INFINITY) -
        (b.next?.dueByMs ?? Number.POSITIVE_INFINITY)
      );
    case "activity":
      return a.lastActivityMs - b.lastActivityMs;
  }
}

function QuickAdd(props: { onAdded: (app: string) => void }) {
  const announce = useAnnounce();
  const [company, setCompany] = useState("");
  const [role, setRole] = useState("");
  const [error, setError] = useState<string>();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const r = await api.post<{ app: string }>("/applications", { company, role });
      announce(`Added ${company}.`, { undoable: true });
      setCompany("");
      setRole("");
      props.onAdded(r.app);
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <form className="quick-add" onSubmit={submit} aria-labelledby="quick-add-title">
      <h2 id="quick-add-title">Quick add</h2>
      <div className="row">
        <label>
          Company
          <input value={company} onChange={(e) => setCompany(e.target.value)} required />
        </label>
        <label>
          Role
          <input value={role} onChange={(e) => setRole(e.target.value)} required />
        </label>
        <button type="submit" className="primary">
          Add
        </button>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function Next(props: { a: ApplicationSummary }) {
  const n = props.a.next;
  if (!n) return <span className="muted">nothing planned</span>;
  if (n.kind === "let-go") return <span>Time to let it go</span>;
  return (
    <span className={n.overdue ? "overdue-text" : undefined}>
      {KIND_LABEL[n.kind]}, {n.overdue ? "was due" : "due"} {n.dueByText}
    </span>
  );
}

function Board(props: { apps: readonly ApplicationSummary[] }) {
  const by = new Map<Stage, ApplicationSummary[]>(STAGES.map((s) => [s, []]));
  for (const a of props.apps) by.get(a.stage)?.push(a);
  return (
    <div className="board">
      {STAGES.map((s) => (
        <section key={s} className="column" aria-labelledby={`col-${s}`}>
          <h3 id={`col-${s}`}>
            {STAGE_LABEL[s]} <span className="count">{by.get(s)?.length ?? 0}</span>
          </h3>
          <ul>
            {by.get(s)?.map((a) => (
              <li key={a.app} className="card">
                <Link to={`/applications/${encodeURIComponent(a.app)}`}>{a.company}</Link>
                <div className="muted">{a.role}</div>
                <div className="small-text">
                  <Next a={a} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function List(props: { apps: readonly ApplicationSummary[] }) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "next", dir: 1 });
  const rows = useMemo(
    () => [...props.apps].sort((a, b) => compare(a, b, sort.key) * sort.dir),
    [props.apps, sort],
  );
  return (
    <table className="list">
      <caption className="visually-hidden">Applications, sortable by column</caption>
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th
              key={c.key}
              scope="col"
              aria-sort={
                sort.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : undefined
              }
            >
              <button
                type="button"
                className="sort"
                onClick={() =>
                  setSort((s) => ({ key: c.key, dir: s.key === c.key ? (-s.dir as 1 | -1) : 1 }))
                }
              >
                {c.label}
                <span aria-hidden="true">
                  {sort.key === c.key ? (sort.dir === 1 ? " ▲" : " ▼") : ""}
                </span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr key={a.app}>
            <td>
              <Link to={`/applications/${encodeURIComponent(a.app)}`}>{a.company}</Link>
            </td>
            <td>{a.role}</td>
            <td>{STAGE_LABEL[a.stage]}</td>
            <td>
              <Next a={a} />
            </td>
            <td>{a.lastActivityText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ApplicationsPage() {
  const list = useLoad(() => api.get<ApplicationSummary[]>("/applications"), []);
  const [view, setView] = useState<"board" | "list">("board");
  return (
    <>
      <h1>Applications</h1>
      <QuickAdd onAdded={(app) => navigate(`/applications/${encodeURIComponent(app)}`)} />
      <div className="toolbar">
        <fieldset className="segmented">
          <legend className="visually-hidden">Show as</legend>
          {(["board", "list"] as const).map((v) => (
            <label key={v} className={view === v ? "on" : undefined}>
              <input
                type="radio"
                name="view"
                value={v}
                checked={view === v}
                onChange={() => setView(v)}
              />
              {v === "board" ? "Board" : "List"}
            </label>
          ))}
        </fieldset>
      </div>
      {list.error && (
        <p className="error" role="alert">
          {list.error}
        </p>
      )}
      {list.data && list.data.length === 0 && (
        <p className="muted">No applications yet. Add one above.</p>
      )}
      {list.data &&
        list.data.length > 0 &&
        (view === "board" ? <Board apps={list.data} /> : <List apps={list.data} />)}
    </>
  );
}
