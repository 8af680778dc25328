// A figure's range low–best–high as numbers and as a small bar on a shared scale.
import { formatNumber } from "../format.ts";

export function RangeText({ low, best, high }: { low: number | null; best: number | null; high: number | null }) {
  return (
    <span className="range" aria-label={`low ${formatNumber(low)}, best ${formatNumber(best)}, high ${formatNumber(high)}`}>
      <span className="range-end">{formatNumber(low)}</span>
      <span className="range-sep">–</span>
      <strong>{formatNumber(best)}</strong>
      <span className="range-sep">–</span>
      <span className="range-end">{high === null ? "open" : formatNumber(high)}</span>
    </span>
  );
}

/** Bar from low to high with a tick at best, scaled to `max` (the largest value on the page). */
export function RangeBar({ low, best, high, max }: { low: number | null; best: number | null; high: number | null; max: number }) {
  if (!max || best === null) return null;
  const pct = (v: number) => Math.max(0, Math.min(100, (v / max) * 100));
  const from = pct(low ?? best);
  const to = pct(high ?? max);
  return (
    <svg className="range-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">
      <rect x="0" y="4" width="100" height="2" className="range-track" />
      <rect x={from} y="2" width={Math.max(0.8, to - from)} height="6" className={high === null ? "range-open" : "range-span"} />
      <rect x={Math.min(98.8, pct(best))} y="0" width="1.2" height="10" className="range-best" />
    </svg>
  );
}
