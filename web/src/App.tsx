import { type ReactNode, useCallback, useEffect, useRef, useState } from "react";
import type { SessionAccount } from "../../src/server/api-types.js";
import { ApiError, api, errorText, onSignedOut } from "./api.js";
import { type Announce, AnnounceContext } from "./hooks.js";
import { useDueNotifications } from "./notifications.js";
import { ApplicationPage } from "./pages/ApplicationPage.js";
import { ApplicationsPage } from "./pages/ApplicationsPage.js";
import { InsightsPage } from "./pages/InsightsPage.js";
import { LogInterviewPage } from "./pages/LogInterviewPage.js";
import { SettingsPage } from "./pages/SettingsPage.js";
import { TodayPage } from "./pages/TodayPage.js";
import { Link, navigate, useRoute } from "./router.js";
import { AccountContext } from "./session.js";
import { Team, type TeamChunk, TeamPagesContext } from "./team-pages.js";

interface NavItem {
  readonly to: string;
  readonly label: string;
  readonly short?: string;
}

const NAV: readonly NavItem[] = [
  { to: "/", label: "Today" },
  { to: "/applications", label: "Applications" },
  // Five links fit a phone's width only with this one shortened there (styles.css).
  { to: "/log", label: "Log an interview", short: "Log" },
  { to: "/insights", label: "Insights" },
  { to: "/settings", label: "Settings" },
];

const COACH_NAV: readonly NavItem[] = [
  { to: "/", label: "Your candidates" },
  { to: "/settings", label: "Settings" },
];

interface Page {
  readonly title: string;
  readonly el: ReactNode;
}

const NOT_FOUND: Page = {
  title: "Not found",
  el: (
    <section>
      <h1>Page not found</h1>
      <p>
        There is no page at this address. <Link to="/">Go to the first page</Link>.
      </p>
    </section>
  ),
};

function coachPage(path: string, onRenamed: (account: SessionAccount) => void): Page {
  if (path === "/") return { title: "Your candidates", el: <Team>{(t) => <t.CoachPage />}</Team> };
  if (path === "/settings") {
    return {
      title: "Settings",
      el: <Team>{(t) => <t.CoachSettingsPage onRenamed={onRenamed} />}</Team>,
    };
  }
  const id = /^\/candidates\/(\d{1,15})$/.exec(path)?.[1];
  if (id) {
    return {
      title: "A candidate",
      el: <Team>{(t) => <t.CandidatePage key={id} id={Number(id)} />}</Team>,
    };
  }
  return NOT_FOUND;
}

function page(path: string, params: URLSearchParams): Page {
  if (path === "/" || path === "/today") return { title: "Today", el: <TodayPage /> };
  if (path === "/applications") return { title: "Applications", el: <ApplicationsPage /> };
  if (path.startsWith("/applications/")) {
    const app = decodeURIComponent(path.slice("/applications/".length));
    return { title: "Application", el: <ApplicationPage key={app} app={app} /> };
  }
  if (path === "/log")
    return { title: "Log an interview", el: <LogInterviewPage app={params.get("app") ?? ""} /> };
  if (path === "/insights") return { title: "Insights", el: <InsightsPage /> };
  if (path === "/settings") return { title: "Settings", el: <SettingsPage /> };
  return NOT_FOUND;
}

/**
 * Who uses the app: on a team server (`serve --team`) someone signed in, or nobody yet;
 * otherwise the one person of this computer (the server has no /api/session).
 */
type Session =
  | { readonly team: false }
  | { readonly team: true; account: SessionAccount | null }
  // A team server whose database cannot be reached just now (503): who is signed in is unknown.
  | { readonly team: "unreachable"; readonly message: string };

export function App() {
  useDueNotifications();
  const [session, setSession] = useState<Session>();
  const [asked, setAsked] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: asks again on "Try again".
  useEffect(() => {
    api.get<{ account: SessionAccount }>("/session").then(
      (r) => setSession({ team: true, account: r.account }),
      (err: unknown) => {
        const status = err instanceof ApiError ? err.status : 0;
        setSession(
          status === 401
            ? { team: true, account: null }
            : status === 503
              ? { team: "unreachable", message: (err as Error).message }
              : { team: false },
        );
      },
    );
  }, [asked]);
  const team = session?.team === true;
  useEffect(() => {
    if (!team) return;
    // A session that ends (expired, or signed out elsewhere) brings the sign-in page back.
    onSignedOut(() => setSession({ team: true, account: null }));
    return () => onSignedOut(undefined);
  }, [team]);
  const chunk = useTeamChunk(session !== undefined && session.team !== false);
  if (!session) return null;
  return (
    <TeamPagesContext.Provider value={chunk}>
      <Screen session={session} setSession={setSession} tryAgain={() => setAsked((n) => n + 1)} />
    </TeamPagesContext.Provider>
  );
}

