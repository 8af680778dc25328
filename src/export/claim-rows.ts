// One flat, documented row per claim (docs/export.md): the columns of the CSV and the GeoJSON properties.
import type { Claim } from "../doc/document.ts";
import type { ReportInfo } from "../reconcile/report-info.ts";
import { countryOfPoint } from "../resolve/geo/country-of-point.ts";
import { reportTitleOf } from "./report-title.ts";

/** Our categories under names an ACLED user expects (ACLED counts deaths as "fatalities"). */
export const CATEGORY_NAMES: Record<string, string> = {
  killed: "fatalities",
  wounded: "injuries",
  evacuated: "evacuations",
  fled: "displacement",
  surrendered: "surrenders",
  detained: "arrests_detentions",
  arrived: "arrivals",
  present: "population_present",
  other: "other",
};

/** The columns, in order. docs/export.md describes each; keep the two in step. */
export const CLAIM_COLUMNS = [
  "event_date", "year", "time_precision", "period_start", "period_end",
  "country", "admin1", "location", "latitude", "longitude", "geo_precision",
  "category", "claim_category", "value", "low", "high", "qualifier", "vague", "subject",
  "source", "source_org", "said", "hedge",
  "outlet", "agency", "report_id", "report_title", "report_url", "published",
  "quantity_text", "span_start", "span_end", "notes",
] as const;

export type ClaimColumn = (typeof CLAIM_COLUMNS)[number];
export type ClaimRow = Record<ClaimColumn, string | number | null>;

/** Places may carry more than the Claim type requires (the geocoder's country and province). */
interface RichPlace {
  country?: string | null;
  admin1?: string | null;
  precision?: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

function days(start: string, end: string): number {
  return Math.round((Date.parse(end.slice(0, 10)) - Date.parse(start.slice(0, 10))) / 86_400_000) + 1;
}

/** ACLED's scale: 1 = the day is known, 2 = within a week, 3 = only a longer period or the report's date. */
function timePrecision(claim: Claim): 1 | 2 | 3 {
  if (!claim.time || !DAY.test(claim.time.start) || !DAY.test(claim.time.end)) return 3;
  const n = days(claim.time.start, claim.time.end);
  return n <= 1 ? 1 : n <= 7 ? 2 : 3;
}

/** ACLED's scale: 1 = a town or village, 2 = a district or near a town, 3 = a province, region or country. */
function geoPrecision(precision: string | null | undefined, hasPoint: boolean): 1 | 2 | 3 | null {
  if (!hasPoint) return null;
  switch (precision) {
    case "village": case "city": return 1;
    case "district": return 2;
    case "province": case "region": case "country": return 3;
    default: return 1;
  }
}

/** The sentence the claim came from, on one line. */
export function sentenceOf(claim: Claim, text: string | null | undefined): string | null {
  if (!text) return null;
  const [start, end] = claim.sentence ?? claim.span;
  return text.slice(Math.max(0, start), Math.min(text.length, end)).replace(/\s+/g, " ").trim() || null;
}

/**
 * The report's title (see reportTitleOf: its own, else the headline or first line its text opens with), else its id
 * (the file name), so the column always tells a reader which report a row is from.
 */
export function reportTitle(id: string, report: ReportInfo | undefined): string {
  return reportTitleOf(report) ?? id;
}

/**
 * The first-level region (province, state, governorate): the geocoder's when it gives one, else the place itself when
 * the geocoder found it as one ("North Darfur" at province precision is its own admin1).
 */
export function admin1Of(place: (Claim["place"] & RichPlace) | null): string | null {
  if (place?.admin1) return place.admin1;
  return place?.precision === "province" && place.name ? place.name : null;
}

export function claimRow(claim: Claim, report: ReportInfo | undefined): ClaimRow {
  const place = claim.place as (Claim["place"] & RichPlace) | null;
  const hasPoint = place?.lat != null && place?.lon != null;
  const eventDate = claim.time?.end ?? claim.said ?? report?.published ?? null;
  const country = place?.country ?? (hasPoint ? countryOfPoint(place!.lat!, place!.lon!) : null);
  return {
    event_date: eventDate,
    year: eventDate && DAY.test(eventDate) ? Number(eventDate.slice(0, 4)) : null,
    time_precision: eventDate ? timePrecision(claim) : null,
    period_start: claim.time?.start ?? null,
    period_end: claim.time?.end ?? null,
    country,
    admin1: admin1Of(place),
    location: place?.name ?? null,
    latitude: hasPoint ? place!.lat : null,
    longitude: hasPoint ? place!.lon : null,
    geo_precision: geoPrecision(place?.precision, hasPoint),
    category: CATEGORY_NAMES[claim.category] ?? claim.category,
    claim_category: claim.category,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier,
    vague: claim.vague ?? null,
    subject: claim.subject,
    source: claim.source?.name ?? null,
    source_org: claim.source?.org ?? null,
    said: claim.said,
    hedge: claim.hedge,
    outlet: report?.outlet ?? null,
    agency: report?.agency ?? null,
    report_id: claim.doc,
    report_title: reportTitle(claim.doc, report),
    report_url: report?.url ?? null,
    published: report?.published ?? null,
    quantity_text: claim.text,
    span_start: claim.span[0],
    span_end: claim.span[1],
    notes: sentenceOf(claim, report?.text),
  };
}
