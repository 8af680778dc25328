// Offline map: country shapes from the bundled world-atlas TopoJSON drawn with d3-geo, zoomed to the places shown.
import { useMemo, useState } from "react";
import { geoCentroid, geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesTopology from "world-atlas/countries-50m.json" with { type: "json" };
import { formatNumber } from "../format.ts";
import type { PlaceDto } from "../api.ts";

type CountryProps = { name: string };
const topology = countriesTopology as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProps>;

export type SizeBy = "claims" | "largest";

interface Props {
  places: PlaceDto[];
  width?: number;
  height?: number;
  sizeBy?: SizeBy;
  /** Link for a place's circle (e.g. to its claims). */
  link: (place: PlaceDto) => string;
}

/** Smallest span of the view in degrees, so one village does not fill the screen. */
const MIN_SPAN_DEGREES = 4;

export function WorldMap({ places, width = 900, height = 520, sizeBy = "claims", link }: Props) {
  const [focused, setFocused] = useState<string | null>(null);
  const { path, projection } = useMemo(() => {
    const projection = geoMercator();
    const pad = 40;
    projection.fitExtent([[pad, pad], [width - pad, height - pad]], extentOf(places));
    return { projection, path: geoPath(projection) };
  }, [places, width, height]);

  const measure = (place: PlaceDto) => (sizeBy === "largest" ? place.largest ?? 0 : place.claims);
  const max = Math.max(1, ...places.map(measure));
  const radius = (place: PlaceDto) => 5 + 22 * Math.sqrt(measure(place) / max);
  // Big circles first so small ones stay on top and clickable.
  const drawn = [...places].sort((a, b) => measure(b) - measure(a));

  const countryLabels = countries.features
    .map((country) => ({ name: country.properties?.name ?? "", at: projection(geoCentroid(country as Feature)) }))
    .filter((c): c is { name: string; at: [number, number] } => !!c.at && c.at[0] > 30 && c.at[0] < width - 30 && c.at[1] > 20 && c.at[1] < height - 20);
  // A world-wide view would be a wall of names; label countries only when zoomed on a region.
  const shownLabels = countryLabels.length <= 30 ? countryLabels : [];

  return (
    <svg className="world-map" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={`Map of ${places.length} places`}>
      <rect width={width} height={height} className="sea" />
      <g className="countries">
        {countries.features.map((country, i) => (
          <path key={i} d={path(country) ?? undefined} className="country" />
        ))}
      </g>
      <g className="country-labels" aria-hidden="true">
        {shownLabels.map((c) => (
          <text key={c.name} x={c.at[0]} y={c.at[1]} className="country-label">{c.name}</text>
        ))}
      </g>
      <g className="places">
        {drawn.map((place) => {
          const at = projection([place.lon, place.lat]);
          if (!at) return null;
          const r = radius(place);
          const label = `${place.name}: ${formatNumber(place.claims)} claims, ${formatNumber(place.figures)} figures${place.largest !== null ? `, largest ${formatNumber(place.largest)}` : ""}`;
          return (
            <a key={`${place.name}-${place.lat}-${place.lon}`} href={link(place)} aria-label={label}
              onFocus={() => setFocused(place.name)} onBlur={() => setFocused(null)}
              onMouseEnter={() => setFocused(place.name)} onMouseLeave={() => setFocused(null)}>
              <circle cx={at[0]} cy={at[1]} r={r} className={focused === place.name ? "place place-focused" : "place"}>
                <title>{label}</title>
              </circle>
            </a>
          );
        })}
      </g>
      <g className="place-labels" aria-hidden="true">
        {drawn.map((place) => {
          const at = projection([place.lon, place.lat]);
          if (!at) return null;
          return (
            <text key={`${place.name}-label`} x={at[0] + radius(place) + 3} y={at[1] + 4} className={focused === place.name ? "place-label place-label-focused" : "place-label"}>
              {place.name}
            </text>
          );
        })}
      </g>
    </svg>
  );
}

/** A rectangle around the places, at least MIN_SPAN_DEGREES wide and high, as a GeoJSON feature to fit. */
function extentOf(places: PlaceDto[]): Feature {
  if (places.length === 0) return { type: "Feature", properties: {}, geometry: { type: "Polygon", coordinates: [[[-170, -60], [170, -60], [170, 75], [-170, 75], [-170, -60]]] } };
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of places) {
    west = Math.min(west, p.lon); east = Math.max(east, p.lon);
    south = Math.min(south, p.lat); north = Math.max(north, p.lat);
  }
  const grow = (lo: number, hi: number): [number, number] => {
    const mid = (lo + hi) / 2;
    const half = Math.max(MIN_SPAN_DEGREES, (hi - lo) * 1.2) / 2;
    return [mid - half, mid + half];
  };
  [west, east] = grow(west, east);
  [south, north] = grow(south, north);
  return {
    type: "Feature",
    properties: {},
    geometry: { type: "MultiPoint", coordinates: [[west, south], [east, north], [west, north], [east, south]] },
  };
}
