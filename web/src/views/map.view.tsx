// The map page: every place with coordinates, circles sized by claims or by the largest figure there.
import { api } from "../api.ts";
import { MapPanel } from "../components/map-panel.tsx";
import type { SizeBy } from "../components/world-map.tsx";
import type { PlaceDto } from "../api.ts";
import { WhenReady } from "../components/status.tsx";
import { formatNumber } from "../format.ts";
import { href, type Route } from "../router.ts";
import { useApi } from "../use-api.ts";

/** A place's claims: by its resolved entity (every spelling) when there is one, else by name. */
export const placeLink = (p: PlaceDto) => (p.entity ? href(["claims"], { entity: p.entity, label: p.name }) : href(["claims"], { place: p.name }));

export function MapView({ route }: { route: Route }) {
  const sizeBy: SizeBy = route.params.get("size") === "largest" ? "largest" : "claims";
  const places = useApi(() => api.places(), "places");
  return (
    <>
      <h1>Map</h1>
      <p className="toolbar">
        Circle size:{" "}
        <a href={href(["map"], { size: "claims" })} aria-current={sizeBy === "claims" ? "true" : undefined}>number of claims</a>{" · "}
        <a href={href(["map"], { size: "largest" })} aria-current={sizeBy === "largest" ? "true" : undefined}>largest figure</a>
      </p>
      <WhenReady loaded={places}>
        {(list) => (
          <div className="map-page">
            <MapPanel places={list.items} sizeBy={sizeBy} width={1100} height={640} link={placeLink} />
            <table className="data">
              <caption>{formatNumber(list.items.length)} places</caption>
              <thead><tr><th scope="col">Place</th><th scope="col" className="num">Claims</th><th scope="col" className="num">Figures</th><th scope="col" className="num">Largest</th><th scope="col" className="num">Reports</th></tr></thead>
              <tbody>
                {list.items.map((p) => (
                  <tr key={`${p.name}-${p.lat}`}>
                    <td><a href={placeLink(p)}>{p.name}</a>{p.names.length > 1 && <span className="muted"> (also {p.names.slice(1).join(", ")})</span>} <span className="muted coords">{p.lat.toFixed(2)}, {p.lon.toFixed(2)}{p.precision ? ` · ${p.precision}` : ""}</span></td>
                    <td className="num">{formatNumber(p.claims)}</td>
                    <td className="num">{formatNumber(p.figures)}</td>
                    <td className="num">{formatNumber(p.largest)}</td>
                    <td className="num">{formatNumber(p.reports)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </WhenReady>
    </>
  );
}
