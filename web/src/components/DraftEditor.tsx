import { useEffect, useId, useRef, useState } from "react";
import { CHANNELS, type Channel } from "../../../src/core/types.js";
import type { ActionView, DraftView } from "../../../src/server/api-types.js";
import { api, enc, errorText, saveFile } from "../api.js";
import { useAnnounce } from "../hooks.js";
import { CHANNEL_LABEL, KIND_LABEL } from "../labels.js";

/** The kinds of message the engine plans that are also kinds of `sent` event. */
const SENT_KIND = {
  "thank-you": "thank-you",
  "ask-timeline": "other",
  "check-in": "check-in",
  "value-add": "value-add",
  "final-thanks": "final-thanks",
  "keep-in-touch": "keep-in-touch",
  "let-go": "other",
  reply: "other",
  "read-reply": "other",
} as const;

function mailto(to: string | undefined, subject: string, body: string): string {
  return `mailto:${to ? enc(to) : ""}?subject=${enc(subject)}&body=${enc(body)}`;
}

/** A modal editor for one planned message: edit, copy, open in mail, download, mark as sent. */
export function DraftEditor(props: {
  action: ActionView;
  onClose: () => void;
  onSent: () => void;
}) {
  const { action } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const announce = useAnnounce();
  const [draft, setDraft] = useState<DraftView>();
  const [subject, setSubject] = useState("");
  const [body, setBody] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // The planned channels first (email or card for a thank-you), then every other way.
  const channels = [...new Set<Channel>([...action.channels, ...CHANNELS])];
  const [channel, setChannel] = useState<Channel>(channels[0] ?? "email");
  const ids = { title: useId(), subject: useId(), body: useId(), channel: useId() };
  // Names the planned action; the server drafts it again from the stored data.
  const which = {
    app: action.app,
    kind: action.kind,
    to: action.to,
    variant: action.variant,
    round: action.round,
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: `which` derives from `action`.
  useEffect(() => {
    dialog.current?.showModal();
    api.post<DraftView>("/drafts", which).then(
      (d) => {
        setDraft(d);
        setSubject(d.subject);
        setBody(d.body);
      },
      (e: unknown) => setError(errorText(e)),
    );
  }, [action]);

  const email = draft?.to?.email;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(subject ? `Subject: ${subject}\n\n${body}` : body);
      announce("Copied to the clipboard.");
    } catch {
      announce("Could not copy: select the text and copy it yourself.");
    }
  };
  const download = async () => {
    try {
      const eml = await api.post<{ filename: string; eml: string }>("/drafts/eml", {
        ...which,
        subject,
        body,
      });
      saveFile(eml.filename, eml.eml, "message/rfc822");
    } catch (e) {
      setError(errorText(e));
    }
  };
  const markSent = async () => {
    setBusy(true);
    try {
      await api.post(`/applications/${enc(action.app)}/sent`, {
        kind: SENT_KIND[action.kind],
        to: action.to,
        channel,
        variant: action.variant,
        ...(channel === "email"
          ? { subject, text: body }
          : channel === "phone"
            ? {}
            : { text: body }),
      });
      announce(
        `${channel === "phone" ? "Marked as called" : `Marked as sent (${CHANNEL_LABEL[channel].toLowerCase()})`}: ${KIND_LABEL[action.kind]}${action.to ? ` to ${action.to}` : ""}.`,
        {
          undoable: true,
        },
      );
      props.onSent();
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  };

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes the dialog natively; the click is for the backdrop.
    <dialog
      ref={dialog}
      className="draft"
      aria-labelledby={ids.title}
      onClose={props.onClose}
      onClick={(e) => e.target === dialog.current && dialog.current?.close()}
    >
      <div className="dialog-body">
        <h2 id={ids.title}>
          {KIND_LABEL[action.kind]}
          {action.to ? ` to ${action.to}` : ""} · {action.company}
        </h2>
        <p className="muted">
          Due by {action.dueByText}. {action.reason}
        </p>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {!draft && !error && <p aria-busy="true">Writing the draft…</p>}
        {draft && (
          <>
            <p className="muted">
              To: {draft.to?.name ?? action.to ?? action.company}
              {email ? ` <${email}>` : " (no email address on file)"}
            </p>
            <label htmlFor={ids.subject}>Subject</label>
            <input id={ids.subject} value={subject} onChange={(e) => setSubject(e.target.value)} />
            <label htmlFor={ids.body}>Message</label>
            <textarea
              id={ids.body}
              value={body}
              rows={12}
              onChange={(e) => setBody(e.target.value)}
            />
            {draft.placeholders.length > 0 && (
              <p className="warning">Fill in before sending: {draft.placeholders.join(", ")}</p>
            )}
            {draft.note && <p className="muted">{draft.note}</p>}
            <div className="buttons">
              <button type="button" onClick={copy}>
                Copy
              </button>
              {draft.sendable && (
                <>
                  <a className="button" href={mailto(email, subject, body)}>
                    Open in mail
                  </a>
                  <button type="button" onClick={download}>
                    Download .eml
                  </button>
                </>
              )}
            </div>
            {draft.card && (
              <details>
                <summary>For a handwritten card</summary>
                <p className="detail">{draft.card}</p>
              </details>
            )}
            {draft.phoneScript && (
              <details>
                <summary>If you call instead</summary>
                <p className="detail">{draft.phoneScript}</p>
              </details>
            )}
          </>
        )}
        {draft?.sendable && (
          <div className="dialog-actions">
            <label htmlFor={ids.channel}>Sent by</label>
            <select
              id={ids.channel}
              value={channel}
              onChange={(e) => setChannel(e.target.value as Channel)}
            >
              {channels.map((c) => (
                <option key={c} value={c}>
                  {CHANNEL_LABEL[c]}
                </option>
              ))}
            </select>
            <button type="button" className="primary" onClick={markSent} disabled={busy}>
              {channel === "phone" ? "Mark as called" : "Mark as sent"}
            </button>
          </div>
        )}
        <button
          type="button"
          className="close"
          aria-label="Close"
          onClick={() => dialog.current?.close()}
        >
          ×
        </button>
      </div>
    </dialog>
  );
}
