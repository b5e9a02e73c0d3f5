/**
 * The Insights page's charts, drawn with visx (scales, bars, axes and box plots as React SVG;
 * docs/web.md says why this library). Each chart pictures a table printed under it, so it is
 * hidden from screen readers (aria-hidden), who read the table instead. Colours come from
 * styles.css, so light and dark mode follow the system; widths follow the page's (375 px up).
 */
import { AxisBottom, AxisLeft, type TickRendererProps } from "@visx/axis";
import { useParentSize } from "@visx/responsive";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { BoxPlot } from "@visx/stats";
import type { ReactNode } from "react";

/** A chart's series: its name in the legend; its colour is `.series-N` in styles.css. */
export type Series = readonly string[];

export interface BarGroup {
  readonly label: string;
  /** One value per series; null draws nothing (no figure yet). */
  readonly values: readonly (number | null)[];
  /** Printed after each bar (the table's figure); none when left out. */
  readonly texts?: readonly string[];
}

/** Height of one bar, and of the gap around each group of bars. */
const BAR = 22;
const GAP = 10;
const AXIS = 28;
const AXIS_WITH_LABEL = 50;
/** Labels longer than this are cut in the chart (the table has them whole). */
const LABEL_CHARS = 18;
/** A rough width of one character of the charts' 12 px text. */
const CHAR_PX = 6.8;
/**
 * Tick labels as plain SVG text: visx's own label component measures every word in the
 * page's layout first (for wrapping, not needed here), which cost more than the rest of the
 * charts together at 1,000 applications.
 */
function TickLabel(props: TickRendererProps) {
  return (
    <text x={props.x} y={props.y} dx={props.dx} textAnchor={props.textAnchor}>
      {props.formattedValue}
    </text>
  );
}

/** Axes in the text's colour (light or dark), counting in whole numbers. */
const AXIS_LOOK = {
  stroke: "currentColor",
  tickStroke: "currentColor",
  tickComponent: TickLabel,
  tickFormat: (v: unknown) => (Number.isInteger(Number(v)) ? String(v) : ""),
} as const;

const cut = (s: string) => (s.length > LABEL_CHARS ? `${s.slice(0, LABEL_CHARS - 1)}…` : s);

/** A row's name, right-aligned before its bars. */
function RowLabel(props: { left: number; height: number; text: string }) {
  return (
    <text x={props.left - 8} y={props.height / 2} className="label" textAnchor="end">
      {cut(props.text)}
    </text>
  );
}

/** Room for the longest label, at most 40% of the chart. */
function labelRoom(labels: readonly string[], width: number): number {
  const longest = Math.max(0, ...labels.map((l) => cut(l).length));
  return Math.min(width * 0.4, longest * CHAR_PX + 10);
}

/** A chart as wide as the page: `draw` gets the measured width once it is known. */
function Frame(props: {
  height: number;
  series?: Series;
  className?: string;
  draw: (width: number) => ReactNode;
}) {
  const { parentRef, width } = useParentSize({ debounceTime: 100 });
  return (
    <div className={`chart ${props.className ?? ""}`} aria-hidden="true">
      {props.series && props.series.length > 1 && (
        <ul className="legend">
          {props.series.map((name, i) => (
            <li key={name}>
              <span className={`swatch series-${i}`} />
              {name}
            </li>
          ))}
        </ul>
      )}
      <div ref={parentRef} style={{ height: props.height }}>
        {width > 0 && (
          <svg width={width} height={props.height} aria-hidden="true">
            {props.draw(width)}
          </svg>
        )}
      </div>
    </div>
  );
}

/**
 * Horizontal bars, one group per label and one bar per series in it, from zero up to `max`
 * (or the largest value); a days axis under them when `axis` names its unit.
 */
export function Bars(props: {
  groups: readonly BarGroup[];
  series: Series;
  max?: number;
  axis?: string;
}) {
  const { groups, series } = props;
  const plot = groups.length * (series.length * BAR + GAP);
  const height = plot + (props.axis ? AXIS_WITH_LABEL : 0);
  const largest = Math.max(
    1,
    props.max ?? 0,
    ...groups.flatMap((g) => g.values.map((v) => v ?? 0)),
  );
  return (
    <Frame
      height={height}
      series={series}
      className="bars"
      draw={(width) => {
        const left = labelRoom(
          groups.map((g) => g.label),
          width,
        );
        const texts = groups.flatMap((g) => g.texts ?? []);
        const textRoom = Math.max(0, ...texts.map((t) => t.length)) * CHAR_PX + 12;
        const x = scaleLinear({ domain: [0, largest], range: [0, width - left - textRoom] });
        const y = scaleBand({
          domain: groups.map((g) => g.label),
          range: [0, plot],
          paddingInner: GAP / (series.length * BAR + GAP),
        });
        const inner = scaleBand({ domain: series.map((_, i) => i), range: [0, y.bandwidth()] });
        return (
          <>
            {groups.map((g) => (
              <g key={g.label} transform={`translate(0,${y(g.label)})`}>
                <RowLabel left={left} height={y.bandwidth()} text={g.label} />
                {g.values.map((v, i) =>
                  v === null ? null : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: one bar per series, in order.
                    <g key={i}>
                      <Bar
                        className={`bar series-${i}`}
                        x={left}
                        y={inner(i)}
                        width={x(v)}
                        height={inner.bandwidth()}
                        data-value={v}
                      />
                      {g.texts?.[i] && (
                        <text
                          x={left + x(v) + 6}
                          y={inner(i)! + inner.bandwidth() / 2}
                          className="value"
                        >
                          {g.texts[i]}
                        </text>
                      )}
                    </g>
                  ),
                )}
              </g>
            ))}
            {props.axis && <DaysAxis scale={x} left={left} top={plot} label={props.axis} />}
          </>
        );
      }}
    />
  );
}

