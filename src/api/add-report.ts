// Adds a posted report (its text, or a URL to fetch) through the ingest module: extract → store → recompute
// entities and figures. Adds run one after another because the recompute covers the whole store.
import { createHash } from "node:crypto";
import type { SourceDoc } from "../doc/document.ts";
import { fetchSources } from "../ingest/fetch/fetch-sources.ts";
import { ingestDoc, recomputeDerived } from "../ingest/ingest.ts";
import { extract } from "../pipeline/pipeline.ts";
import type { Extraction, Store } from "../store/store.ts";
import { ApiError } from "./errors.ts";
import type { AddedReportDto, NewReportDto } from "./schemas/reports.schema.ts";

export type AddReport = (input: NewReportDto) => Promise<AddedReportDto>;

export interface AddReportOptions {
  /** Let {url} reach private and loopback addresses (tests against a local server; never on a public server). */
  allowPrivateFetch?: boolean;
}

export function createAddReport(store: Store, opts: AddReportOptions = {}): AddReport {
  let queue: Promise<unknown> = Promise.resolve();
  return (input) => {
    const run = queue.then(() => addReport(store, input, opts));
    queue = run.catch(() => undefined);
    return run;
  };
}

async function addReport(store: Store, input: NewReportDto, opts: AddReportOptions): Promise<AddedReportDto> {
  const sources = "text" in input ? [fromText(input)] : await fetchDocs(input.url, opts);
  const added: AddedReportDto[] = [];
  for (const source of sources) {
    let counted: Extraction = { claims: [], entities: [] };
    const outcome = await ingestDoc(source, {
      store,
      extractDoc: (doc) => {
        const annotated = extract(doc);
        counted = { claims: annotated.claims, entities: annotated.entities };
        return counted;
      },
    });
    if (outcome.status === "failed") throw new ApiError(500, "ingest_failed", `Could not add report "${source.id}": ${outcome.message ?? "failed"}.`);
    added.push({ id: source.id, status: outcome.status, claims: counted.claims.length, entities: counted.entities.length });
  }
  if (added.some((a) => a.status !== "unchanged")) await recomputeDerived(store);
  const [first, ...rest] = added;
  return rest.length ? { ...first, more: rest.map((a) => a.id) } : first;
}

function fromText(input: Extract<NewReportDto, { text: string }>): SourceDoc {
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

/** The article at a URL (or every item of a feed), fetched with the ingest module's safety checks. */
async function fetchDocs(url: string, opts: AddReportOptions): Promise<SourceDoc[]> {
  const docs: SourceDoc[] = [];
  const problems: string[] = [];
  for await (const result of fetchSources([url], { allowPrivate: opts.allowPrivateFetch ?? false })) {
    if (result.ok) docs.push(result.doc);
    else problems.push(result.error.message);
  }
  if (docs.length === 0) throw new ApiError(422, "fetch_failed", `Could not fetch a report from ${url}: ${problems.join("; ") || "nothing readable there"}.`);
  return docs;
}
