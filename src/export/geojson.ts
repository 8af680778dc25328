// GeoJSON (RFC 7946) FeatureCollections of claims and of figures: points in lon,lat order with flat
// properties, so QGIS and other GIS tools show every field as an attribute column.
import type { Claim } from "../doc/document.ts";
import type { ReportInfo } from "../reconcile/report-info.ts";
import type { FigureRecord } from "../store/store.ts";
import { CATEGORY_NAMES, CLAIM_COLUMNS, claimRow } from "./claim-rows.ts";

export interface PointFeature<P> {
  type: "Feature";
  id: string;
  geometry: { type: "Point"; coordinates: [number, number] };
  properties: P;
}

export interface FeatureCollection<P> {
  type: "FeatureCollection";
  features: PointFeature<P>[];
}

/** RFC 7946 asks for no more precision than is meaningful: six decimals is about 10 cm. */
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function point(lat: number | null | undefined, lon: number | null | undefined): [number, number] | null {
  if (lat == null || lon == null || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return [round6(lon), round6(lat)];
}

/** Claims that have coordinates; claims without a point are left out (the CSV keeps them). */
export function claimsToGeoJson(claims: Claim[], reports: ReportInfo[]): FeatureCollection<Record<string, string | number | null>> {
  const byId = new Map(reports.map((r) => [r.id, r]));
  const features: PointFeature<Record<string, string | number | null>>[] = [];
  for (const claim of claims) {
    const coordinates = point(claim.place?.lat, claim.place?.lon);
    if (!coordinates) continue;
    const row = claimRow(claim, byId.get(claim.doc));
    const properties: Record<string, string | number | null> = {};
    for (const column of CLAIM_COLUMNS) properties[column] = row[column];
    features.push({ type: "Feature", id: `${claim.doc}:${claim.span[0]}-${claim.span[1]}`, geometry: { type: "Point", coordinates }, properties });
  }
  return { type: "FeatureCollection", features };
}

export interface FigureProperties {
  figure_id: string;
  category: string;
  claim_category: string;
  subject: string;
  location: string | null;
  low: number | null;
  best: number | null;
  high: number | null;
  grade: string;
  latest_value: number | null;
  latest_date: string | null;
  first_date: string | null;
  statements: number;
  reports: number;
  conflicts: string | null;
  [key: string]: string | number | null;
}

/** Figures with a placed point; history and members are summarised (counts, first date), conflicts joined. */
export function figuresToGeoJson(figures: FigureRecord[]): FeatureCollection<FigureProperties> {
  const features: PointFeature<FigureProperties>[] = [];
  for (const f of figures) {
    const coordinates = point(f.place?.lat, f.place?.lon);
    if (!coordinates) continue;
    const dates = f.history.map((h) => h.date).filter((d): d is string => !!d).sort();
    features.push({
      type: "Feature",
      id: f.id,
      geometry: { type: "Point", coordinates },
      properties: {
        figure_id: f.id,
        category: CATEGORY_NAMES[f.category] ?? f.category,
        claim_category: f.category,
        subject: f.subject,
        location: f.place?.name ?? null,
        low: f.low,
        best: f.best,
        high: f.high,
        grade: f.grade,
        latest_value: f.latest?.value ?? null,
        latest_date: f.latest?.date ?? null,
        first_date: dates[0] ?? null,
        statements: f.members.length,
        reports: new Set(f.members.map((m) => m.doc)).size,
        conflicts: f.conflicts.length ? f.conflicts.join("; ") : null,
      },
    });
  }
  return { type: "FeatureCollection", features };
}
