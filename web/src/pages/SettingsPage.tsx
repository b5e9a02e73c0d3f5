import { type ChangeEvent, type FormEvent, type ReactNode, useEffect, useState } from "react";
import { DEFAULT_POLICY, POLICY_LIMITS, type Policy } from "../../../src/core/policy.js";
import type { Settings } from "../../../src/core/types.js";
import { decodeUtf8 } from "../../../src/core/utf8.js";
import type { DigestMail, DigestPreview, DigestSent } from "../../../src/server/api-types.js";
import { api, errorText, saveFile } from "../api.js";
import { Field, FormProblems } from "../components/Field.js";
import { ZoneField } from "../components/ZoneField.js";
import { useAnnounce, useLoad } from "../hooks.js";
import { POLICY_LABEL } from "../labels.js";
import {
  type NotifyState,
  notifyState,
  turnNotificationsOff,
  turnNotificationsOn,
} from "../notifications.js";
import { problemLines, problemsBy } from "../problems.js";
import { useAccount } from "../session.js";
import { Team } from "../team-pages.js";

type NumberKey = keyof typeof POLICY_LIMITS;

const NUMBER_LABEL = POLICY_LABEL;

export interface SettingsResponse {
  readonly settings: Settings;
  /** The zone in force: the setting, else this computer's. */
  readonly timezone: string;
  readonly policy: Policy;
  /** The daily digest mail; `to` null: your email. */
  readonly digest: { readonly on: boolean; readonly hour: number; readonly to: string | null };
}

/** The fields the server may refuse, by their path in the request: shown beside each. */
const CHECKED = new Set(["email", "timezone", "region", "digest.to"]);

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/**
 * The digest by hand: Preview shows the mail it would send now, Send now sends it (once a
 * day, as `hearback digest`); a warning when it is on and cannot be sent.
 */
function DigestNow(props: { on: boolean; saved: unknown }) {
  const mail = useLoad(() => api.get<DigestMail>("/digest/mail"), [props.saved]);
  const [preview, setPreview] = useState<string>();
  const [result, setResult] = useState<{ text: string; failed: boolean }>();
  const show = async () => {
    setResult(undefined);
    try {
      setPreview((await api.get<DigestPreview>("/digest")).text);
    } catch (err) {
      setResult({ text: errorText(err), failed: true });
    }
  };
  const send = async () => {
    setResult(undefined);
    try {
      const r = await api.post<DigestSent>("/digest/send");
      setResult({ text: r.message, failed: false });
    } catch (err) {
      setResult({ text: `Not sent: ${errorText(err)}`, failed: true });
    }
  };
  const problem = mail.data?.problem;
  return (
    <>
      {props.on && problem && (
        <p className="warning">The daily digest is on, but it cannot be sent: {problem}</p>
      )}
      <div className="buttons">
        <button type="button" onClick={show}>
          Preview
        </button>
        <button type="button" onClick={send}>
          Send now
        </button>
      </div>
      {preview !== undefined && (
        <figure className="digest-preview">
          <figcaption className="muted">The mail it would send now</figcaption>
          <pre>{preview}</pre>
        </figure>
      )}
      {result && (
        <p
          className={result.failed ? "error" : undefined}
          role={result.failed ? "alert" : "status"}
        >
          {result.text}
        </p>
      )}
    </>
  );
}

