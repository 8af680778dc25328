// The key figures as a table: what, where, range low–best–high, grade, latest value, reports.
import { GradeBadge, CategoryBadge } from "../components/badges.tsx";
import { RangeBar, RangeText } from "../components/range-bar.tsx";
import { formatDate, formatNumber } from "../format.ts";
import { href } from "../router.ts";
import type { FigureDto } from "../api.ts";

/** Killed first, then movements of people, then stocks; bigger and more-reported first within each. */
const CATEGORY_RANK = ["killed", "wounded", "evacuated", "fled", "surrendered", "detained", "arrived", "present", "other"];

export function rankFigures(figures: FigureDto[]): FigureDto[] {
  return [...figures].sort((a, b) =>
    CATEGORY_RANK.indexOf(a.category) - CATEGORY_RANK.indexOf(b.category) ||
    b.members.length - a.members.length ||
    (b.best ?? 0) - (a.best ?? 0));
}

/** The n most important figures across categories: each category's best first, then each one's second, and so on. */
export function keyFigures(figures: FigureDto[], n: number): FigureDto[] {
  const byCategory = new Map<string, FigureDto[]>();
  for (const figure of rankFigures(figures.filter((f) => f.category !== "other"))) {
    byCategory.set(figure.category, [...(byCategory.get(figure.category) ?? []), figure]);
  }
  const picked: FigureDto[] = [];
  for (let round = 0; picked.length < n && [...byCategory.values()].some((list) => list.length > round); round++) {
    for (const list of byCategory.values()) if (list[round] && picked.length < n) picked.push(list[round]);
  }
  return rankFigures(picked);
}

/** Each row's bar has its own scale (a little past its high end): it shows how wide the range is, not how big. */
const rowScale = (f: FigureDto) => Math.max(1, (f.high ?? (f.best ?? 0) * 2) * 1.1);

export function FiguresTable({ figures, caption }: { figures: FigureDto[]; caption: string }) {
  if (figures.length === 0) return <p className="muted">No figures yet: ingest reports to reconcile their claims.</p>;
  return (
    <table className="data figures-table">
      <caption>{caption}</caption>
      <thead>
        <tr><th scope="col">Figure</th><th scope="col">Place</th><th scope="col">Low – best – high</th><th scope="col" className="bar-col">Spread</th><th scope="col">Grade</th><th scope="col">Latest</th><th scope="col" className="num">Claims</th></tr>
      </thead>
      <tbody>
        {figures.map((figure) => (
          <tr key={figure.id}>
            <td><a href={href(["figures", figure.id])} className="figure-link"><CategoryBadge category={figure.category} /> {figure.subject}</a></td>
            <td>{figure.place?.name ?? <span className="muted">unplaced</span>}</td>
            <td className="num"><RangeText low={figure.low} best={figure.best} high={figure.high} /></td>
            <td className="bar-col"><RangeBar low={figure.low} best={figure.best} high={figure.high} max={rowScale(figure)} /></td>
            <td><GradeBadge grade={figure.grade} /></td>
            <td>{figure.latest ? <>{figure.latest.value === null ? "unstated" : formatNumber(figure.latest.value)} <span className="muted">({formatDate(figure.latest.date)})</span></> : "—"}</td>
            <td className="num">{formatNumber(figure.members.length)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
