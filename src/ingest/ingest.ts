// Ingest: reads files, folders, URLs and feeds, extracts each new or changed report, stores it, then
// recomputes cross-report entities and figures. Incremental: an unchanged report is not extracted again.
import type { SourceDoc } from "../doc/document.ts";
import { buildFigures, createFigureMemo, type FigureMemo } from "../reconcile/figures.ts";
import { resolveEntities } from "../resolve/resolve-entities.ts";
import { stableStringify } from "../store/json.ts";
import type { Extraction, PutOutcome, Store } from "../store/store.ts";
import { textHash } from "../store/text-hash.ts";
import { extractForStore } from "./extract-for-store.ts";
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
  /** Reports stored per transaction (default STORE_BATCH). */
  batchSize?: number;
  events?: IngestEvents;
}

/**
 * Reports stored per transaction. Measured on 2 cores (3,200 generated reports, SQLite, one thread), seconds spent
 * storing: 18.4-18.6 one report per transaction, 12.1-12.4 at 16, 9.0-9.4 at 64, 8.1-8.6 at 256. Past 64 the gain is
 * small, while a killed ingest redoes up to a whole batch and its progress shows in steps of that size.
 */
export const STORE_BATCH = 64;
/** A batch begun longer ago than this is stored with the next report even when not full (slow inputs: URLs, feeds). */
const BATCH_WAIT_MS = 1000;

/** Where the ingesting thread's time went, in milliseconds (the serial share bounds what more threads can give). */
export interface IngestTimings {
  /** Waiting for the next input: reading and parsing files (and, with a pool, handing reports to it). */
  readMs: number;
  /** Store reads that skip unchanged reports. */
  checkMs: number;
  /** Extracting in this thread, or waiting for a worker thread's extraction. */
  extractMs: number;
  /** Writing reports, claims, mentions and copy links. */
  storeMs: number;
  /** Recomputing entities and figures at the end. */
  deriveMs: number;
  /** Where the recompute's time went, when it ran. */
  derive?: DeriveTimings;
  /** Reports extracted by worker threads (the rest were extracted on the ingesting thread). */
  pooled?: number;
  totalMs: number;
}

