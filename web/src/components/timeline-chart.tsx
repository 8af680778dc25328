// A figure's history drawn by hand in SVG: every reported value by date, coloured by source, ranges as bars.
import { formatNumber, formatShortDate } from "../format.ts";
import type { FigureHistoryPointDto } from "../api.ts";

const PALETTE = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"];
const DAY = 86_400_000;

/** Round tick values for an axis from 0 to max. */
export function niceTicks(max: number, count = 5): number[] {
  if (max <= 0) return [0];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? rough;
  const ticks: number[] = [];
  // The last tick is at or above max, so the axis covers every value.
  for (let v = 0; ticks.length === 0 || ticks[ticks.length - 1] < max; v += step) ticks.push(v);
  return ticks;
}

export function sourceColors(history: FigureHistoryPointDto[]): Map<string, string> {
  const colors = new Map<string, string>();
  for (const point of history) {
    const key = point.source ?? "the report itself";
    if (!colors.has(key)) colors.set(key, PALETTE[colors.size % PALETTE.length]);
  }
  return colors;
}

export function TimelineChart({ history, onSelect }: { history: FigureHistoryPointDto[]; onSelect?: (point: FigureHistoryPointDto) => void }) {
  const dated = history.filter((p) => p.date && (p.value !== null || p.low !== null || p.high !== null));
  const colors = sourceColors(history);
  if (dated.length === 0) return <p className="muted">No dated values to chart.</p>;

  const width = 1000, height = 320;
  const margin = { top: 16, right: 24, bottom: 40, left: 64 };
  const times = dated.map((p) => Date.parse(`${p.date}T00:00:00Z`));
  let t0 = Math.min(...times), t1 = Math.max(...times);
  // Pad the time axis by a day each side so single-day charts still have width.
  t0 -= DAY; t1 += DAY;
  const top = Math.max(...dated.map((p) => Math.max(p.high ?? 0, p.value ?? 0, p.low ?? 0))) * 1.15 || 1;
  const ticks = niceTicks(top);
  const yMax = ticks[ticks.length - 1];
  const x = (t: number) => margin.left + ((t - t0) / (t1 - t0)) * (width - margin.left - margin.right);
  const y = (v: number) => height - margin.bottom - (v / yMax) * (height - margin.top - margin.bottom);
  const dateTicks = dateAxis(t0, t1);

  // Values reported on the same day by several sources are spread a little so none hides another.
  const seen = new Map<string, number>();
  return (
    <figure className="timeline">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Timeline of ${dated.length} reported values`}>
        <g className="axis">
          {ticks.map((v) => (
            <g key={v}>
              <line x1={margin.left} x2={width - margin.right} y1={y(v)} y2={y(v)} className="gridline" />
              <text x={margin.left - 8} y={y(v) + 4} textAnchor="end">{formatNumber(v)}</text>
            </g>
          ))}
          {dateTicks.map((t) => (
            <text key={t} x={x(t)} y={height - margin.bottom + 20} textAnchor="middle">{formatShortDate(new Date(t).toISOString().slice(0, 10))}</text>
          ))}
          <line x1={margin.left} x2={width - margin.right} y1={y(0)} y2={y(0)} className="baseline" />
        </g>
        <g className="points">
          {dated.map((point, i) => {
            const t = Date.parse(`${point.date}T00:00:00Z`);
            const n = seen.get(point.date!) ?? 0;
            seen.set(point.date!, n + 1);
            const cx = x(t) + n * 7;
            const color = colors.get(point.source ?? "the report itself")!;
            const lowEnd = point.low ?? point.value ?? 0;
            const highEnd = point.high ?? yMax; // an open upper end ("more than") runs to the top
            const label = `${formatShortDate(point.date)}: ${point.qualifier} ${formatNumber(point.value)}${point.source ? ` (${point.source})` : ""}`;
            return (
              <g key={i} className="point" tabIndex={onSelect ? 0 : undefined} role={onSelect ? "button" : undefined} aria-label={label}
                onClick={() => onSelect?.(point)} onKeyDown={(e) => (e.key === "Enter" || e.key === " ") && onSelect?.(point)}>
                <title>{label}</title>
                {lowEnd !== highEnd && (
                  <line x1={cx} x2={cx} y1={y(lowEnd)} y2={y(highEnd)} stroke={color} strokeWidth={4} strokeOpacity={0.35}
                    strokeDasharray={point.high === null ? "4 3" : undefined} className="range-line" />
                )}
                {point.value !== null
                  ? <circle cx={cx} cy={y(point.value)} r={5.5} fill={color} className={point.independent ? "dot" : "dot dot-copy"} />
                  : <rect x={cx - 4.5} y={y((lowEnd + highEnd) / 2) - 4.5} width={9} height={9} fill="#fff" stroke={color} strokeWidth={2}
                      transform={`rotate(45 ${cx} ${y((lowEnd + highEnd) / 2)})`} className="vague-mark" />}
              </g>
            );
          })}
        </g>
      </svg>
      <figcaption className="legend">
        {[...colors].map(([source, color]) => (
          <span key={source} className="legend-item"><span className="swatch" style={{ background: color }} />{source}</span>
        ))}
        <span className="legend-item muted">Bars: the range a value implies (dashed: open-ended). Diamonds: vague amounts ("thousands"). Faded dots: copies of another report.</span>
      </figcaption>
    </figure>
  );
}

function dateAxis(t0: number, t1: number): number[] {
  const days = (t1 - t0) / DAY;
  const step = Math.max(1, Math.ceil(days / 7)) * DAY;
  const first = Math.ceil(t0 / DAY) * DAY;
  const ticks: number[] = [];
  for (let t = first; t <= t1; t += step) ticks.push(t);
  return ticks;
}
