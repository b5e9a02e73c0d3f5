import { type FormEvent, useState } from "react";
import type { SessionAccount } from "../../../src/server/api-types.js";
import { api, errorText } from "../api.js";
import { useAnnounce, useLoad } from "../hooks.js";

/** A candidate's Settings on a team server: who they share their search with, and stopping. */
export function Coaches() {
  const announce = useAnnounce();
  const coaches = useLoad(() => api.get<{ coaches: SessionAccount[] }>("/team/coaches"), []);
  const [email, setEmail] = useState("");
  const [error, setError] = useState<string>();
  const share = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const r = await api.post<{ sharedWith: SessionAccount }>("/team/coaches", { coach: email });
      announce(`Your job search is now shared with ${r.sharedWith.name}.`);
      setEmail("");
      coaches.reload();
    } catch (err) {
      setError(errorText(err));
    }
  };
  const stop = async (coach: SessionAccount) => {
    setError(undefined);
    try {
      await api.delete(`/team/coaches/${coach.id}`);
      announce(`${coach.name} no longer sees your job search.`);
      coaches.reload();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <section aria-labelledby="coaches-title">
      <h2 id="coaches-title">Your coaches</h2>
      <p className="muted">
        A coach you share your job search with, and your organisation's lead coaches, see your
        applications and what is due, and cannot change anything. You can stop sharing at any time.
      </p>
      {coaches.data && coaches.data.coaches.length === 0 && (
        <p>You do not share your job search with anyone.</p>
      )}
      {coaches.data && coaches.data.coaches.length > 0 && (
        <ul className="plain" aria-label="Coaches you share with">
          {coaches.data.coaches.map((c) => (
            <li key={c.id} className="row">
              <span>
                {c.name} <span className="muted">{c.email}</span>
              </span>
              <button type="button" className="small" onClick={() => stop(c)}>
                Stop sharing<span className="visually-hidden"> with {c.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={share} className="row">
        <label>
          Coach's email
          <input
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-describedby={error ? "coaches-error" : undefined}
          />
        </label>
        <button type="submit">Share my job search</button>
      </form>
      {(error ?? coaches.error) && (
        <p id="coaches-error" className="error" role="alert">
          {error ?? coaches.error}
        </p>
      )}
    </section>
  );
}
