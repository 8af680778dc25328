// Overview: counts, the key figures with their ranges and grades, the map, and the latest reports.
import { api } from "../api.ts";
import { MapPanel } from "../components/map-panel.tsx";
import { placeLink } from "./map.view.tsx";
import { WhenReady } from "../components/status.tsx";
import { formatNumber } from "../format.ts";
import { href } from "../router.ts";
import { useApi } from "../use-api.ts";
import { FiguresTable, keyFigures } from "./figures-table.tsx";
import { ReportList } from "./reports.view.tsx";

export function OverviewView() {
  const stats = useApi(() => api.stats(), "stats");
  const figures = useApi(() => api.figures({ limit: 1000 }), "figures");
  const places = useApi(() => api.places(), "places");
  const reports = useApi(() => api.reports({ limit: 8 }), "latest");
  return (
    <>
      <h1>Overview</h1>
      <WhenReady loaded={stats}>
        {(s) => (
          <dl className="stats">
            <div><dt>Reports</dt><dd><a href={href(["reports"])}>{formatNumber(s.documents)}</a></dd></div>
            <div><dt>Claims</dt><dd><a href={href(["claims"])}>{formatNumber(s.claims)}</a></dd></div>
            <div><dt>Figures</dt><dd><a href={href(["figures"])}>{formatNumber(s.figures)}</a></dd></div>
            <div><dt>Entities</dt><dd><a href={href(["entities"])}>{formatNumber(s.entities)}</a></dd></div>
            {s.pending > 0 && <div className="stat-small"><dt>Queued</dt><dd>{formatNumber(s.pending)}</dd></div>}
            {Object.entries(s.byCategory).filter(([category, n]) => n > 0 && category !== "other").map(([category, n]) => (
              <div key={category} className="stat-small"><dt>{category}</dt><dd><a href={href(["claims"], { category })}>{formatNumber(n)}</a></dd></div>
            ))}
          </dl>
        )}
      </WhenReady>
      <section aria-labelledby="key-figures">
        <h2 id="key-figures">Key figures</h2>
        <WhenReady loaded={figures}>
          {(page) => (
            <>
              <FiguresTable figures={keyFigures(page.items, 12)} caption={`The leading figures of each kind, out of ${formatNumber(page.total)}: deaths first, then people moved, then people present`} />
              {page.total > 12 && <p><a href={href(["figures"])}>All {formatNumber(page.total)} figures →</a></p>}
            </>
          )}
        </WhenReady>
      </section>
      <div className="overview-grid">
        <section aria-labelledby="map-heading">
          <h2 id="map-heading">Where</h2>
          <WhenReady loaded={places}>
            {(list) => <MapPanel places={list.items} width={720} height={440} link={placeLink} />}
          </WhenReady>
          <p><a href={href(["map"])}>Larger map and every place →</a></p>
        </section>
        <section aria-labelledby="latest-reports">
          <h2 id="latest-reports">Latest reports</h2>
          <WhenReady loaded={reports}>{(page) => <ReportList reports={page.items} />}</WhenReady>
          <p><a href={href(["reports"])}>Search the reports →</a></p>
        </section>
      </div>
    </>
  );
}
