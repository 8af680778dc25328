// The map page: every place with coordinates, circles sized by claims or by the largest figure there.
import { api } from "../api.ts";
import { WorldMap, type SizeBy } from "../components/world-map.tsx";
import { WhenReady } from "../components/status.tsx";
import { formatNumber } from "../format.ts";
import { href, type Route } from "../router.ts";
import { useApi } from "../use-api.ts";

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
            <WorldMap places={list.items} sizeBy={sizeBy} width={960} height={600} link={(p) => href(["claims"], { place: p.name })} />
            <table className="data">
              <caption>{formatNumber(list.items.length)} places</caption>
              <thead><tr><th scope="col">Place</th><th scope="col" className="num">Claims</th><th scope="col" className="num">Figures</th><th scope="col" className="num">Largest</th><th scope="col" className="num">Reports</th></tr></thead>
              <tbody>
                {list.items.map((p) => (
                  <tr key={`${p.name}-${p.lat}`}>
                    <td><a href={href(["claims"], { place: p.name })}>{p.name}</a> <span className="muted coords">{p.lat.toFixed(2)}, {p.lon.toFixed(2)}</span></td>
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
