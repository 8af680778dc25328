// Whether two claims happen at the same place: the same name, or points a few kilometres apart.
import type { ClaimPlace } from "../doc/document.ts";
import { countryOfPoint } from "../resolve/geo/country-of-point.ts";
import { normaliseName } from "./report-info.ts";

/** Points closer than this are one place (a village and the camp beside it are not). */
export const SAME_PLACE_KM = 10;

const BROAD = new Set(["country", "province", "region", "district"]);

// Words that describe a place's kind rather than name it ("Deir Ezzor province" = "Deir Ezzor").
const KIND_WORDS = /\b(province|governorate|region|district|city|town|village|camp|area|pocket|enclave|county|state)\b/g;
const ARTICLES = /\b(al|el|ad|ar|as|ash|at|az|an|ad|the)\b/g;

/** Keys by place name: grouping compares the same few hundred names millions of times on a large store. */
const keyMemo = new Map<string, string>();

export function placeKey(place: ClaimPlace): string {
  let key = keyMemo.get(place.name);
  if (key === undefined) {
    if (keyMemo.size > 100_000) keyMemo.clear();
    key = normaliseName(place.name).replace(KIND_WORDS, " ").replace(ARTICLES, " ").replace(/\s+/g, "");
    keyMemo.set(place.name, key);
  }
  return key;
}

export function distanceKm(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const rad = Math.PI / 180;
  const dLat = (bLat - aLat) * rad, dLon = (bLon - aLon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function samePlace(a: ClaimPlace, b: ClaimPlace): boolean {
  const broadA = BROAD.has(a.precision ?? ""), broadB = BROAD.has(b.precision ?? "");
  if (placeKey(a) === placeKey(b) && (!a.precision || !b.precision || broadA === broadB)) return true;
  // A province and a town inside it are different scopes: a toll for one is not the toll for the other.
  if (broadA !== broadB && a.precision && b.precision) return false;
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return false;
  if (broadA || broadB) return false;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM;
}

/** How broad a place is: a point (village, town, unknown), a district, a province or region, a country. */
function scope(place: ClaimPlace): number {
  switch (place.precision) {
    case "district": return 1;
    case "province": case "region": return 2;
    case "country": return 3;
    default: return 0;
  }
}

/** A province or region holds the places within this distance of its centre (roughly; we have no shapes). */
const REGION_KM = 150;

/**
 * "same": one place; "within": one lies inside the other, broader one (a town in its country or province), so a
 * claim placed broadly may still be about the town; "different": apart.
 */
export function placeRelation(a: ClaimPlace, b: ClaimPlace): "same" | "within" | "different" {
  if (samePlace(a, b)) return "same";
  const sa = scope(a), sb = scope(b);
  if (sa === sb) return "different";
  const [broad, narrow] = sa > sb ? [a, b] : [b, a];
  if (broad.lat == null || broad.lon == null || narrow.lat == null || narrow.lon == null) return "different";
  if (scope(broad) === 3) {
    const country = countryOfPoint(narrow.lat, narrow.lon);
    return country != null && country === countryOfPoint(broad.lat, broad.lon) ? "within" : "different";
  }
  return distanceKm(broad.lat, broad.lon, narrow.lat, narrow.lon) <= REGION_KM ? "within" : "different";
}

/** Two places one report may name for the same figure when the numbers are identical (a pocket and its town). */
export const NEARBY_KM = 100;

export function nearby(a: ClaimPlace, b: ClaimPlace): boolean {
  if (a.lat == null || a.lon == null || b.lat == null || b.lon == null) return false;
  return distanceKm(a.lat, a.lon, b.lat, b.lon) <= NEARBY_KM;
}
