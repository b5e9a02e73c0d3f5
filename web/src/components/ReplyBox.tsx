import { type FormEvent, useEffect, useId, useState } from "react";
import type { Contact, Signal } from "../../../src/core/types.js";
import { SIGNALS } from "../../../src/core/types.js";
import type { ReadingView } from "../../../src/server/api-types.js";
import { api, enc, errorText } from "../api.js";
import { useAnnounce, useDebounced } from "../hooks.js";
import { SIGNAL_LABEL } from "../labels.js";

/**
 * Paste a reply: the server's gauge reads it as you type (signal, evidence, dates); one click
 * on another signal, or a date typed in, overrides what it read: the user's word wins.
 */
export function ReplyBox(props: {
  app: string;
  contacts: readonly Contact[];
  onSaved: () => void;
}) {
  const announce = useAnnounce();
  const ids = { text: useId(), from: useId(), date: useId(), signals: useId() };
  const [text, setText] = useState("");
  const [from, setFrom] = useState("");
  const [newContact, setNewContact] = useState(false);
  const [reading, setReading] = useState<ReadingView>();
  const [signal, setSignal] = useState<Signal>();
  const [decisionBy, setDecisionBy] = useState("");
  const [error, setError] = useState<string>();
  const settled = useDebounced(text, 250);

  useEffect(() => {
    if (!settled.trim()) {
      setReading(undefined);
      return;
    }
    let live = true;
    api.post<ReadingView>("/gauge", { app: props.app, text: settled }).then(
      (r) => live && setReading(r),
      (e: unknown) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [settled, props.app]);

  // When the gauge can't tell, no reading is offered as chosen: the user picks one.
  const shown = signal ?? (reading?.cantTell ? undefined : reading?.signal);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const r = await api.post<{ changes: string[] }>(`/applications/${enc(props.app)}/replies`, {
        text,
        from: from || undefined,
        // A name that matches nobody recorded is refused unless the user says it is someone new.
        newContact: (from && newContact) || undefined,
        // Only what the user chose themselves is stored as an override.
        signal,
        decisionBy: decisionBy || undefined,
      });
      announce(`Reply saved. ${r.changes.join(" ")}`, { undoable: true });
      setText("");
      setNewContact(false);
      setSignal(undefined);
      setDecisionBy("");
      setReading(undefined);
      props.onSaved();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <form className="reply-box" onSubmit={save}>
      <label htmlFor={ids.text}>Their reply</label>
      <textarea
        id={ids.text}
        rows={6}
        value={text}
        onChange={(e) => setText(e.target.value)}
        placeholder="Paste the email you got back"
      />
      <label htmlFor={ids.from}>From</label>
      <input
        id={ids.from}
        list={`${ids.from}-contacts`}
        value={from}
        onChange={(e) => setFrom(e.target.value)}
      />
      <datalist id={`${ids.from}-contacts`}>
        {props.contacts.map((c) => (
          <option key={c.name} value={c.name} />
        ))}
      </datalist>
      <label>
        <input
          type="checkbox"
          checked={newContact}
          onChange={(e) => setNewContact(e.target.checked)}
        />{" "}
        Someone new (not recorded yet)
      </label>
      {reading && (
        <div className="reading" aria-live="polite" data-testid="reading">
          <p>
            {reading.cantTell ? (
              <>
                Can't tell: <strong>{SIGNAL_LABEL[reading.cantTell[0]]}</strong> or{" "}
                <strong>{SIGNAL_LABEL[reading.cantTell[1]]}</strong>? Choose below; until you do,
                the plan waits.
              </>
            ) : (
              <>
                Reads as <strong>{SIGNAL_LABEL[reading.signal]}</strong>{" "}
                <span className="muted">({Math.round(reading.confidence * 100)}% sure)</span>
              </>
            )}
            {reading.decisionByText && (
              <>
                {" "}
                · they expect to decide by <strong>{reading.decisionByText}</strong>
                {reading.decisionPhrase ? ` ("${reading.decisionPhrase}")` : ""}
              </>
            )}
            {reading.returnOnText && (
              <>
                {" "}
                · back on <strong>{reading.returnOnText}</strong>
              </>
            )}
          </p>
          {reading.evidence.length > 0 && (
            <p className="evidence">
              Because of: {/* The same phrase twice is one piece of evidence. */}
              {[...new Set(reading.evidence)].map((e) => (
                <q key={e}>{e}</q>
              ))}
            </p>
          )}
        </div>
      )}
      <fieldset className="signals">
        <legend id={ids.signals}>Signal {signal ? "(your choice)" : "(as read)"}</legend>
        {SIGNALS.map((s) => (
          <button
            key={s}
            type="button"
            className={shown === s ? "chip on" : "chip"}
            aria-pressed={shown === s}
            onClick={() =>
              setSignal(s === reading?.signal && !signal && !reading.cantTell ? undefined : s)
            }
          >
            {SIGNAL_LABEL[s]}
          </button>
        ))}
      </fieldset>
      <label htmlFor={ids.date}>New decision date (leave empty to use what was read)</label>
      <input
        id={ids.date}
        type="date"
        value={decisionBy}
        onChange={(e) => setDecisionBy(e.target.value)}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={!text.trim()}>
        Save reply
      </button>
    </form>
  );
}
