// Groups places into regions (places within a few hundred km of each other) so the map can zoom on one.
import type { PlaceDto } from "../api.ts";

/** Places broader than a town (a country's centre) do not decide where the map looks. */
const BROAD = new Set(["country", "region", "province"]);
export const isBroad = (place: PlaceDto) => BROAD.has(place.precision ?? "");

/** Places closer than this join the same region. */
const LINK_KM = 700;

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

export interface Region {
  /** The place with most claims names the region. */
  name: string;
  places: PlaceDto[];
  claims: number;
}

/** Single-linkage clusters of the town-level places, biggest (by claims) first. */
export function regionsOf(places: PlaceDto[]): Region[] {
  const local = places.filter((p) => !isBroad(p));
  const group = local.map((_, i) => i);
  const root = (i: number): number => (group[i] === i ? i : (group[i] = root(group[i])));
  for (let i = 0; i < local.length; i++) {
    for (let j = i + 1; j < local.length; j++) {
      if (distanceKm(local[i], local[j]) <= LINK_KM) group[root(i)] = root(j);
    }
  }
  const byRoot = new Map<number, PlaceDto[]>();
  local.forEach((place, i) => byRoot.set(root(i), [...(byRoot.get(root(i)) ?? []), place]));
  return [...byRoot.values()]
    .map((members) => {
      const sorted = [...members].sort((a, b) => b.claims - a.claims);
      return { name: sorted[0].name, places: sorted, claims: sorted.reduce((n, p) => n + p.claims, 0) };
    })
    .sort((a, b) => b.claims - a.claims || b.places.length - a.places.length);
}
