// The map with a region picker: it opens zoomed on the region with most claims; others are a click away.
import { useState } from "react";
import type { PlaceDto } from "../api.ts";
import { formatNumber } from "../format.ts";
import { regionsOf } from "./map-regions.ts";
import { WorldMap, type SizeBy } from "./world-map.tsx";

export function MapPanel({ places, width, height, sizeBy, link }: { places: PlaceDto[]; width: number; height: number; sizeBy?: SizeBy; link: (p: PlaceDto) => string }) {
  const regions = regionsOf(places);
  const [chosen, setChosen] = useState(0); // index into regions; -1 is every place
  const region = chosen >= 0 ? regions[chosen] : undefined;
  if (places.length === 0) return <p className="muted">No places with coordinates yet.</p>;
  return (
    <div className="map-panel">
      {regions.length > 1 && (
        <div className="region-picker" role="group" aria-label="Zoom on a region">
          {regions.slice(0, 6).map((r, i) => (
            <button key={r.name} type="button" className="chip" aria-pressed={chosen === i} onClick={() => setChosen(i)}>
              {r.name} <span className="muted">({formatNumber(r.claims)})</span>
            </button>
          ))}
          <button type="button" className="chip" aria-pressed={chosen === -1} onClick={() => setChosen(-1)}>All places</button>
        </div>
      )}
      <WorldMap places={places} focus={region?.places} width={width} height={height} sizeBy={sizeBy} link={link} />
    </div>
  );
}
