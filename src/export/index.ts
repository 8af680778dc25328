// Exports of claims and figures: CSV (ACLED-style columns), GeoJSON points, JSON Lines.
export { claimsToCsv, claimsCsvLines } from "./claims-csv.ts";
export { claimsToGeoJson, figuresToGeoJson, type FeatureCollection, type PointFeature } from "./geojson.ts";
export { CLAIM_COLUMNS, CATEGORY_NAMES, claimRow, sentenceOf } from "./claim-rows.ts";
export { csvCell, csvRow, parseCsv } from "./csv.ts";
export { countryOfPoint } from "../resolve/geo/country-of-point.ts";
