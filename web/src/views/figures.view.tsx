// Figures: the list (filter by category) and one figure's page with its timeline, history and conflicts.
import { api, type FigureDto, type FigureHistoryPointDto, type ReportDetailDto } from "../api.ts";
import { CategoryBadge, GradeBadge } from "../components/badges.tsx";
import { RangeText } from "../components/range-bar.tsx";
import { WhenReady } from "../components/status.tsx";
import { sourceColors, TimelineChart } from "../components/timeline-chart.tsx";
import { capitalise, formatClaimValue, formatDate, formatNumber } from "../format.ts";
import { href, navigate, type Route } from "../router.ts";
import { useApi } from "../use-api.ts";
import { CATEGORY_OPTIONS } from "./claims.view.tsx";
import { FiguresTable, rankFigures } from "./figures-table.tsx";

export function FiguresView({ route }: { route: Route }) {
  const category = route.params.get("category") ?? "";
  const figures = useApi(() => api.figures({ category: category || undefined, limit: 1000 }), `figures-${category}`);
  return (
    <>
      <h1>Figures</h1>
      <p className="intro">Each figure gathers the claims of several reports about one real-world number, with the range they imply and how well they agree.</p>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>Category{" "}
          <select value={category} onChange={(e) => navigate(["figures"], { category: e.target.value })}>
            <option value="">all</option>
            {CATEGORY_OPTIONS.map((c) => <option key={c} value={c}>{c}</option>)}
          </select>
        </label>
      </form>
      <WhenReady loaded={figures}>
        {(page) => <FiguresTable figures={rankFigures(page.items)} caption={`${formatNumber(page.total)} figures`} />}
      </WhenReady>
    </>
  );
}

const reportLink = (point: { doc: string; span: [number, number] }) => href(["reports", point.doc], { span: `${point.span[0]}-${point.span[1]}` });

/** The figure and the reports its values come from, to quote what each source said. */
async function loadFigure(id: string): Promise<{ figure: FigureDto; reports: Map<string, ReportDetailDto> }> {
  const figure = await api.figure(id);
  const docs = [...new Set(figure.history.map((p) => p.doc))].slice(0, 30);
  const loaded = await Promise.all(docs.map((doc) => api.report(doc).catch(() => null)));
  return { figure, reports: new Map(loaded.filter((r): r is ReportDetailDto => r !== null).map((r) => [r.id, r])) };
}

/** The sentence a reported value was said in, from its report. */
function sentenceOf(reports: Map<string, ReportDetailDto>, point: { doc: string; span: [number, number] }): string | null {
  const report = reports.get(point.doc);
  const claim = report?.claims.find((c) => c.span[0] === point.span[0] && c.span[1] === point.span[1]);
  if (!report || !claim) return null;
  return report.text.slice(claim.sentence[0], claim.sentence[1]).replace(/\s+/g, " ").trim();
}

export function FigureView({ id }: { id: string }) {
  const loaded = useApi(() => loadFigure(id), `figure-${id}`);
  return (
    <WhenReady loaded={loaded}>
      {({ figure: f, reports }) => {
        const colors = sourceColors(f.history);
        const history = [...f.history].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
        return (
          <article className="figure-page">
            <p className="crumbs"><a href={href(["figures"])}>Figures</a> / {f.id}</p>
            <h1><CategoryBadge category={f.category} /> {capitalise(f.subject)}{f.place ? ` in ${f.place.name}` : ""}</h1>
            <dl className="figure-facts">
              <div><dt>Range (low – best – high)</dt><dd><RangeText low={f.low} best={f.best} high={f.high} /></dd></div>
              <div><dt>Grade</dt><dd><GradeBadge grade={f.grade} /></dd></div>
              <div><dt>Latest</dt><dd>{f.latest ? `${f.latest.value === null ? "unstated" : formatNumber(f.latest.value)} on ${formatDate(f.latest.date)}` : "—"}</dd></div>
              <div><dt>Claims</dt><dd>{formatNumber(f.members.length)} in {formatNumber(new Set(f.members.map((m) => m.doc)).size)} reports</dd></div>
            </dl>
            <section aria-labelledby="conflicts">
              <h2 id="conflicts">Conflicts</h2>
              {f.conflicts.length === 0
                ? <p className="muted">The sources do not contradict each other on this figure.</p>
                : <ul className="conflicts">{f.conflicts.map((c, i) => <li key={i}>{c}</li>)}</ul>}
            </section>
            <section aria-labelledby="timeline">
              <h2 id="timeline">Timeline</h2>
              <TimelineChart history={f.history} onSelect={(p: FigureHistoryPointDto) => { window.location.hash = reportLink(p); }} />
            </section>
            <section aria-labelledby="history">
              <h2 id="history">Every reported value</h2>
              <table className="data history-table">
                <thead><tr><th scope="col">Date</th><th scope="col">Value</th><th scope="col">Source</th><th scope="col">What was said</th><th scope="col">Report</th></tr></thead>
                <tbody>
                  {history.map((p, i) => (
                    <tr key={i}>
                      <td>{formatDate(p.date)}</td>
                      <td className="num">{formatClaimValue({ value: p.value, low: p.low, high: p.high, qualifier: p.qualifier })}</td>
                      <td><span className="swatch" style={{ background: colors.get(p.source ?? "the report itself") }} />{p.source ?? <span className="muted">the report itself</span>}{!p.independent && <span className="muted"> (copy)</span>}</td>
                      <td className="quote">{sentenceOf(reports, p) ?? <span className="muted">—</span>}</td>
                      <td><a href={reportLink(p)}>{reports.get(p.doc)?.meta.title || p.doc}</a>{p.outlet && <span className="muted report-id">{p.outlet}</span>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </article>
        );
      }}
    </WhenReady>
  );
}
