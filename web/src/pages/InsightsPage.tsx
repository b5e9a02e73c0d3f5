/**
 * Insights: the search in numbers. The figures' code (with its charting library, a chunk of
 * its own that other pages do not load) and the numbers are fetched together when the page
 * opens. Behind React.lazy they came one after the other, and React held the page back
 * until 300 ms after showing the fallback (its Suspense throttle): twice the time.
 */
import type { InsightsView } from "../../../src/server/api-types.js";
import { api } from "../api.js";
import { useLoad } from "../hooks.js";

// The chunk is missing when the server has stopped, or was updated since the page was opened.
const figures = () =>
  import("./InsightsFigures.js").catch(() => {
    throw new Error(
      "The charts could not be loaded: is hearback still running? Then reload the page.",
    );
  });
const load = () => Promise.all([figures(), api.get<InsightsView>("/insights")]);

export function InsightsPage() {
  const { data, error, loading } = useLoad(load, []);
  const [{ Figures } = {}, numbers] = data ?? [];
  return (
    <section>
      <h1>Insights</h1>
      {error && <p role="alert">{error}</p>}
      {loading && !data && <p className="muted">Loading…</p>}
      {numbers?.funnel.applied === 0 && (
        <p className="muted">No applications yet: the numbers come once you add some.</p>
      )}
      {Figures && numbers && numbers.funnel.applied > 0 && <Figures data={numbers} />}
    </section>
  );
}
