// GET /api/claims: claims filtered by category, place, entity, source, outlet, report and dates, paginated.
import type { Claim } from "../../doc/document.ts";
import type { ClaimFilter, Store } from "../../store/store.ts";
import type { Api } from "../api-types.ts";
import { ClaimPageSchema, ClaimsQuery, type ClaimsQueryDto } from "../schemas/claims.schema.ts";
import { errorResponses } from "../schemas/common.schema.ts";
import { ApiError } from "../errors.ts";

export function claimsRoutes(app: Api, store: Store): void {
  app.get("/api/claims", {
    schema: {
      tags: ["claims"],
      operationId: "listClaims",
      summary: "List claims",
      description: "Every reported figure about people, filtered and paginated. `limit` goes up to 1000.",
      querystring: ClaimsQuery,
      response: { 200: ClaimPageSchema, ...errorResponses },
    },
  }, async (request) => listClaims(store, request.query));
}

export async function listClaims(store: Store, query: ClaimsQueryDto): Promise<{ total: number; items: (Claim & { vague: string | null })[] }> {
  if (query.from && query.to && query.from > query.to) throw new ApiError(400, "bad_request", `"from" (${query.from}) is after "to" (${query.to}).`);
  for (const key of ["from", "to"] as const) {
    const date = query[key];
    if (date && Number.isNaN(Date.parse(`${date}T00:00:00Z`))) throw new ApiError(400, "bad_request", `"${key}" is not a real date: ${date}.`);
  }
  const limit = query.limit ?? 100;
  const offset = query.offset ?? 0;
  const filter: ClaimFilter = {
    category: query.category, place: query.place, entity: query.entity, source: query.source,
    outlet: query.outlet, doc: query.report, from: query.from, to: query.to,
  };
  if (!query.q) {
    const page = await store.listClaims({ ...filter, limit, offset });
    return { total: page.total, items: page.items.map(claimRecord) };
  }
  // Word search is done here over the store's filtered claims: the store filters by fields, not words.
  const words = query.q.toLowerCase().split(/\s+/).filter(Boolean);
  const matching: Claim[] = [];
  for await (const claim of allClaims(store, filter)) {
    const hay = [claim.text, claim.subject, claim.category, claim.source?.name, claim.source?.org, claim.place?.name, claim.time?.text]
      .filter(Boolean).join(" ").toLowerCase();
    if (words.every((w) => hay.includes(w))) matching.push(claim);
  }
  return { total: matching.length, items: matching.slice(offset, offset + limit).map(claimRecord) };
}

/**
 * A claim with the record's key set, in the record's order (docs/claims.md, as `extract --format jsonl` prints it):
 * `vague` is always there, null for a number, right after `qualifier`. (The response schema keeps this order.)
 */
export function claimRecord(claim: Claim): Claim & { vague: string | null } {
  const { doc, span, text, sentence, category, value, low, high, qualifier, vague, subject, source, place, time, said, hedge, ...rest } = claim;
  return { doc, span, text, sentence, category, value, low, high, qualifier, vague: vague ?? null, subject, source, place, time, said, hedge, ...rest };
}

/** Every claim matching a filter, read a page at a time. */
export async function* allClaims(store: Store, filter: ClaimFilter = {}): AsyncGenerator<Claim> {
  const page = 1000;
  for (let offset = 0; ; offset += page) {
    const { items } = await store.listClaims({ ...filter, limit: page, offset });
    yield* items;
    if (items.length < page) return;
  }
}
