// US counties (Louisiana's parishes, Alaska's boroughs): centroids from us-atlas, the Census Bureau's shapes.
// US local news places its figures by county ("a crash in Pasco County") more than by any town.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoBounds, geoCentroid, geoContains } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import type { Feature, Geometry } from "geojson";

const require = createRequire(import.meta.url);

export interface County {
  /** As a report writes it: "Pasco County", "Orleans Parish", "Kenai Peninsula Borough". */
  name: string;
  /** The state's name, for the alias "Pasco County, Florida". */
  state: string;
  lat: number;
  lon: number;
  /** The people of the gazetteer's towns inside it: how to tell Harris County, Texas from Harris County, Georgia. */
  population: number;
}

/** A town: where it is and how many live there. */
export interface Town {
  lat: number;
  lon: number;
  population: number;
}

/** The state's FIPS code (the first two digits of a county's) → what its counties are called. */
const COUNTY_WORD: Record<string, string> = { "22": "Parish", "02": "Borough" };

/** Computes the list from the installed package and the US towns (about 1 s; the gazetteer caches it). */
export function buildUsCounties(towns: readonly Town[]): County[] {
  const topo = JSON.parse(readFileSync(require.resolve("us-atlas/counties-10m.json"), "utf8")) as Topology;
  const states = new Map<string, string>();
  for (const s of (topo.objects.states as unknown as { geometries: { id: string; properties: { name: string } }[] }).geometries) states.set(s.id, s.properties.name);
  const counties = feature(topo, topo.objects.counties as GeometryObject) as unknown as { features: Feature<Geometry, { name: string }>[] };
  const out: County[] = [];
  for (const f of counties.features) {
    const fips = String(f.id ?? "");
    const state = states.get(fips.slice(0, 2));
    if (!state || !f.geometry) continue;
    // Independent cities (Virginia's, Baltimore, St. Louis, Carson City: numbered 510 and up) are cities, which
    // GeoNames already has; Alaska's census areas and a few others carry their kind in their name.
    if (Number(fips.slice(2)) >= 510) continue;
    const name = f.properties.name;
    const full = /\b(?:County|Parish|Borough|Census Area|Municipality|City and Borough)$/.test(name) ? name : `${name} ${COUNTY_WORD[fips.slice(0, 2)] ?? "County"}`;
    const [lon, lat] = geoCentroid(f);
    out.push({ name: full, state, lat: Math.round(lat * 1e4) / 1e4, lon: Math.round(lon * 1e4) / 1e4, population: populationWithin(f, towns) });
  }
  return out;
}

/** The people of the towns inside the county's shape (its bounding box rules out most towns without the shape). */
function populationWithin(county: Feature<Geometry>, towns: readonly Town[]): number {
  const [[west, south], [east, north]] = geoBounds(county);
  let population = 0;
  for (const t of towns) {
    if (t.lat < south || t.lat > north || t.lon < west || t.lon > east) continue;
    if (geoContains(county, [t.lon, t.lat])) population += t.population;
  }
  return population;
}
