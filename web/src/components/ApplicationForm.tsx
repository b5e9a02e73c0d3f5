import { type FormEvent, useId, useState } from "react";
import type { ApplicationEvent, Contact } from "../../../src/core/types.js";
import { api } from "../api.js";
import { useLoad } from "../hooks.js";
import { problemsByField } from "../problems.js";
import { Field, FormProblems } from "./Field.js";

const ZONES: readonly string[] =
  typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];

/** "DE-BY" -> "DE-BY · Germany": the country's name in the browser's language. */
function regionName(code: string, names: Intl.DisplayNames | undefined): string {
  const country = code.slice(0, 2);
  try {
    const name = names?.of(country);
    return name && name !== country ? `${code} · ${name}` : code;
  } catch {
    return code;
  }
}

interface Fields {
  company: string;
  role: string;
  url: string;
  location: string;
  salary: string;
  description: string;
  timezone: string;
  region: string;
  applied: string;
  saved: boolean;
  tags: string;
  contactName: string;
  contactEmail: string;
  contactRole: string;
}

function fieldsOf(a: ApplicationEvent | undefined, today: string): Fields {
  return {
    company: a?.company ?? "",
    role: a?.role ?? "",
    url: a?.url ?? "",
    location: a?.location ?? "",
    salary: a?.salary ?? "",
    description: a?.description ?? "",
    timezone: a?.timezone ?? "",
    region: a?.region ?? "",
    applied: a ? (a.at?.slice(0, 10) ?? "") : today,
    saved: a?.saved ?? false,
    tags: (a?.tags ?? []).join(", "),
    contactName: "",
    contactEmail: "",
    contactRole: "recruiter",
  };
}

/** Empty text means "not given" when adding, and "clear it" (null) when editing. */
function bodyOf(f: Fields, editing: ApplicationEvent | undefined): Record<string, unknown> {
  const opt = (v: string) => (v.trim() ? v.trim() : editing ? null : undefined);
  const contacts: Contact[] = [...(editing?.contacts ?? [])];
  if (f.contactName.trim()) {
    contacts.push({
      name: f.contactName.trim(),
      ...(f.contactEmail.trim() ? { email: f.contactEmail.trim() } : {}),
      role: f.contactRole as Contact["role"] & string,
    });
  }
  const body: Record<string, unknown> = {
    company: f.company,
    role: f.role,
    url: opt(f.url),
    location: opt(f.location),
    salary: opt(f.salary),
    description: opt(f.description),
    timezone: opt(f.timezone),
    region: opt(f.region),
    saved: f.saved,
    at: f.saved ? undefined : opt(f.applied),
    tags: f.tags
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
    ...(contacts.length > (editing?.contacts?.length ?? 0) ? { contacts } : {}),
  };
  if (!editing) return body;
  // A correction says only what changed: an untouched date keeps its time of day.
  const was = fieldsOf(editing, "");
  const fieldOf: Record<string, keyof Fields> = { at: "applied" };
  return Object.fromEntries(
    Object.entries(body).filter(([k]) => {
      if (k === "contacts") return true;
      const key = fieldOf[k] ?? (k as keyof Fields);
      return f[key] !== was[key];
    }),
  );
}

/**
 * Every detail of an application, to add one or correct one. The employer's zone and
 * holiday region default to the user's, and the form says so rather than choosing silently.
 */
