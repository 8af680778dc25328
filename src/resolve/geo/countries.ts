// Countries: centroids of their largest polygon from world-atlas, ISO codes and names, plus our aliases and demonyms.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import { geoArea, geoCentroid } from "d3-geo";
import type { GeometryObject, Topology } from "topojson-specification";
import type { Feature, Geometry, Polygon } from "geojson";
import countryAliases from "./country-aliases.json" with { type: "json" };

const require = createRequire(import.meta.url);

export interface Country {
  /** ISO 3166-1 alpha-2 code. */
  cc: string;
  name: string;
  lat: number;
  lon: number;
  /** Every name the country goes by (official, short, aliases). */
  names: string[];
}

interface IsoCountries {
  registerLocale(locale: unknown): void;
  numericToAlpha2(code: string): string | undefined;
  getNames(lang: string, opts: { select: "all" }): Record<string, string[]>;
}

/** Computes the country list from the installed packages (about 80 ms; the gazetteer caches it). */
export function buildCountries(): Country[] {
  const iso = require("i18n-iso-countries") as IsoCountries;
  iso.registerLocale(require("i18n-iso-countries/langs/en.json"));
  const isoNames = iso.getNames("en", { select: "all" });
  const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
  const collection = feature(topo, topo.objects.countries as GeometryObject) as unknown as { features: Feature<Geometry, { name: string }>[] };
  const aliases = countryAliases.aliases as Record<string, string[]>;
  const out: Country[] = [];
  for (const f of collection.features) {
    const cc = f.id === undefined ? undefined : iso.numericToAlpha2(String(f.id));
    if (!cc || !f.geometry) continue;
    const [lon, lat] = geoCentroid(largestPolygon(f.geometry));
    const names = new Set<string>([f.properties.name, ...(isoNames[cc] ?? []), ...(aliases[cc] ?? [])]);
    out.push({ cc, name: f.properties.name, lat: round(lat), lon: round(lon), names: [...names] });
  }
  return out;
}

/** Overseas territories pull a multipolygon's centroid out to sea; the mainland is what a report means. */
function largestPolygon(geometry: Geometry): Geometry {
  if (geometry.type !== "MultiPolygon") return geometry;
  let best: Polygon = { type: "Polygon", coordinates: geometry.coordinates[0] ?? [] };
  let bestArea = -1;
  for (const coordinates of geometry.coordinates) {
    const polygon: Polygon = { type: "Polygon", coordinates };
    const area = geoArea(polygon);
    if (area > bestArea) (bestArea = area), (best = polygon);
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

/** A country's demonyms as written ("Israeli"; "Burmese", "Myanmar"), the usual one first; none when unknown. */
export function demonymsOf(cc: string): readonly string[] {
  return (countryAliases.demonyms as Record<string, string[]>)[cc] ?? [];
}

/** Demonyms ("Syrian", "Iraqi") to ISO codes: they tell which country a report is about. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries(countryAliases.demonyms as Record<string, string[]>).flatMap(([cc, words]) => words.map((w) => [w.toLowerCase(), cc] as const)),
);
