import { type FormEvent, useEffect, useState } from "react";
import type { SessionAccount } from "../../../src/server/api-types.js";
import { api } from "../api.js";
import { Field } from "../components/Field.js";
import { ZoneField } from "../components/ZoneField.js";
import { useAnnounce, useLoad } from "../hooks.js";
import { problemLines, problemsBy } from "../problems.js";
import { useAccount } from "../session.js";
import { SettingsForm, type SettingsResponse } from "./SettingsPage.js";

/**
 * A coach's Settings: the name candidates see, and the zone the coach's view gives times
 * in. (No daily digest: a coach's own log is empty, so it would never have anything to say.)
 */
export function CoachSettingsPage(props: { onRenamed: (account: SessionAccount) => void }) {
  const account = useAccount();
  const announce = useAnnounce();
  const loaded = useLoad(() => api.get<SettingsResponse>("/settings"), []);
  const [name, setName] = useState(account?.name ?? "");
  const [zone, setZone] = useState("");
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    if (loaded.data) setZone(loaded.data.settings.timezone ?? "");
  }, [loaded.data]);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setErrors(new Map());
    try {
      await api.put("/settings", { timezone: zone.trim() || null });
    } catch (err) {
      setErrors(problemsBy(problemLines(err), (p) => (p.path === "timezone" ? "timezone" : "")));
      return;
    }
    try {
      if (name.trim() !== account?.name) {
        const r = await api.put<{ account: SessionAccount }>("/team/account", { name });
        props.onRenamed(r.account);
      }
    } catch (err) {
      setErrors(problemsBy(problemLines(err), (p) => (p.path === "body.name" ? "name" : "")));
      return;
    }
    announce("Settings saved.");
    loaded.reload();
  };

  return (
    <SettingsForm loadError={loaded.error} errors={errors} onSubmit={save}>
      <section aria-labelledby="you-title">
        <h2 id="you-title">You</h2>
        <p className="muted">
          Candidates who share with you see you by this name, and your view of them gives times in
          this zone.
        </p>
        <div className="row">
          <Field id="settings-name" label="Your name" error={errors.get("name")}>
            {(aria) => (
              <input
                {...aria}
                autoComplete="name"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <ZoneField
            value={zone}
            onChange={setZone}
            inForce={loaded.data?.timezone}
            error={errors.get("timezone")}
          />
        </div>
      </section>
    </SettingsForm>
  );
}
