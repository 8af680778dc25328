// Whether two claims happen at the same place: the same name, or points a few kilometres apart.
import type { ClaimPlace } from "../doc/document.ts";
import { normaliseName } from "./report-info.ts";

/** Points closer than this are one place (a village and the camp beside it are not). */
export const SAME_PLACE_KM = 10;

const BROAD = new Set(["country", "province", "region", "district"]);

// Words that describe a place's kind rather than name it ("Deir Ezzor province" = "Deir Ezzor").
const KIND_WORDS = /\b(province|governorate|region|district|city|town|village|camp|area|pocket|enclave|county|state)\b/g;
const ARTICLES = /\b(al|el|ad|ar|as|ash|at|az|an|ad|the)\b/g;

export function placeKey(place: ClaimPlace): string {
  return normaliseName(place.name).replace(KIND_WORDS, " ").replace(ARTICLES, " ").replace(/\s+/g, "");
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
