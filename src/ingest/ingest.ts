// Ingest: reads files, folders, URLs and feeds, extracts each new or changed report, stores it, then
// recomputes cross-report entities and figures. Incremental: an unchanged report is not extracted again.
import type { SourceDoc } from "../doc/document.ts";
import { extract } from "../pipeline/pipeline.ts";
import { buildFigures } from "../reconcile/figures.ts";
import { resolveEntities } from "../resolve/resolve-entities.ts";
import { stableStringify } from "../store/json.ts";
import type { Extraction, Store } from "../store/store.ts";
import { textHash } from "../store/text-hash.ts";
import { fetchSources, isUrl } from "./fetch/fetch-sources.ts";
import type { FetchOptions } from "./fetch/safe-fetch.ts";
import { readSources, type ReadError, type ReadResult } from "./read/index.ts";

export type IngestStatus = "inserted" | "updated" | "unchanged" | "failed";

export interface IngestEvents {
  /** After each report: what happened to it, and how many claims it has (0 when unchanged or failed). */
  document?(status: IngestStatus, id: string, claims: number): void;
  /** An input that could not be read, fetched, extracted or stored. */
  error?(error: ReadError): void;
  /** Reports are stored; cross-report entities and figures are being recomputed. */
  deriving?(): void;
}

export interface IngestOptions {
  store: Store;
  /** Publication date for reports that give none. */
  published?: string;
  /** Largest file or JSONL record read, in bytes. */
  maxBytes?: number;
  /** Limits and safety for URLs and feeds. */
  fetch?: FetchOptions;
  /** Runs the pipeline on one report (default: extract in this thread; a worker pool can stand in). */
  extractDoc?(doc: SourceDoc): Extraction | Promise<Extraction>;
  events?: IngestEvents;
}

export interface IngestSummary {
  inserted: number;
  updated: number;
  unchanged: number;
  failed: number;
  /** Claims of the reports stored in this run. */
  claims: number;
  /** Entities and figures after recomputing, or null when nothing changed and they were current. */
  derived: { entities: number; figures: number } | null;
}

function defaultExtract(doc: SourceDoc): Extraction {
  const annotated = extract(doc);
  return { claims: annotated.claims, entities: annotated.entities };
}

/** Documents from each argument in the order given: URLs are fetched, everything else is read from disk. */
export async function* sourcesOf(inputs: string[], opts: Pick<IngestOptions, "published" | "maxBytes" | "fetch">): AsyncGenerator<ReadResult> {
  for (const input of inputs) {
    if (isUrl(input)) yield* fetchSources([input], { ...opts.fetch, published: opts.published });
    else yield* readSources([input], { published: opts.published, maxBytes: opts.maxBytes });
  }
}

/** Whether the store already holds this report with the same text and metadata (then it is not extracted again). */
async function isUnchanged(store: Store, doc: SourceDoc, hash: string): Promise<boolean> {
  const stored = await store.findReportVersion(doc.id);
  return stored !== null && stored.hash === hash && stableStringify(stored.meta) === stableStringify(doc.meta ?? {});
}

/** Extracts and stores one report; never throws (a failure is returned as a message). */
export async function ingestDoc(doc: SourceDoc, opts: Pick<IngestOptions, "store" | "extractDoc">): Promise<{ status: IngestStatus; claims: number; message?: string }> {
  const hash = textHash(doc.text);
  try {
    if (await isUnchanged(opts.store, doc, hash)) return { status: "unchanged", claims: 0 };
  } catch (e) {
    return { status: "failed", claims: 0, message: `store: ${(e as Error).message}` };
  }
  let extraction: Extraction;
  try {
    extraction = await (opts.extractDoc ?? defaultExtract)(doc);
  } catch (e) {
    return { status: "failed", claims: 0, message: `extraction failed: ${(e as Error).message}` };
  }
  try {
    const status = await opts.store.putReport({ id: doc.id, text: doc.text, hash, meta: doc.meta ?? {} }, extraction);
    return { status, claims: status === "unchanged" ? 0 : extraction.claims.length };
  } catch (e) {
    return { status: "failed", claims: 0, message: `store: ${(e as Error).message}` };
  }
}

/**
 * Recomputes entities and figures from everything stored, when reports changed since they were last computed
 * (also after a crash between storing reports and saving these). Returns null when they were current.
 */
export async function recomputeDerived(store: Store, opts: { force?: boolean; onStart?(): void } = {}): Promise<{ entities: number; figures: number } | null> {
  const state = await store.derivedState();
  if (!state.stale && !opts.force) return null;
  opts.onStart?.();
  const [reports, mentions, claims] = await Promise.all([
    store.reportInfos({ withText: true }),
    store.mentionsByReport(),
    store.listClaims({}),
  ]);
  const entities = resolveEntities(mentions);
  const figures = buildFigures(claims.items, reports);
  await store.replaceDerived({ entities, figures, reportsVersion: state.reportsVersion });
  return { entities: entities.length, figures: figures.length };
}

/** Ingests reports from results (readers, fetchers, or anything yielding ReadResult), then recomputes what depends on them. */
export async function ingestResults(results: AsyncIterable<ReadResult>, opts: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { inserted: 0, updated: 0, unchanged: 0, failed: 0, claims: 0, derived: null };
  const events = opts.events ?? {};
  const fail = (error: ReadError) => {
    summary.failed++;
    events.error?.(error);
    events.document?.("failed", error.file, 0);
  };
  // Where each id was read from in this run: a second report under the same id would silently replace the first.
  const seen = new Map<string, string>();
  for await (const result of results) {
    if (!result.ok) {
      fail(result.error);
      continue;
    }
    const doc = result.doc;
    const where = doc.meta?.path ?? doc.meta?.url ?? doc.id;
    const earlier = seen.get(doc.id);
    if (earlier !== undefined) {
      fail({ file: where, message: `duplicate id "${doc.id}" (already read from ${earlier}); skipped` });
      continue;
    }
    seen.set(doc.id, where);
    const outcome = await ingestDoc(doc, opts);
    if (outcome.status === "failed") {
      fail({ file: where, message: outcome.message ?? "failed" });
      continue;
    }
    summary[outcome.status]++;
    summary.claims += outcome.claims;
    events.document?.(outcome.status, doc.id, outcome.claims);
  }
  summary.derived = await recomputeDerived(opts.store, { onStart: () => events.deriving?.() });
  return summary;
}

/** `triangulate ingest`: paths, folders, URLs and feed URLs into the store. */
export function ingest(inputs: string[], opts: IngestOptions): Promise<IngestSummary> {
  return ingestResults(sourcesOf(inputs, opts), opts);
}