function DaysAxis(props: {
  scale: ReturnType<typeof scaleLinear<number>>;
  left: number;
  top: number;
  label: string;
}) {
  const [from, to] = props.scale.range() as [number, number];
  return (
    <>
      <AxisBottom
        scale={props.scale}
        left={props.left}
        top={props.top}
        numTicks={5}
        {...AXIS_LOOK}
      />
      <text x={props.left + (from + to) / 2} y={props.top + 38} textAnchor="middle">
        {props.label}
      </text>
    </>
  );
}

export interface SpreadRow {
  readonly label: string;
  readonly spread: {
    readonly min: number;
    readonly p25: number;
    readonly median: number;
    readonly p75: number;
    readonly max: number;
  } | null;
}

/** Box plots on one days axis: the range as whiskers, the middle half as the box, the median. */
export function Spreads(props: { rows: readonly SpreadRow[]; axis: string }) {
  const { rows } = props;
  const plot = rows.length * (BAR + 2 * GAP);
  const largest = Math.max(1, ...rows.map((r) => r.spread?.max ?? 0));
  return (
    <Frame
      height={plot + AXIS_WITH_LABEL}
      className="spreads"
      draw={(width) => {
        const left = labelRoom(
          rows.map((r) => r.label),
          width,
        );
        const x = scaleLinear({ domain: [0, largest], range: [0, width - left - 16], nice: true });
        const y = scaleBand({ domain: rows.map((r) => r.label), range: [0, plot], padding: 0.3 });
        return (
          <>
            {rows.map((r) => (
              <g key={r.label} transform={`translate(0,${y(r.label)})`}>
                <RowLabel left={left} height={y.bandwidth()} text={r.label} />
                {r.spread ? (
                  // Horizontal box plots take `top` as their offset; the label column is `left`.
                  <g transform={`translate(${left},0)`}>
                    <BoxPlot
                      horizontal
                      className="box"
                      valueScale={x}
                      boxWidth={y.bandwidth()}
                      min={r.spread.min}
                      firstQuartile={r.spread.p25}
                      median={r.spread.median}
                      thirdQuartile={r.spread.p75}
                      max={r.spread.max}
                    />
                  </g>
                ) : (
                  <text x={left} y={y.bandwidth() / 2} className="value">
                    no replies yet
                  </text>
                )}
              </g>
            ))}
            <DaysAxis scale={x} left={left} top={plot} label={props.axis} />
          </>
        );
      }}
    />
  );
}

/** Vertical bars per period (weeks), one per series side by side, on a counting axis. */
export function Columns(props: { groups: readonly BarGroup[]; series: Series }) {
  const { groups, series } = props;
  const plot = 180;
  const largest = Math.max(1, ...groups.flatMap((g) => g.values.map((v) => v ?? 0)));
  return (
    <Frame
      height={plot + AXIS}
      series={series}
      className="columns-chart"
      draw={(width) => {
        const left = 32;
        const x = scaleBand({
          domain: groups.map((g) => g.label),
          range: [left, width - 4],
          padding: 0.2,
        });
        const inner = scaleBand({ domain: series.map((_, i) => i), range: [0, x.bandwidth()] });
        const y = scaleLinear({ domain: [0, largest], range: [plot, 8], nice: true });
        // A label for every week that has room for one (about 44 px each).
        const every = Math.max(1, Math.ceil((groups.length * 44) / Math.max(width - left, 1)));
        return (
          <>
            {groups.map((g) =>
              g.values.map((v, i) =>
                v === null || v === 0 ? null : (
                  <Bar
                    key={`${g.label}-${series[i]}`}
                    className={`bar series-${i}`}
                    x={x(g.label)! + inner(i)!}
                    y={y(v)}
                    width={inner.bandwidth()}
                    height={plot - y(v)}
                    data-value={v}
                  />
                ),
              ),
            )}
            <AxisLeft scale={y} left={left} numTicks={Math.min(largest, 5)} {...AXIS_LOOK} />
            <AxisBottom
              scale={x}
              top={plot}
              tickValues={groups.filter((_, i) => i % every === 0).map((g) => g.label)}
              {...AXIS_LOOK}
              tickFormat={(label) => label}
            />
          </>
        );
      }}
    />
  );
}
