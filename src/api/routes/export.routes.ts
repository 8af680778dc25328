// GET /api/export.csv and /api/export.geojson: claims (or figures) as CSV for spreadsheets and GeoJSON for GIS.
import { Readable } from "node:stream";
import type { Claim } from "../../doc/document.ts";
import { claimsCsvLines } from "../../export/claims-csv.ts";
import { claimsToGeoJson, figuresToGeoJson } from "../../export/geojson.ts";
import type { FigureRecord, Store } from "../../store/store.ts";
import type { Api } from "../api-types.ts";
import { errorResponses } from "../schemas/common.schema.ts";
import { ExportCsvQuery, ExportGeoJsonQuery } from "../schemas/export.schema.ts";
import { allClaims, listClaims } from "./claims.routes.ts";

const fileResponse = (type: string, description: string) => ({ 200: { description, content: { [type]: { schema: { type: "string" } } } }, ...errorResponses });

export function exportRoutes(app: Api, store: Store): void {
  app.get("/api/export.csv", {
    schema: {
      tags: ["export"],
      operationId: "exportCsv",
      summary: "Every claim matching the filters as CSV (columns in docs/export.md)",
      querystring: ExportCsvQuery,
      produces: ["text/csv"],
      response: fileResponse("text/csv", "RFC 4180 CSV, one claim a row"),
    },
  }, async (request, reply) => {
    const claims = await matchingClaims(store, request.query);
    const reports = await store.reportInfos({ withText: true });
    reply
      .type("text/csv; charset=utf-8")
      .header("content-disposition", 'attachment; filename="triangulate-claims.csv"');
    return reply.send(Readable.from(claimsCsvLines(claims, reports)));
  });

  app.get("/api/export.geojson", {
    schema: {
      tags: ["export"],
      operationId: "exportGeoJson",
      summary: "Claims (or figures, kind=figures) that have coordinates, as a GeoJSON FeatureCollection",
      querystring: ExportGeoJsonQuery,
      produces: ["application/geo+json"],
      response: fileResponse("application/geo+json", "GeoJSON FeatureCollection of points (lon, lat)"),
    },
  }, async (request, reply) => {
    const { kind = "claims", ...filters } = request.query;
    const collection = kind === "figures"
      ? figuresToGeoJson(await allFigures(store, filters.category))
      : claimsToGeoJson(await matchingClaims(store, filters), await store.reportInfos({ withText: true }));
    reply
      .type("application/geo+json; charset=utf-8")
      .header("content-disposition", `attachment; filename="triangulate-${kind}.geojson"`);
    return reply.send(JSON.stringify(collection));
  });
}

/** All claims matching the claims filters, with no paging. */
async function matchingClaims(store: Store, query: Parameters<typeof listClaims>[1]): Promise<Claim[]> {
  if (query.q) return (await listClaims(store, { ...query, limit: Number.MAX_SAFE_INTEGER, offset: 0 })).items;
  await listClaims(store, { ...query, limit: 1, offset: 0 }); // validates the dates the same way the claims route does
  const claims: Claim[] = [];
  for await (const claim of allClaims(store, { category: query.category, place: query.place, entity: query.entity, source: query.source, outlet: query.outlet, doc: query.report, from: query.from, to: query.to })) claims.push(claim);
  return claims;
}

async function allFigures(store: Store, category?: string): Promise<FigureRecord[]> {
  const figures: FigureRecord[] = [];
  for (let offset = 0; ; offset += 1000) {
    const { items } = await store.listFigures({ category, limit: 1000, offset });
    figures.push(...items);
    if (items.length < 1000) return figures;
  }
}
