/**
 * Insights' figures: the job search in numbers (the `insights` operation, as `hearback stats`
 * prints it), each as a chart over a table a screen reader can read; docs/cli.md says what
 * each counts. Loaded only when the page is opened (InsightsPage.tsx), charting library and all.
 */
import { type ReactNode, useState } from "react";
import type { Rate, Spread } from "../../../src/core/insights.js";
import type { InsightsView } from "../../../src/server/api-types.js";
import { Bars, Columns, Spreads } from "../components/Charts.js";
import { SENT_LABEL } from "../labels.js";

const percent = (r: Rate) => (r.rate === null ? "–" : `${Math.round(r.rate * 100)}%`);
const days = (n: number | null | undefined) =>
  n === null || n === undefined ? "–" : Number.isInteger(n) ? String(n) : n.toFixed(1);

/** Rows shown per table at first (a long search has hundreds of companies), as on Today. */
const FIRST_ROWS = 40;

/** A figure: its title, its chart (for the eyes), and its numbers in a table (for everyone). */
function Figure(props: {
  caption: string;
  wide?: boolean;
  chart: ReactNode;
  head: readonly string[];
  rows: readonly (readonly (string | number)[])[];
}) {
  const [all, setAll] = useState(false);
  const rows = all ? props.rows : props.rows.slice(0, FIRST_ROWS);
  const hidden = props.rows.length - rows.length;
  return (
    <div className={props.wide ? "figure wide" : "figure"}>
      <h2>{props.caption}</h2>
      {props.chart}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a table wider than a phone scrolls sideways; keys must reach it to scroll it (axe: scrollable-region-focusable). */}
      <section className="table-wrap" aria-label={props.caption} tabIndex={0}>
        <table className="stats">
          {/* The heading above shows the title; the caption names the table for screen readers. */}
          <caption className="visually-hidden">{props.caption}</caption>
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
            {rows.map((r) => (
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
      {hidden > 0 && (
        <button type="button" onClick={() => setAll(true)}>
          Show {hidden} more
          <span className="visually-hidden"> in {props.caption}</span>
        </button>
      )}
    </div>
  );
}

const spreadRow = (name: string, s: Spread | null) => [
  name,
  s?.count ?? 0,
  days(s?.median),
  s ? `${days(s.p25)}–${days(s.p75)}` : "–",
  s ? `${days(s.min)}–${days(s.max)}` : "–",
];

/** More companies than this make a chart too long to read: the table alone lists them. */
const COMPANIES_CHARTED = 30;

const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(" ");
/** "2 Nov" for "2026-11-02" (Intl's formatter costs 25 ms to start, more than the page). */
const shortDate = (iso: string) =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;

const rateBar = (label: string, r: Rate) => ({
  label,
  values: [r.rate === null ? null : r.rate * 100],
  texts: [`${percent(r)} of ${r.count}`],
});

export function Figures({ data }: { data: InsightsView }) {
  const { funnel, firstReply } = data;
  const stages = [
    ["Applied", funnel.applied],
    ["Heard back", funnel.heardBack],
    ["Interviewed", funnel.interviewed],
    ["Offer", funnel.offer],
    ["Accepted", funnel.accepted],
  ] as const;
  const answered = [
    ["Applying", data.afterApplying] as const,
    ...data.followUps.map((k) => [SENT_LABEL[k.kind], k] as const),
  ];
  const waits = [
    { label: "Applying", spread: firstReply.afterApplying },
    { label: "An interview", spread: firstReply.afterInterview },
  ];
  const companies = firstReply.byCompany;
  return (
    <div className="figures">
      <Figure
        caption="From applied to offer"
        chart={
          <Bars
            series={["Applications"]}
            groups={stages.map(([label, n]) => ({ label, values: [n], texts: [String(n)] }))}
          />
        }
        head={["Stage", "Applications"]}
        rows={stages}
      />
      <Figure
        caption="Answered (a reply before your next message)"
        chart={
          <Bars series={["Answered"]} max={100} groups={answered.map(([l, r]) => rateBar(l, r))} />
        }
        head={["After", "Sent", "Answered", "Rate"]}
        rows={answered.map(([label, r]) => [label, r.count, r.answered, percent(r)])}
      />
      <Figure
        caption="Business days to the first reply"
        chart={<Spreads rows={waits} axis="business days" />}
        head={["After", "Replies", "Median", "Middle half", "Range"]}
        rows={waits.map((w) => spreadRow(w.label, w.spread))}
      />
      {companies.length > 0 && (
        <Figure
          caption="Median business days to a reply, by company"
          chart={
            companies.length <= COMPANIES_CHARTED ? (
              <Bars
                series={["After applying", "After an interview"]}
                axis="business days"
                groups={companies.map((c) => ({
                  label: c.company,
                  values: [c.afterApplying, c.afterInterview],
                  texts: [c.afterApplying, c.afterInterview].map((d) =>
                    d === null ? "" : days(d),
                  ),
                }))}
              />
            ) : (
              <p className="muted">
                {companies.length} companies are too many for a chart; the table lists each.
              </p>
            )
          }
          head={["Company", "After applying", "After an interview"]}
          rows={companies.map((c) => [c.company, days(c.afterApplying), days(c.afterInterview)])}
        />
      )}
      <Figure
        wide
        caption={`Week by week (${data.zone})`}
        chart={
          <Columns
            series={["Applications", "Interviews"]}
            groups={data.weeks.map((w) => ({
              label: shortDate(w.from),
              values: [w.applications, w.interviews],
            }))}
          />
        }
        head={["Week", "Applications", "Interviews"]}
        rows={data.weeks.map((w) => [`${w.from} to ${w.to}`, w.applications, w.interviews])}
      />
    </div>
  );
}
