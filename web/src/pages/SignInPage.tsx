import { type FormEvent, useState } from "react";
import type { SessionAccount } from "../../../src/server/api-types.js";
import { ApiError, api, errorText } from "../api.js";

/** What went wrong, in the user's words; the server's message says when to try again. */
function signInError(err: unknown): string {
  if (err instanceof ApiError && err.status === 401) {
    return "Wrong email or password. Check both and try again.";
  }
  const text = err instanceof ApiError ? err.message : errorText(err);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** A team server's front door: everyone signs in with their email and password. */
export function SignInPage(props: { onSignedIn: (account: SessionAccount) => void }) {
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const r = await api.post<{ account: SessionAccount }>("/session", { email, password });
      props.onSignedIn(r.account);
    } catch (err) {
      setError(signInError(err));
      setBusy(false);
    }
  };
  return (
    <section className="sign-in">
      <h1>Sign in to hearback</h1>
      <p className="muted">Your coach or your organisation gave you an account.</p>
      <form
        onSubmit={submit}
        className="form"
        aria-describedby={error ? "sign-in-error" : undefined}
      >
        <label>
          Email
          <input
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        </label>
        <label>
          Password
          <input
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        {error && (
          <p id="sign-in-error" className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          Sign in
        </button>
      </form>
    </section>
  );
}