function ImportExport() {
  const announce = useAnnounce();
  const [error, setError] = useState<string>();
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    if (!file) return;
    setError(undefined);
    try {
      const r = await api.post<{ events: number }>("/import", {
        // Strictly: a file that is not UTF-8 is named, line by line, not read with "�" in it.
        text: decodeUtf8(new Uint8Array(await file.arrayBuffer()), file.name),
        name: file.name,
      });
      const events = r.events === 1 ? "1 event" : `${r.events} events`;
      announce(`Imported ${events} from ${file.name}.`, { undoable: true });
    } catch (err) {
      setError(errorText(err));
    }
    e.target.value = "";
  };
  return (
    <section aria-labelledby="io-title">
      <h2 id="io-title">Import / export</h2>
      <p className="muted">
        A timeline is your whole history as JSON Lines, the same file the command line reads and
        writes.
      </p>
      <div className="buttons">
        <a className="button" href="/api/export" download="hearback-timeline.jsonl">
          Export timeline
        </a>
        <label className="button file">
          Import a timeline…
          <input type="file" accept=".jsonl,.json,application/json" onChange={onFile} />
        </label>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function CalendarFeed() {
  const announce = useAnnounce();
  const [feed, setFeed] = useState<{ url: string; webcal: string }>();
  const [error, setError] = useState<string>();
  const load = async (rotate: boolean) => {
    setError(undefined);
    try {
      setFeed(await api.post<{ url: string; webcal: string }>("/calendar", { rotate }));
      if (rotate) announce("New calendar address made; the old one no longer works.");
    } catch (err) {
      setError(errorText(err));
    }
  };
  const download = async () => {
    setError(undefined);
    try {
      const file = await api.post<{ filename: string; ics: string }>("/calendar/file");
      saveFile(file.filename, file.ics, "text/calendar");
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">Calendar</h2>
      <p className="muted">
        Your interviews and follow-ups as a calendar that updates as you go. The address works for
        calendar apps on this computer only (Apple Calendar, Thunderbird, khal): Google Calendar,
        Outlook on the web and phones cannot reach it. For them, download the calendar file and
        import it; importing a later file updates the events and removes the ones done since. Or put
        them on a CalDAV server your phone and web calendar sync with (Nextcloud, Fastmail,
        iCloud...): <code>hearback calendar --publish</code> followed by the calendar's address.
      </p>
      <div className="buttons">
        <button type="button" onClick={download}>
          Download calendar file
        </button>
        {!feed && (
          <button type="button" onClick={() => load(false)}>
            Show my calendar address
          </button>
        )}
      </div>
      {feed && (
        <>
          <label>
            Calendar address <span className="hint">keep it to yourself</span>
            <input readOnly value={feed.url} onFocus={(e) => e.target.select()} />
          </label>
          <div className="buttons">
            <a className="button" href={feed.webcal}>
              Subscribe
            </a>
            <button type="button" onClick={() => load(true)}>
              Make a new address
            </button>
          </div>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

const NOTIFY_TEXT: Record<NotifyState, string> = {
  on: "On: while hearback is open in this browser, it tells you when a follow-up becomes due.",
  off: "While hearback is open in this browser, it can tell you when a follow-up becomes due.",
  blocked:
    "This browser blocks notifications from hearback. To turn them on, allow notifications for this site in the browser's site settings, then come back here.",
  unsupported: "This browser cannot show notifications.",
};

function Notifications() {
  const announce = useAnnounce();
  const [state, setState] = useState<NotifyState>(notifyState);
  const on = async () => {
    const now = await turnNotificationsOn();
    setState(now);
    if (now === "on") announce("Notifications are on in this browser.");
  };
  const off = () => {
    turnNotificationsOff();
    setState(notifyState());
    announce("Notifications are off in this browser.");
  };
  return (
    <section aria-labelledby="notify-title">
      <h2 id="notify-title">Notifications</h2>
      <p className="muted">{NOTIFY_TEXT[state]}</p>
      <div className="buttons">
        {state === "off" && (
          <button type="button" onClick={on}>
            Turn on notifications
          </button>
        )}
        {state === "on" && (
          <button type="button" onClick={off}>
            Turn off notifications
          </button>
        )}
      </div>
    </section>
  );
}

/**
 * The Settings page's heading and form, a candidate's or a coach's. The server checks every
 * field and says what is wrong beside it (`errors`, by field), in the page's words; what
 * belongs to no field (key "") is said below.
 */
export function SettingsForm(props: {
  loadError: string | undefined;
  errors: ReadonlyMap<string, string>;
  onSubmit: (e: FormEvent) => void;
  children: ReactNode;
}) {
  const { errors } = props;
  return (
    <>
      <h1>Settings</h1>
      {props.loadError && (
        <p className="error" role="alert">
          {props.loadError}
        </p>
      )}
      <form className="form" onSubmit={props.onSubmit} noValidate>
        {props.children}
        <FormProblems problems={errors} />
        <button type="submit" className="primary">
          Save settings
        </button>
      </form>
    </>
  );
}

export function SettingsPage() {
  const account = useAccount();
  const announce = useAnnounce();
  const loaded = useLoad(() => api.get<SettingsResponse>("/settings"), []);
  const [s, setS] = useState<Settings>({});
  const [numbers, setNumbers] = useState<Record<string, string>>({});
  const [hours, setHours] = useState(DEFAULT_POLICY.workingHours);
  const [adapt, setAdapt] = useState(DEFAULT_POLICY.adaptDefaultWait);
  const [digest, setDigest] = useState({ on: false, hour: 8, to: "" });
  // What the server refused, by field ("" for the rest), shown until the next save.
  const [errors, setErrors] = useState<Map<string, string>>(new Map());

  useEffect(() => {
    if (!loaded.data) return;
    setS(loaded.data.settings);
    const p = loaded.data.policy;
    setNumbers(
      Object.fromEntries(Object.keys(POLICY_LIMITS).map((k) => [k, String(p[k as NumberKey])])),
    );
    setHours(p.workingHours);
    setAdapt(p.adaptDefaultWait);
    const d = loaded.data.digest;
    setDigest({ on: d.on, hour: d.hour, to: d.to ?? "" });
  }, [loaded.data]);

  const rangeError = (k: NumberKey): string | undefined => {
    const v = Number(numbers[k]);
    const [lo, hi] = POLICY_LIMITS[k];
    return Number.isInteger(v) && v >= lo && v <= hi ? undefined : `From ${lo} to ${hi}.`;
  };

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setErrors(new Map());
    // A number equal to the default is sent as null: no override, so a later change of the
    // default applies to this user too.
    const policy: Record<string, number | boolean | null> = {};
    for (const k of Object.keys(POLICY_LIMITS) as NumberKey[]) {
      const v = Number(numbers[k]);
      policy[k] = v === DEFAULT_POLICY[k] ? null : v;
    }
    policy.adaptDefaultWait = adapt === DEFAULT_POLICY.adaptDefaultWait ? null : adapt;
    const same =
      hours.start === DEFAULT_POLICY.workingHours.start &&
      hours.end === DEFAULT_POLICY.workingHours.end;
    try {
      await api.put("/settings", {
        name: s.name?.trim() || null,
        email: s.email?.trim() || null,
        timezone: s.timezone?.trim() || null,
        region: s.region?.trim() || null,
        workingHours: same ? null : hours,
        policy,
        digest: { on: digest.on, hour: digest.hour, to: digest.to.trim() || null },
      });
      announce("Settings saved.");
      loaded.reload();
    } catch (err) {
      setErrors(problemsBy(problemLines(err), (p) => (CHECKED.has(p.path) ? p.path : "")));
    }
  };

  const text = (k: "name" | "email" | "region") => ({
    value: s[k] ?? "",
    onChange: (e: ChangeEvent<HTMLInputElement>) =>
      setS((x) => ({ ...x, [k]: e.target.value || undefined })),
  });

  return (
    <>
      <SettingsForm loadError={loaded.error} errors={errors} onSubmit={save}>
        <section aria-labelledby="you-title">
          <h2 id="you-title">You</h2>
          <div className="row">
            <Field id="settings-name" label="Your name" hint="Signs your drafts.">
              {(aria) => <input {...aria} autoComplete="name" {...text("name")} />}
            </Field>
            <Field id="settings-email" label="Your email" error={errors.get("email")}>
              {(aria) => <input {...aria} type="email" autoComplete="email" {...text("email")} />}
            </Field>
          </div>
          <div className="row">
            <ZoneField
              value={s.timezone ?? ""}
              onChange={(zone) => setS((x) => ({ ...x, timezone: zone || undefined }))}
              inForce={loaded.data?.timezone}
              error={errors.get("timezone")}
            />
            <Field
              id="settings-region"
              label="Holiday region"
              hint="US, US-CO, GB, DE…"
              error={errors.get("region")}
            >
              {(aria) => <input {...aria} {...text("region")} />}
            </Field>
          </div>
          <div className="row">
            <label>
              Working hours from
              <input
                type="time"
                value={hours.start}
                onChange={(e) => setHours((h) => ({ ...h, start: e.target.value }))}
              />
            </label>
            <label>
              to
              <input
                type="time"
                value={hours.end}
                onChange={(e) => setHours((h) => ({ ...h, end: e.target.value }))}
              />
            </label>
          </div>
        </section>
        <section aria-labelledby="digest-title">
          <h2 id="digest-title">Daily digest</h2>
          <p className="muted">
            An email to yourself each morning with what is due and overdue, sent through your own
            mail server (see Mail settings in the documentation) while hearback runs. Nothing due:
            no email.
          </p>
          <label className="check">
            <input
              type="checkbox"
              checked={digest.on}
              onChange={(e) => setDigest((d) => ({ ...d, on: e.target.checked }))}
            />
            Email me a daily digest
          </label>
          <div className="row">
            <Field id="settings-digest-hour" label="From" hint="Your time.">
              {(aria) => (
                <select
                  {...aria}
                  value={digest.hour}
                  onChange={(e) => setDigest((d) => ({ ...d, hour: Number(e.target.value) }))}
                >
                  {HOURS.map((h) => (
                    <option key={h} value={h}>
                      {h}:00
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              id="settings-digest-to"
              label="To"
              hint="Empty: your email."
              error={errors.get("digest.to")}
            >
              {(aria) => (
                <input
                  {...aria}
                  type="email"
                  value={digest.to}
                  placeholder={s.email}
                  onChange={(e) => setDigest((d) => ({ ...d, to: e.target.value }))}
                />
              )}
            </Field>
          </div>
          {/* A team server sends each account's digest from its own jobs. */}
          {!account && <DigestNow on={digest.on} saved={loaded.data} />}
        </section>
        <section aria-labelledby="policy-title">
          <h2 id="policy-title">Follow-up policy</h2>
          <p className="muted">
            Each number has a safe range, so no setting can make your follow-ups pushy.
          </p>
          <div className="grid">
            {(Object.keys(POLICY_LIMITS) as NumberKey[]).map((k) => {
              const err = rangeError(k);
              return (
                <label key={k}>
                  {NUMBER_LABEL[k]}
                  <input
                    inputMode="numeric"
                    value={numbers[k] ?? ""}
                    aria-invalid={Boolean(err)}
                    aria-describedby={err ? `err-${k}` : undefined}
                    onChange={(e) => setNumbers((n) => ({ ...n, [k]: e.target.value }))}
                  />
                  {err && (
                    <span id={`err-${k}`} className="field-error">
                      {err}
                    </span>
                  )}
                </label>
              );
            })}
          </div>
          <label className="check">
            <input type="checkbox" checked={adapt} onChange={(e) => setAdapt(e.target.checked)} />
            Learn the wait after an interview from your replies{" "}
            <span className="hint">
              from 5 replies on: the median time they took, within the safe range
            </span>
          </label>
        </section>
      </SettingsForm>
      <Notifications />
      {/* Only a team server's candidates share with a coach: the form is in its chunk. */}
      {account && <Team>{(t) => <t.Coaches />}</Team>}
      <ImportExport />
      {/* A team server offers no calendar feed: its secret address would name no account. */}
      {!account && <CalendarFeed />}
    </>
  );
}