/** The recompute's parts, in milliseconds: reading the store, resolving entities, building figures, writing both. */
export interface DeriveTimings {
  loadMs: number;
  entitiesMs: number;
  figuresMs: number;
  writeMs: number;
  /** Components of claims grouped again, and reused from this store's previous recompute (see buildFigures). */
  figureComponents?: { computed: number; reused: number };
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
  timings: IngestTimings;
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

type DocOutcome = { status: IngestStatus; claims: number; message?: string };

/** Extracts one report unless the store holds it unchanged; never throws (a failure is returned as a message). */
async function prepareDoc(doc: SourceDoc, opts: Pick<IngestOptions, "store" | "extractDoc">, timings?: IngestTimings): Promise<DocOutcome | { hash: string; extraction: Extraction }> {
  const hash = textHash(doc.text);
  let t = performance.now();
  try {
    if (await isUnchanged(opts.store, doc, hash)) return { status: "unchanged", claims: 0 };
  } catch (e) {
    return { status: "failed", claims: 0, message: `store: ${(e as Error).message}` };
  } finally {
    if (timings) timings.checkMs += performance.now() - t;
  }
  t = performance.now();
  try {
    return { hash, extraction: await (opts.extractDoc ?? extractForStore)(doc) };
  } catch (e) {
    return { status: "failed", claims: 0, message: `extraction failed: ${(e as Error).message}` };
  } finally {
    if (timings) timings.extractMs += performance.now() - t;
  }
}

function outcomeOf(put: PutOutcome, extraction: Extraction): DocOutcome {
  if (put.status === "failed") return { status: "failed", claims: 0, message: `store: ${put.message}` };
  return { status: put.status, claims: put.status === "unchanged" ? 0 : extraction.claims.length };
}

/** Extracts and stores one report; never throws (a failure is returned as a message). */
export async function ingestDoc(doc: SourceDoc, opts: Pick<IngestOptions, "store" | "extractDoc">): Promise<DocOutcome> {
  const prepared = await prepareDoc(doc, opts);
  if ("status" in prepared) return prepared;
  try {
    const status = await opts.store.putReport({ id: doc.id, text: doc.text, hash: prepared.hash, meta: doc.meta ?? {} }, prepared.extraction);
    return outcomeOf({ status }, prepared.extraction);
  } catch (e) {
    return { status: "failed", claims: 0, message: `store: ${(e as Error).message}` };
  }
}

/**
 * Figure groups of the last recompute of each open store: a server or queue worker that recomputes after a few new
 * reports regroups only the claims those reports touch (buildFigures proves the rest unchanged).
 */
const figureMemos = new WeakMap<Store, FigureMemo>();

/**
 * Recomputes entities and figures from everything stored, when reports changed since they were last computed
 * (also after a crash between storing reports and saving these). Returns null when they were current.
 */
export async function recomputeDerived(
  store: Store,
  opts: { force?: boolean; onStart?(): void; timings?: DeriveTimings } = {},
): Promise<{ entities: number; figures: number } | null> {
  const state = await store.derivedState();
  if (!state.stale && !opts.force) return null;
  opts.onStart?.();
  const timings = opts.timings ?? { loadMs: 0, entitiesMs: 0, figuresMs: 0, writeMs: 0 };
  let t = performance.now();
  const lap = (key: "loadMs" | "entitiesMs" | "figuresMs" | "writeMs") => {
    const now = performance.now();
    timings[key] += now - t;
    t = now;
  };
  const [reports, mentions, claims] = await Promise.all([
    store.reportInfos({ withText: true }),
    store.mentionsByReport(),
    store.listClaims({}),
  ]);
  lap("loadMs");
  const entities = resolveEntities(mentions);
  lap("entitiesMs");
  let memo = figureMemos.get(store);
  if (!memo) figureMemos.set(store, (memo = createFigureMemo()));
  const figures = buildFigures(claims.items, reports, memo);
  lap("figuresMs");
  timings.figureComponents = { computed: memo.computed, reused: memo.reused };
  await store.replaceDerived({ entities, figures, reportsVersion: state.reportsVersion });
  lap("writeMs");
  return { entities: entities.length, figures: figures.length };
}

/** Ingests reports from results (readers, fetchers, or anything yielding ReadResult), then recomputes what depends on them. */
export async function ingestResults(results: AsyncIterable<ReadResult>, opts: IngestOptions): Promise<IngestSummary> {
  const began = performance.now();
  const timings: IngestTimings = { readMs: 0, checkMs: 0, extractMs: 0, storeMs: 0, deriveMs: 0, totalMs: 0 };
  const summary: IngestSummary = { inserted: 0, updated: 0, unchanged: 0, failed: 0, claims: 0, derived: null, timings };
  const events = opts.events ?? {};
  const batchSize = Math.max(1, opts.batchSize ?? STORE_BATCH);
  // Outcomes are told in input order, once their batch is stored: an entry is a report waiting to be stored or
  // an outcome already known (unchanged, failed) held back behind the reports before it.
  type Entry = { doc: SourceDoc; where: string; hash: string; extraction: Extraction } | { doc: SourceDoc | null; where: string; outcome: DocOutcome; error?: ReadError };
  let entries: Entry[] = [];
  let waiting = 0;
  let batchStarted = 0;
  const tell = (doc: SourceDoc | null, where: string, outcome: DocOutcome, error?: ReadError) => {
    if (outcome.status === "failed") {
      const failure = error ?? { file: where, message: outcome.message ?? "failed" };
      summary.failed++;
      events.error?.(failure);
      events.document?.("failed", failure.file, 0);
      return;
    }
    summary[outcome.status]++;
    summary.claims += outcome.claims;
    events.document?.(outcome.status, doc!.id, outcome.claims);
  };
  const flush = async () => {
    const batch = entries;
    entries = [];
    waiting = 0;
    const toStore = batch.filter((e) => "extraction" in e);
    const t = performance.now();
    let puts: PutOutcome[];
    try {
      puts = toStore.length
        ? await opts.store.putReports(toStore.map((e) => ({ report: { id: e.doc.id, text: e.doc.text, hash: e.hash, meta: e.doc.meta ?? {} }, extraction: e.extraction })))
        : [];
    } catch (e) {
      puts = toStore.map(() => ({ status: "failed", message: (e as Error).message }));
    }
    timings.storeMs += performance.now() - t;
    let next = 0;
    for (const e of batch) {
      if ("outcome" in e) tell(e.doc, e.where, e.outcome, e.error);
      else tell(e.doc, e.where, outcomeOf(puts[next++]!, e.extraction));
    }
  };
  const hold = (doc: SourceDoc | null, where: string, outcome: DocOutcome, error?: ReadError) => {
    if (entries.length) entries.push({ doc, where, outcome, error });
    else tell(doc, where, outcome, error);
  };
  // Where each id was read from in this run: a second report under the same id would silently replace the first.
  const seen = new Map<string, string>();
  const iterator = results[Symbol.asyncIterator]();
  for (;;) {
    let t = performance.now();
    const next = await iterator.next();
    timings.readMs += performance.now() - t;
    if (next.done) break;
    const result = next.value;
    if (!result.ok) {
      hold(null, result.error.file, { status: "failed", claims: 0, message: result.error.message }, result.error);
      continue;
    }
    const doc = result.doc;
    const where = doc.meta?.path ?? doc.meta?.url ?? doc.id;
    const earlier = seen.get(doc.id);
    if (earlier !== undefined) {
      hold(null, where, { status: "failed", claims: 0, message: `duplicate id "${doc.id}" (already read from ${earlier}); skipped` });
      continue;
    }
    seen.set(doc.id, where);
    const prepared = await prepareDoc(doc, opts, timings);
    if ("status" in prepared) {
      hold(doc, where, prepared);
      continue;
    }
    if (waiting === 0) batchStarted = performance.now();
    entries.push({ doc, where, ...prepared });
    waiting++;
    if (waiting >= batchSize || performance.now() - batchStarted >= BATCH_WAIT_MS) await flush();
  }
  if (entries.length) await flush();
  const t = performance.now();
  const derive: DeriveTimings = { loadMs: 0, entitiesMs: 0, figuresMs: 0, writeMs: 0 };
  summary.derived = await recomputeDerived(opts.store, { onStart: () => events.deriving?.(), timings: derive });
  if (summary.derived) timings.derive = derive;
  timings.deriveMs = performance.now() - t;
  timings.totalMs = performance.now() - began;
  return summary;
}

/** `triangulate ingest`: paths, folders, URLs and feed URLs into the store. */
export function ingest(inputs: string[], opts: IngestOptions): Promise<IngestSummary> {
  return ingestResults(sourcesOf(inputs, opts), opts);
}
