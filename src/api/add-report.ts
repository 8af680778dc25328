// Adds one posted report: extract → store → refresh entities and figures, one request at a time.
import { createHash } from "node:crypto";
import type { SourceDoc } from "../doc/document.ts";
import { extract } from "../pipeline/pipeline.ts";
import type { Store } from "../store/store.ts";
import { ApiError } from "./errors.ts";
import type { AddedReportDto, NewReportDto } from "./schemas/reports.schema.ts";

export type AddReport = (input: NewReportDto) => Promise<AddedReportDto>;

export function createAddReport(store: Store): AddReport {
  let queue: Promise<unknown> = Promise.resolve();
  // Entities and figures are recomputed over the whole store, so adds run one after another.
  return (input) => {
    const run = queue.then(() => addOne(store, input));
    queue = run.catch(() => undefined);
    return run;
  };
}

async function addOne(store: Store, input: NewReportDto): Promise<AddedReportDto> {
  const source = await toSource(input);
  const hash = createHash("sha256").update(source.text).digest("hex");
  const doc = extract(source);
  const status = await store.putReport({ id: source.id, text: source.text, meta: source.meta, hash }, { claims: doc.claims, entities: doc.entities });
  if (status !== "unchanged") await refresh(store);
  return { id: source.id, status, claims: doc.claims.length, entities: doc.entities.length };
}

async function toSource(input: NewReportDto): Promise<SourceDoc> {
  if (!("text" in input)) throw new ApiError(501, "not_implemented", "Fetching a report from a URL is not available on this server; post its text instead.");
  if (!input.text.trim()) throw new ApiError(400, "bad_request", "The report's text is empty.");
  if (input.published && Number.isNaN(Date.parse(`${input.published}T00:00:00Z`))) {
    throw new ApiError(400, "bad_request", `"published" is not a real date: ${input.published}.`);
  }
  const id = input.id ?? input.url ?? `api-${createHash("sha256").update(input.text).digest("hex").slice(0, 16)}`;
  return {
    id,
    text: input.text,
    meta: {
      title: input.title ?? null,
      url: input.url ?? null,
      published: input.published ?? null,
      publishedFrom: input.published ? "record" : null,
      outlet: input.outlet ?? null,
      agency: input.agency ?? null,
    },
  };
}

/** Recomputes cross-report entities and figures after a change. */
async function refresh(_store: Store): Promise<void> {
  // Filled in with the ingest module's recompute once it lands.
}
