// The dashboard shell: header navigation and the view the hash route names.
import { useEffect, useRef } from "react";
import { href, useRoute, type Route } from "./router.ts";
import { ClaimsView } from "./views/claims.view.tsx";
import { EntitiesView, EntityView } from "./views/entities.view.tsx";
import { FiguresView, FigureView } from "./views/figures.view.tsx";
import { MapView } from "./views/map.view.tsx";
import { OverviewView } from "./views/overview.view.tsx";
import { ReportView } from "./views/report.view.tsx";
import { ReportsView } from "./views/reports.view.tsx";

const SECTIONS = [
  ["", "Overview"], ["map", "Map"], ["figures", "Figures"], ["claims", "Claims"], ["reports", "Reports"], ["entities", "Entities"],
] as const;

function View({ route }: { route: Route }) {
  const [section, id] = route.path;
  switch (section ?? "") {
    case "": return <OverviewView />;
    case "map": return <MapView route={route} />;
    case "figures": return id ? <FigureView id={id} /> : <FiguresView route={route} />;
    case "claims": return <ClaimsView route={route} />;
    case "reports": return id ? <ReportView id={id} route={route} /> : <ReportsView route={route} />;
    case "entities": return id ? <EntityView id={id} /> : <EntitiesView route={route} />;
    default: return <p role="alert">No page here. <a href={href([])}>Back to the overview</a>.</p>;
  }
}

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const pageKey = route.path.join("/");
  // Moving to another page puts keyboard focus at its start, as a page load would.
  useEffect(() => main.current?.focus({ preventScroll: true }), [pageKey]);
  const current = route.path[0] ?? "";
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); main.current?.focus(); }}>Skip to content</a>
      <header className="top">
        <a href={href([])} className="brand">triangulate</a>
        <nav aria-label="Sections">
          {SECTIONS.map(([path, label]) => (
            <a key={path} href={href(path ? [path] : [])} aria-current={current === path ? "page" : undefined}>{label}</a>
          ))}
          <a href="/docs/" className="api-link">API</a>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <View route={route} />
      </main>
    </>
  );
}
