// Which country a point lies in, offline, from world-atlas's 1:50m country shapes (loaded on first use).
import { geoBounds, geoContains } from "d3-geo";
import type { Feature, Geometry } from "geojson";
import { createRequire } from "node:module";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

interface Shape {
  name: string;
  feature: Feature<Geometry>;
  bounds: [[number, number], [number, number]];
}

let shapes: Shape[] | null = null;

function load(): Shape[] {
  if (shapes) return shapes;
  const topology = createRequire(import.meta.url)("world-atlas/countries-50m.json") as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const collection = feature(topology, topology.objects.countries);
  shapes = collection.features.map((f) => ({
    name: (f.properties as { name: string }).name,
    feature: f as Feature<Geometry>,
    bounds: geoBounds(f) as [[number, number], [number, number]],
  }));
  return shapes;
}

function inBounds([[west, south], [east, north]]: Shape["bounds"], lon: number, lat: number): boolean {
  if (lat < south || lat > north) return false;
  // Shapes crossing the antimeridian have west > east.
  return west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
}

/** Answers by point: grouping asks about the same gazetteer coordinates over and over, and a shape test is slow. */
const memo = new Map<string, string | null>();

/** The country name for a point, or null at sea or outside every shape. */
export function countryOfPoint(lat: number, lon: number): string | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  const key = `${lat},${lon}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  if (memo.size > 100_000) memo.clear();
  let found: string | null = null;
  for (const shape of load()) {
    if (inBounds(shape.bounds, lon, lat) && geoContains(shape.feature, [lon, lat])) {
      found = shape.name;
      break;
    }
  }
  memo.set(key, found);
  return found;
}
