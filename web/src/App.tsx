import { lazy, Suspense, useCallback, useEffect, useRef, useState } from "react";
import { api, errorText } from "./api.js";
import { type Announce, AnnounceContext } from "./hooks.js";
import { ApplicationPage } from "./pages/ApplicationPage.js";
import { ApplicationsPage } from "./pages/ApplicationsPage.js";
import { LogInterviewPage } from "./pages/LogInterviewPage.js";
import { SettingsPage } from "./pages/SettingsPage.js";
import { TodayPage } from "./pages/TodayPage.js";
import { Link, useRoute } from "./router.js";

// Insights and its charting library load only when the page is opened, not with every page.
const InsightsPage = lazy(() =>
  import("./pages/InsightsPage.js").then((m) => ({ default: m.InsightsPage })),
);

const NAV = [
  { to: "/", label: "Today" },
  { to: "/applications", label: "Applications" },
  // Five links fit a phone's width only with this one shortened there (styles.css).
  { to: "/log", label: "Log an interview", short: "Log" },
  { to: "/insights", label: "Insights" },
  { to: "/settings", label: "Settings" },
] as const;

function page(path: string, params: URLSearchParams) {
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
  return {
    title: "Not found",
    el: (
      <section>
        <h1>Page not found</h1>
        <p>
          There is no page at this address. <Link to="/">Go to Today</Link>.
        </p>
      </section>
    ),
  };
}

export function App() {
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
  const { title, el } = page(path, params);
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
  return (
    <AnnounceContext.Provider value={announce}>
      <a className="skip" href="#main">
        Skip to content
      </a>
      <header className="top">
        {/* In the header, which holds no field; shown after the navigation (.toast in styles.css). */}
        <div className={message ? "toast show" : "toast"}>
          <output aria-live="polite">{message}</output>
          {message && undoable && (
            <button type="button" className="small" onClick={undo}>
              Undo
            </button>
          )}
        </div>
        <Link to="/" className="brand">
          hearback
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map((n) => (
              <li key={n.to}>
                <Link
                  to={n.to}
                  aria-current={section === n.to ? "page" : undefined}
                  aria-label={"short" in n ? n.label : undefined}
                >
                  {"short" in n ? (
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
      </header>
      {/* After an undo the page mounts afresh, loading its data again. */}
      <main id="main" ref={main} tabIndex={-1} key={version}>
        <Suspense fallback={<p className="muted">Loading…</p>}>{el}</Suspense>
      </main>
    </AnnounceContext.Provider>
  );
}
