// Offline map: country shapes from the bundled world-atlas TopoJSON drawn with d3-geo, zoomed on the places in focus.
import { useMemo, useState } from "react";
import { geoCentroid, geoMercator, geoPath } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import countriesTopology from "world-atlas/countries-50m.json" with { type: "json" };
import { formatNumber } from "../format.ts";
import type { PlaceDto } from "../api.ts";
import { isBroad } from "./map-regions.ts";

type CountryProps = { name: string };
const topology = countriesTopology as unknown as Topology<{ countries: GeometryCollection<CountryProps> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProps>;

export type SizeBy = "claims" | "largest";

interface Props {
  places: PlaceDto[];
  /** Places the view is fitted to (default: every place). */
  focus?: PlaceDto[];
  width?: number;
  height?: number;
  sizeBy?: SizeBy;
  /** Link for a place's circle (e.g. to its claims). */
  link: (place: PlaceDto) => string;
}

/** Smallest span of the view in degrees, so one village does not fill the screen. */
const MIN_SPAN_DEGREES = 3;
const LABEL_CHAR_PX = 7;

interface Box { x: number; y: number; w: number; h: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

export function WorldMap({ places, focus, width = 900, height = 520, sizeBy = "claims", link }: Props) {
  const [focused, setFocused] = useState<string | null>(null);
  const projection = useMemo(() => {
    const fitted = geoMercator();
    const pad = 36;
    fitted.fitExtent([[pad, pad], [width - pad, height - pad]], extentOf(focus?.length ? focus : places));
    return fitted;
  }, [places, focus, width, height]);
  const path = useMemo(() => geoPath(projection), [projection]);

  const measure = (place: PlaceDto) => (sizeBy === "largest" ? place.largest ?? 0 : place.claims);
  const max = Math.max(1, ...places.map(measure));
  const radius = (place: PlaceDto) => 5 + 20 * Math.sqrt(measure(place) / max);
  const inView = (x: number, y: number) => x >= -20 && x <= width + 20 && y >= -20 && y <= height + 20;

  // Big circles first so small ones stay on top and clickable.
  const drawn = [...places]
    .sort((a, b) => measure(b) - measure(a))
    .map((place) => ({ place, at: projection([place.lon, place.lat]), r: radius(place) }))
    .filter((d): d is { place: PlaceDto; at: [number, number]; r: number } => !!d.at && inView(d.at[0], d.at[1]));

  // Labels for the biggest places first; a label that would cover another is left to the tooltip.
  const labels: { key: string; x: number; y: number; anchor: "start" | "end"; text: string; name: string }[] = [];
  // Circle centres count as taken, so a label never hides where another place is.
  const taken: Box[] = drawn.map((d) => ({ x: d.at[0] - 3, y: d.at[1] - 3, w: 6, h: 6 }));
  for (const d of drawn) {
    const w = d.place.name.length * LABEL_CHAR_PX;
    const right: Box = { x: d.at[0] + d.r + 3, y: d.at[1] - 8, w, h: 14 };
    const left: Box = { x: d.at[0] - d.r - 3 - w, y: d.at[1] - 8, w, h: 14 };
    const fits = (b: Box) => b.x >= 0 && b.x + b.w <= width && b.y >= 0 && b.y + b.h <= height && !taken.some((t) => overlaps(t, b));
    const box = fits(right) ? right : fits(left) ? left : null;
    if (!box) continue;
    taken.push(box);
    labels.push({ key: `${d.place.lat},${d.place.lon}`, x: box === right ? box.x : box.x + box.w, y: d.at[1] + 4, anchor: box === right ? "start" : "end", text: d.place.name, name: d.place.name });
  }

  const countryLabels = countries.features
    .map((country) => ({ name: country.properties?.name ?? "", at: projection(geoCentroid(country as Feature)) }))
    .filter((c): c is { name: string; at: [number, number] } => !!c.at && c.at[0] > 40 && c.at[0] < width - 40 && c.at[1] > 20 && c.at[1] < height - 20);
  // A continent-wide view would be a wall of names; label countries only when zoomed on a region.
  const shownCountryLabels = countryLabels.length <= 24 ? countryLabels : [];

  return (
    <svg className="world-map" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={`Map of ${drawn.length} places`}>
      <rect width={width} height={height} className="sea" />
      <g className="countries" aria-hidden="true">
        {countries.features.map((country, i) => <path key={i} d={path(country) ?? undefined} className="country" />)}
      </g>
      <g className="country-labels" aria-hidden="true">
        {shownCountryLabels.map((c) => <text key={c.name} x={c.at[0]} y={c.at[1]} className="country-label">{c.name}</text>)}
      </g>
      <g className="places">
        {drawn.map(({ place, at, r }) => {
          const label = `${place.name}: ${formatNumber(place.claims)} claims, ${formatNumber(place.figures)} figures${place.largest !== null ? `, largest ${formatNumber(place.largest)}` : ""}${isBroad(place) ? ` (whole ${place.precision})` : ""}`;
          const key = `${place.lat},${place.lon}`;
          return (
            <a key={key} href={link(place)} aria-label={label}
              onFocus={() => setFocused(key)} onBlur={() => setFocused(null)} onMouseEnter={() => setFocused(key)} onMouseLeave={() => setFocused(null)}>
              <circle cx={at[0]} cy={at[1]} r={r} className={`place${isBroad(place) ? " place-broad" : ""}${focused === key ? " place-focused" : ""}`}>
                <title>{label}</title>
              </circle>
            </a>
          );
        })}
      </g>
      <g className="place-labels" aria-hidden="true">
        {labels.map((l) => (
          <text key={l.key} x={l.x} y={l.y} textAnchor={l.anchor} className={focused === l.key ? "place-label place-label-focused" : "place-label"}>{l.text}</text>
        ))}
      </g>
    </svg>
  );
}

/** A rectangle around the places, at least MIN_SPAN_DEGREES wide and high, as a GeoJSON feature to fit. */
function extentOf(places: PlaceDto[]): Feature {
  if (places.length === 0) return { type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: [[-150, -50], [150, 70]] } };
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of places) {
    west = Math.min(west, p.lon); east = Math.max(east, p.lon);
    south = Math.min(south, p.lat); north = Math.max(north, p.lat);
  }
  const grow = (lo: number, hi: number): [number, number] => {
    const mid = (lo + hi) / 2;
    const half = Math.max(MIN_SPAN_DEGREES, (hi - lo) * 1.15) / 2;
    return [mid - half, mid + half];
  };
  [west, east] = grow(west, east);
  [south, north] = grow(south, north);
  return { type: "Feature", properties: {}, geometry: { type: "MultiPoint", coordinates: [[west, south], [east, north], [west, north], [east, south]] } };
}
