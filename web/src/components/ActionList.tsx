import { useState } from "react";
import type { ActionView, CoachActionView } from "../../../src/server/api-types.js";
import { aboutCandidate } from "../addressed.js";
import { api, enc, errorText } from "../api.js";
import { useAnnounce } from "../hooks.js";
import { KIND_LABEL } from "../labels.js";
import { Link } from "../router.js";
import { DraftEditor } from "./DraftEditor.js";

/**
 * A list of planned actions; each message opens its draft in one click. For a coach
 * looking at a candidate's search (`candidate`: their name), it is read-only: it says what
 * is planned, of the candidate rather than to them.
 */
export function ActionList(props: {
  actions: readonly ActionView[];
  showCompany?: boolean;
  candidate?: string;
  onChange: () => void;
}) {
  const { candidate } = props;
  const writable = candidate === undefined;
  const [open, setOpen] = useState<ActionView>();
  const announce = useAnnounce();
  // A missed action, or advice to let go, is set aside in one click (undoable).
  const drop = async (a: ActionView) => {
    try {
      const r = await api.post<{ changes: string[] }>(`/applications/${enc(a.app)}/dismiss`, {
        kind: a.kind,
        to: a.to,
      });
      announce(r.changes.join(" "), { undoable: true });
      props.onChange();
    } catch (err) {
      announce(`Could not drop it: ${errorText(err)}`);
    }
  };
  return (
    <>
      <ul className="actions">
        {props.actions.map((a) => (
          <li key={a.id} className={`action ${a.when}`}>
            <ActionSummary a={a} candidate={candidate} showCompany={props.showCompany} />
            {writable && (a.missed || a.kind === "let-go") && (
              <button type="button" className="small" onClick={() => drop(a)}>
                {a.kind === "let-go" ? "Got it, let it go" : "Drop it"}
                <span className="visually-hidden">
                  {" "}
                  {KIND_LABEL[a.kind]}
                  {a.to ? ` to ${a.to}` : ""} at {a.company}
                </span>
              </button>
            )}
            {writable && a.kind !== "let-go" && (
              <button type="button" className="primary small" onClick={() => setOpen(a)}>
                Open draft
                <span className="visually-hidden">
                  {" "}
                  for {KIND_LABEL[a.kind]}
                  {a.to ? ` to ${a.to}` : ""} at {a.company}
                </span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {open && (
        <DraftEditor
          action={open}
          onClose={() => setOpen(undefined)}
          onSent={() => {
            setOpen(undefined);
            props.onChange();
          }}
        />
      )}
    </>
  );
}

/**
 * What an action is, when and why: all a coach's read-only view shows of it (for a coach,
 * `candidate` is the candidate's name and the company is not a link).
 */
export function ActionSummary(props: {
  a: CoachActionView;
  candidate?: string | undefined;
  showCompany?: boolean | undefined;
}) {
  const { a, candidate } = props;
  const writable = candidate === undefined;
  return (
    <>
      <div className="action-head">
        <span className={`badge kind-${a.kind}`}>{KIND_LABEL[a.kind]}</span>
        {a.to && <span className="to">to {a.to}</span>}
        {props.showCompany !== false &&
          (writable ? (
            <Link to={`/applications/${encodeURIComponent(a.app)}`} className="company">
              {a.company}
            </Link>
          ) : (
            <span className="company">{a.company}</span>
          ))}
        {a.kind !== "let-go" && (
          <span className="due">
            {a.overdue
              ? `was due by ${a.dueByText}`
              : a.when === "today" || a.dueFromText === a.dueByText
                ? `due by ${a.dueByText}`
                : `${a.dueFromText} – ${a.dueByText}`}
            {a.theirTimeText && <span className="muted"> · {a.theirTimeText}</span>}
          </span>
        )}
      </div>
      <p className="reason">
        {candidate === undefined ? a.reason : aboutCandidate(a.reason, candidate)}
        {a.assumption ? " (an assumption: they gave no date)" : ""}
      </p>
    </>
  );
}