export function ApplicationForm(props: {
  /** The application event to correct; absent to add a new one. */
  editing?: ApplicationEvent;
  yourZone: string;
  yourRegion: string;
  /** Sends the body (POST /applications or editApplication); errors come back per field. */
  save: (body: Record<string, unknown>) => Promise<void>;
  onCancel?: () => void;
}) {
  const today = new Date().toLocaleDateString("en-CA");
  const [f, setF] = useState<Fields>(() => fieldsOf(props.editing, today));
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [busy, setBusy] = useState(false);
  const [more, setMore] = useState(Boolean(props.editing));
  const regions = useLoad(
    () => api.get<{ regions: string[] }>("/ops/holidayRegions").then((r) => r.regions),
    [],
  );
  const id = useId();
  const names =
    typeof Intl.DisplayNames === "function"
      ? new Intl.DisplayNames(undefined, { type: "region" })
      : undefined;

  const set =
    (k: keyof Fields) =>
    (e: { target: { value: string } }): void =>
      setF((x) => ({ ...x, [k]: e.target.value }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors(new Map());
    try {
      await props.save(bodyOf(f, props.editing));
      if (!props.editing) setF(fieldsOf(undefined, today));
    } catch (err) {
      const byField = problemsByField(err);
      setErrors(byField);
      // Details hidden behind "More details" open when one of them is wrong.
      if ([...byField.keys()].some((k) => k !== "company" && k !== "role" && k !== "")) {
        setMore(true);
      }
    }
    setBusy(false);
  };
  const text = (k: keyof Fields, label: string, opts: { hint?: string; type?: string } = {}) => (
    <Field id={`${id}-${k}`} label={label} error={errors.get(k)} hint={opts.hint}>
      {(aria) => (
        <input
          {...aria}
          type={opts.type ?? "text"}
          value={f[k] as string}
          onChange={set(k)}
          required={k === "company" || k === "role"}
          list={k === "timezone" ? `${id}-zones` : k === "region" ? `${id}-regions` : undefined}
          placeholder={k === "timezone" ? props.yourZone : k === "region" ? props.yourRegion : ""}
        />
      )}
    </Field>
  );

  return (
    <form className="application-form" onSubmit={submit} noValidate>
      <div className="row">
        {text("company", "Company")}
        {text("role", "Role")}
      </div>
      <details open={more} onToggle={(e) => setMore(e.currentTarget.open)}>
        <summary>{props.editing ? "Details" : "More details: link, place, pay, people"}</summary>
        <div className="grid">
          {text("url", "Job link", { type: "url", hint: "the posting, https://…" })}
          {text("location", "Location", { hint: "city, remote, hybrid…" })}
          {text("salary", "Salary", { hint: "as the posting says" })}
          <div className="field">
            <label className="check">
              <input
                type="checkbox"
                checked={f.saved}
                onChange={(e) => setF((x) => ({ ...x, saved: e.target.checked }))}
              />
              Saved to apply to later (not applied yet)
            </label>
          </div>
          {!f.saved && text("applied", "Applied on", { type: "date" })}
          {text("timezone", "Their time zone", {
            hint: `Empty: yours, ${props.yourZone}. Type to search (Berlin, New_York…).`,
          })}
          {text("region", "Their holiday region", {
            hint: `Empty: yours, ${props.yourRegion}. Business days skip its holidays.`,
          })}
          {text("tags", "Tags", { hint: "comma-separated: remote, dream job…" })}
        </div>
        <datalist id={`${id}-zones`}>
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <datalist id={`${id}-regions`}>
          {regions.data?.map((r) => (
            <option key={r} value={r}>
              {regionName(r, names)}
            </option>
          ))}
        </datalist>
        <fieldset>
          <legend>{props.editing ? "Add a contact" : "A contact there (optional)"}</legend>
          <div className="row">
            {text("contactName", "Name")}
            {text("contactEmail", "Email", { type: "email" })}
            <Field id={`${id}-contactRole`} label="Who they are">
              {(aria) => (
                <select {...aria} value={f.contactRole} onChange={set("contactRole")}>
                  <option value="recruiter">Recruiter</option>
                  <option value="hiring-manager">Hiring manager</option>
                  <option value="interviewer">Interviewer</option>
                  <option value="other">Someone else</option>
                </select>
              )}
            </Field>
          </div>
          {errors.get("contacts") && <span className="field-error">{errors.get("contacts")}</span>}
        </fieldset>
        <Field id={`${id}-description`} label="Job description" error={errors.get("description")}>
          {(aria) => (
            <textarea {...aria} rows={4} value={f.description} onChange={set("description")} />
          )}
        </Field>
      </details>
      <FormProblems problems={errors} />
      <div className="buttons">
        <button type="submit" className="primary" disabled={busy}>
          {props.editing ? "Save changes" : "Add application"}
        </button>
        {props.onCancel && (
          <button type="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
