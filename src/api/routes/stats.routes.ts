// GET /api/stats (counts, by category too) and GET /health.
import type { Store } from "../../store/store.ts";
import type { Api } from "../api-types.ts";
import { CATEGORIES } from "../schemas/claims.schema.ts";
import { errorResponses, NoQuery } from "../schemas/common.schema.ts";
import { HealthSchema, StatsSchema } from "../schemas/stats.schema.ts";

export function statsRoutes(app: Api, store: Store): void {
  app.get("/api/stats", {
    schema: { tags: ["stats"], operationId: "getStats", summary: "Counts of reports, claims (by category), entities, figures and queued jobs", querystring: NoQuery, response: { 200: StatsSchema, ...errorResponses } },
  }, async () => {
    const stats = await store.stats({ categories: CATEGORIES });
    return { ...stats, byCategory: stats.byCategory ?? {}, dialect: store.dialect };
  });

  app.get("/health", {
    schema: { tags: ["stats"], operationId: "health", summary: "Liveness: the server answers and the store can be read", response: { 200: HealthSchema, ...errorResponses } },
  }, async () => {
    await store.stats();
    return { status: "ok" as const, dialect: store.dialect };
  });
}
