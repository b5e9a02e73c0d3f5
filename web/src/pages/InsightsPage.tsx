/**
 * Insights: the job search in numbers (the `insights` operation, as `hearback stats` prints
 * it), each as a table a screen reader can read; docs/cli.md says what each counts.
 */
import type { Insights, Rate, Spread } from "../../../src/core/insights.js";
import { api } from "../api.js";
import { useLoad } from "../hooks.js";

type Result = Insights & { readonly zone: string };

const percent = (r: Rate) => (r.rate === null ? "–" : `${Math.round(r.rate * 100)}%`);
const days = (n: number | null | undefined) =>
  n === null || n === undefined ? "–" : Number.isInteger(n) ? String(n) : n.toFixed(1);

function Table(props: {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls sideways; keys must reach it to scroll it (axe: scrollable-region-focusable).
    <section className="table-wrap" aria-label={props.caption} tabIndex={0}>
      <table className="stats">
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={String(r[0])}>
              <th scope="row">{r[0]}</th>
              {r.slice(1).map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: columns are fixed.
                <td key={i}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

const spreadRow = (name: string, s: Spread | null) => [
  name,
  s?.count ?? 0,
  days(s?.median),
  s ? `${days(s.p25)}–${days(s.p75)}` : "–",
  s ? `${days(s.min)}–${days(s.max)}` : "–",
];

export function InsightsPage() {
  const { data, error, loading } = useLoad(() => api.get<Result>("/ops/insights"), []);
  return (
    <section>
      <h1>Insights</h1>
      {error && <p role="alert">{error}</p>}
      {loading && !data && <p className="muted">Loading…</p>}
      {data && data.funnel.applied === 0 && (
        <p className="muted">No applications yet: the numbers come once you add some.</p>
      )}
      {data && data.funnel.applied > 0 && (
        <>
          <Table
            caption="From applied to offer"
            head={["Stage", "Applications"]}
            rows={[
              ["Applied", data.funnel.applied],
              ["Heard back", data.funnel.heardBack],
              ["Interviewed", data.funnel.interviewed],
              ["Offer", data.funnel.offer],
              ["Accepted", data.funnel.accepted],
            ]}
          />
          <Table
            caption="Answered (a reply before your next message)"
            head={["After", "Sent", "Answered", "Rate"]}
            rows={[
              [
                "Applying",
                data.afterApplying.count,
                data.afterApplying.answered,
                percent(data.afterApplying),
              ],
              ...data.followUps.map((k) => [k.kind, k.count, k.answered, percent(k)]),
            ]}
          />
          <Table
            caption="Business days to the first reply"
            head={["After", "Replies", "Median", "Middle half", "Range"]}
            rows={[
              spreadRow("Applying", data.firstReply.afterApplying),
              spreadRow("An interview", data.firstReply.afterInterview),
            ]}
          />
          {data.firstReply.byCompany.length > 0 && (
            <Table
              caption="Median business days to a reply, by company"
              head={["Company", "After applying", "After an interview"]}
              rows={data.firstReply.byCompany.map((c) => [
                c.company,
                days(c.afterApplying),
                days(c.afterInterview),
              ])}
            />
          )}
          <Table
            caption={`Week by week (${data.zone})`}
            head={["Week", "Applications", "Interviews"]}
            rows={data.weeks.map((w) => [`${w.from} to ${w.to}`, w.applications, w.interviews])}
          />
        </>
      )}
    </section>
  );
}
