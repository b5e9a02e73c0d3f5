import { type KeyboardEvent, useEffect, useMemo, useRef, useState } from "react";
import { type ApplicationSummary, STAGES, type Stage } from "../../../src/server/api-types.js";
import { api, enc, errorText } from "../api.js";
import { ApplicationForm } from "../components/ApplicationForm.js";
import { useAnnounce, useDebounced, useLoad } from "../hooks.js";
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

/** Adds an application with every detail (the details fold away until wanted). */
function AddApplication(props: { onAdded: (app: string) => void }) {
  const announce = useAnnounce();
  const settings = useLoad(
    () => api.get<{ timezone: string; region: string | null }>("/settings"),
    [],
  );
  if (!settings.data) return null;
  return (
    <section className="quick-add" aria-labelledby="quick-add-title">
      <h2 id="quick-add-title">Add an application</h2>
      <ApplicationForm
        yourZone={settings.data.timezone}
        yourRegion={settings.data.region ?? "US"}
        save={async (body) => {
          const r = await api.post<{ app: string }>("/applications", body);
          announce(`Added ${String(body.company)}.`, { undoable: true });
          props.onAdded(r.app);
        }}
      />
    </section>
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

/** Where dropping a card records something, and what (see the moveApplication operation). */
const CLOSINGS = [
  { status: "rejected", label: "They turned me down" },
  { status: "withdrawn", label: "I withdrew" },
  { status: "filled", label: "The position was filled" },
] as const;

const MOVE_HELP =
  "To move this card with the keyboard: press Enter, then the left and right arrows to choose a stage, Enter to drop it there, Escape to cancel.";

/**
 * The board: drag a card to another stage with the mouse (HTML5 drag and drop), or with
 * the keyboard from its Move button (arrows choose the stage, Enter drops, Escape cancels),
 * each step said in a live region. A drop records what makes the move true (a status, the
 * date you applied); a stage only an interview gives opens the interview form instead.
 */
function Board(props: { apps: readonly ApplicationSummary[]; onMoved: () => void }) {
  const announce = useAnnounce();
  const [said, say] = useState("");
  const [over, setOver] = useState<Stage>();
  const [moving, setMoving] = useState<{ app: ApplicationSummary; to: Stage }>();
  const [closing, setClosing] = useState<ApplicationSummary>();
  const closeDialog = useRef<HTMLDialogElement>(null);
  const by = new Map<Stage, ApplicationSummary[]>(STAGES.map((s) => [s, []]));
  for (const a of props.apps) by.get(a.stage)?.push(a);
  const find = (app: string) => props.apps.find((a) => a.app === app);

  const move = async (a: ApplicationSummary, to: Stage, status?: string) => {
    if (to === a.stage) {
      say(`${a.company} stays in ${STAGE_LABEL[to]}.`);
      return;
    }
    if (to === "interviewing") {
      say(`Log the interview to move ${a.company} to Interviewing.`);
      navigate(`/log?app=${enc(a.app)}`);
      return;
    }
    if (to === "closed" && !status) {
      setClosing(a);
      return;
    }
    try {
      await api.post("/ops/moveApplication", { app: a.app, to, ...(status ? { status } : {}) });
      say(`${a.company} moved to ${STAGE_LABEL[to]}.`);
      announce(`${a.company} moved to ${STAGE_LABEL[to]}.`, { undoable: true });
      props.onMoved();
    } catch (err) {
      say(`${a.company} was not moved: ${errorText(err)}`);
      announce(`${a.company} was not moved: ${errorText(err)}`);
    }
  };

  useEffect(() => {
    if (closing) closeDialog.current?.showModal();
  }, [closing]);

  const onKey = (a: ApplicationSummary) => (e: KeyboardEvent<HTMLButtonElement>) => {
    if (!moving) {
      if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        setMoving({ app: a, to: a.stage });
        say(
          `Picked up ${a.company}, in ${STAGE_LABEL[a.stage]}. Left and right arrows choose a stage, Enter drops, Escape cancels.`,
        );
      }
      return;
    }
    const i = STAGES.indexOf(moving.to);
    if (
      e.key === "ArrowRight" ||
      e.key === "ArrowLeft" ||
      e.key === "ArrowDown" ||
      e.key === "ArrowUp"
    ) {
      e.preventDefault();
      const step = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : -1;
      const to = STAGES[Math.min(STAGES.length - 1, Math.max(0, i + step))]!;
      setMoving({ app: a, to });
      say(`Over ${STAGE_LABEL[to]}.`);
    } else if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      setMoving(undefined);
      void move(a, moving.to);
    } else if (e.key === "Escape") {
      e.preventDefault();
      setMoving(undefined);
      say(`Move cancelled; ${a.company} stays in ${STAGE_LABEL[a.stage]}.`);
    }
  };

  return (
    <>
      <p id="move-help" className="visually-hidden">
        {MOVE_HELP}
      </p>
      <div className="visually-hidden" aria-live="assertive">
        {said}
      </div>
      <div className="board">
        {STAGES.map((s) => (
          <section
            key={s}
            className={over === s || moving?.to === s ? "column drop-target" : "column"}
            aria-labelledby={`col-${s}`}
            data-stage={s}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(s);
            }}
            onDragLeave={() => setOver((o) => (o === s ? undefined : o))}
            onDrop={(e) => {
              e.preventDefault();
              setOver(undefined);
              const a = find(e.dataTransfer.getData("text/plain"));
              if (a) void move(a, s);
            }}
          >
            <h3 id={`col-${s}`}>
              {STAGE_LABEL[s]} <span className="count">{by.get(s)?.length ?? 0}</span>
            </h3>
            <ul>
              {by.get(s)?.map((a) => (
                <li
                  key={a.app}
                  className={moving?.app.app === a.app ? "card lifted" : "card"}
                  draggable
                  data-app={a.app}
                  onDragStart={(e) => {
                    e.dataTransfer.setData("text/plain", a.app);
                    e.dataTransfer.effectAllowed = "move";
                  }}
                >
                  <Link to={`/applications/${encodeURIComponent(a.app)}`}>{a.company}</Link>
                  <div className="muted">{a.role}</div>
                  {a.tags.length > 0 && (
                    <ul className="tags" aria-label="Tags">
                      {a.tags.map((t) => (
                        <li key={t} className="badge">
                          {t}
                        </li>
                      ))}
                    </ul>
                  )}
                  <div className="small-text">
                    <Next a={a} />
                  </div>
                  <button
                    type="button"
                    className="small quiet move"
                    aria-describedby="move-help"
                    aria-pressed={moving?.app.app === a.app}
                    onKeyDown={onKey(a)}
                    onBlur={() => moving?.app.app === a.app && setMoving(undefined)}
                    onClick={(e) => {
                      // A click (not a key) opens nothing: keys drive the keyboard move.
                      if (e.detail > 0) say(MOVE_HELP);
                    }}
                  >
                    Move<span className="visually-hidden"> {a.company}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      {closing && (
        <dialog
          ref={closeDialog}
          className="small-dialog"
          aria-labelledby="closing-title"
          onClose={() => setClosing(undefined)}
        >
          <h2 id="closing-title">How did {closing.company} close?</h2>
          <div className="buttons">
            {CLOSINGS.map((c) => (
              <button
                key={c.status}
                type="button"
                onClick={() => {
                  closeDialog.current?.close();
                  void move(closing, "closed", c.status);
                }}
              >
                {c.label}
              </button>
            ))}
            <button type="button" className="quiet" onClick={() => closeDialog.current?.close()}>
              Cancel
            </button>
          </div>
        </dialog>
      )}
    </>
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
  const [query, setQuery] = useState("");
  const [stage, setStage] = useState<Stage | "">("");
  const [tag, setTag] = useState("");
  const q = useDebounced(query.trim(), 200);
  const found = useLoad(
    () =>
      q
        ? api
            .get<{ apps: string[] }>(
              `/ops/searchApplications?input=${enc(JSON.stringify({ query: q }))}`,
            )
            .then((r) => new Set(r.apps))
        : Promise.resolve(undefined),
    [q, list.data],
  );
  const tags = useMemo(
    () => [...new Set((list.data ?? []).flatMap((a) => a.tags))].sort((a, b) => a.localeCompare(b)),
    [list.data],
  );
  const shown = (list.data ?? []).filter(
    (a) =>
      (!stage || a.stage === stage) &&
      (!tag || a.tags.includes(tag)) &&
      (!q || found.data === undefined || found.data.has(a.app)),
  );
  const filtered = Boolean(q || stage || tag);
  return (
    <>
      <h1>Applications</h1>
      <AddApplication onAdded={(app) => navigate(`/applications/${encodeURIComponent(app)}`)} />
      <search className="toolbar">
        <label className="search">
          Search
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="Company, role, person, reply…"
          />
        </label>
        <label>
          Stage
          <select
            aria-label="Stage"
            value={stage}
            onChange={(e) => setStage(e.target.value as Stage | "")}
          >
            <option value="">Every stage</option>
            {STAGES.map((s) => (
              <option key={s} value={s}>
                {STAGE_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
        {tags.length > 0 && (
          <label>
            Tag
            <select aria-label="Tag" value={tag} onChange={(e) => setTag(e.target.value)}>
              <option value="">Any tag</option>
              {tags.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>
        )}
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
      </search>
      {list.error && (
        <p className="error" role="alert">
          {list.error}
        </p>
      )}
      {list.data && list.data.length === 0 && (
        <p className="muted">No applications yet. Add one above.</p>
      )}
      {list.data && list.data.length > 0 && (
        <p className="muted" aria-live="polite">
          {filtered ? `${shown.length} of ${list.data.length} applications shown.` : ""}
        </p>
      )}
      {list.data &&
        list.data.length > 0 &&
        (view === "board" ? <Board apps={shown} onMoved={list.reload} /> : <List apps={shown} />)}
    </>
  );
}