/** Fetches team mode's pages as soon as the app knows it is on a team server. */
function useTeamChunk(onTeam: boolean): TeamChunk {
  const [chunk, setChunk] = useState<TeamChunk>();
  useEffect(() => {
    if (!onTeam) return;
    // The chunk is missing when the server has stopped, or was updated since the page was opened.
    import("./team.js").then(setChunk, () =>
      setChunk({
        error:
          "The team pages could not be loaded: is hearback still running? Then reload the page.",
      }),
    );
  }, [onTeam]);
  return chunk;
}

/** The pages for who uses the app: one person, someone to sign in, a candidate or a coach. */
function Screen(props: {
  session: Session;
  setSession: (session: Session) => void;
  tryAgain: () => void;
}) {
  const { session, setSession } = props;
  if (!session.team) return <Shell nav={NAV} page={page} />;
  if (session.team === "unreachable") {
    const message = session.message;
    return (
      <Shell
        nav={[]}
        page={() => ({
          title: "Try again in a moment",
          el: (
            <section>
              <h1>Try again in a moment</h1>
              <p role="alert">{`${message.charAt(0).toUpperCase()}${message.slice(1)}.`}</p>
              <button type="button" className="primary" onClick={props.tryAgain}>
                Try again
              </button>
            </section>
          ),
        })}
      />
    );
  }
  const account = session.account;
  if (!account) {
    return (
      <Shell
        nav={[]}
        page={() => ({
          title: "Sign in",
          el: (
            <Team>
              {(t) => <t.SignInPage onSignedIn={(a) => setSession({ team: true, account: a })} />}
            </Team>
          ),
        })}
      />
    );
  }
  const renamed = (a: SessionAccount) => setSession({ team: true, account: a });
  const signOut = async () => {
    await api.delete("/session").catch(() => {});
    setSession({ team: true, account: null });
    navigate("/");
  };
  return (
    <AccountContext.Provider value={account}>
      <Shell
        nav={account.role === "coach" ? COACH_NAV : NAV}
        page={account.role === "coach" ? (path) => coachPage(path, renamed) : page}
        account={account}
        onSignOut={signOut}
      />
    </AccountContext.Provider>
  );
}

function Shell(props: {
  nav: readonly NavItem[];
  page: (path: string, params: URLSearchParams) => Page;
  account?: SessionAccount;
  onSignOut?: () => void;
}) {
  const { path, params } = useRoute();
  const [message, setMessage] = useState("");
  const [undoable, setUndoable] = useState(false);
  const [version, setVersion] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const announce: Announce = useCallback((m, opts) => {
    setMessage(m);
    setUndoable(Boolean(opts?.undoable));
    clearTimeout(timer.current);
    // Long enough to reach the Undo button.
    timer.current = setTimeout(() => setMessage(""), opts?.undoable ? 10_000 : 4000);
  }, []);
  const undo = async () => {
    try {
      const r = await api.post<{ undone: number }>("/undo");
      setVersion((v) => v + 1);
      announce(r.undone > 0 ? "Undone." : "There was nothing to undo.");
    } catch (e) {
      announce(`Could not undo: ${errorText(e)}`);
    }
  };
  const { title, el } = props.page(path, params);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${title} · hearback`;
  }, [title]);
  // Move focus to the page after navigation, so keyboard and screen-reader users start there.
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: true });
  }, [path]);

  const section = path.startsWith("/applications") ? "/applications" : path;
  const signedIn = props.account;
  return (
    <AnnounceContext.Provider value={announce}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand">
          hearback
        </Link>
        {props.nav.length > 0 && (
          <nav aria-label="Main">
            <ul>
              {props.nav.map((n) => (
                <li key={n.to}>
                  <Link
                    to={n.to}
                    aria-current={section === n.to ? "page" : undefined}
                    aria-label={n.short ? n.label : undefined}
                  >
                    {n.short ? (
                      <>
                        <span className="nav-full">{n.label}</span>
                        <span className="nav-short">{n.short}</span>
                      </>
                    ) : (
                      n.label
                    )}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
        {signedIn && (
          <div className="who">
            <span className="who-name">{signedIn.name}</span>
            <button type="button" className="small" onClick={props.onSignOut}>
              Sign out
            </button>
          </div>
        )}
        {/* In the header, which holds no field, after the navigation in tab order; shown over
            the header's right end (.toast in styles.css). */}
        <div className={message ? "toast show" : "toast"}>
          <output aria-live="polite">{message}</output>
          {message && undoable && (
            <button type="button" className="small" onClick={undo}>
              Undo
            </button>
          )}
        </div>
      </header>
      {/* After an undo the page mounts afresh, loading its data again. */}
      <main id="main" ref={main} tabIndex={-1} key={version}>
        {el}
      </main>
    </AnnounceContext.Provider>
  );
}
