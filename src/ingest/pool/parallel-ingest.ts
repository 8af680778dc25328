// Ingest with extraction in worker threads: reads ahead a small window of reports, extracts them in parallel,
// and hands them to the ordinary ingest loop in input order, so the store is written by one thread, in order.
import type { SourceDoc } from "../../doc/document.ts";
import { ingestResults, sourcesOf, type IngestOptions, type IngestSummary } from "../ingest.ts";
import type { ReadResult } from "../read/index.ts";
import { textHash } from "../../store/text-hash.ts";
import { stableStringify } from "../../store/json.ts";
import type { Extraction, Store } from "../../store/store.ts";
import { extract } from "../../pipeline/pipeline.ts";
import { createExtractPool, type ExtractPool } from "./extract-pool.ts";

export interface ParallelIngestOptions extends IngestOptions {
  /** Worker threads; 1 runs extraction in this thread (no pool). */
  threads: number;
}

/** True when the store holds this exact report (then extraction would be wasted; ingest skips it anyway). */
async function alreadyStored(store: Store, doc: SourceDoc): Promise<boolean> {
  const stored = await store.findReportVersion(doc.id);
  return stored !== null && stored.hash === textHash(doc.text) && stableStringify(stored.meta) === stableStringify(doc.meta ?? {});
}

/**
 * Yields `results` unchanged and in order, after calling `start` on each report up to `window` reports ahead
 * (so their extraction runs in the pool while earlier ones are stored).
 */
async function* readAhead(results: AsyncIterable<ReadResult>, window: number, start: (doc: SourceDoc) => Promise<void>): AsyncGenerator<ReadResult> {
  const queue: ReadResult[] = [];
  for await (const result of results) {
    if (result.ok) await start(result.doc);
    queue.push(result);
    if (queue.length >= window) yield queue.shift()!;
  }
  while (queue.length) yield queue.shift()!;
}

/** Reports that must wait for extraction before a pool pays off: workers take seconds to load the pipeline. */
const POOL_THRESHOLD = 8;

/**
 * Ingests results with extraction spread over a worker pool. The pool starts only once enough reports need
 * extracting (a handful is faster in this thread) and is closed at the end.
 */
export async function ingestResultsParallel(results: AsyncIterable<ReadResult>, opts: ParallelIngestOptions): Promise<IngestSummary> {
  if (opts.threads <= 1) return ingestResults(results, opts);
  let pool: ExtractPool | null = null;
  let waiting: SourceDoc[] = [];
  const started = new WeakMap<SourceDoc, Promise<Extraction>>();
  const dispatch = (doc: SourceDoc) => {
    const extraction = pool!.extract(doc);
    // A rejected extraction is reported by ingest when it awaits it; until then it must not count as unhandled.
    extraction.catch(() => {});
    started.set(doc, extraction);
  };
  const start = async (doc: SourceDoc) => {
    if (await alreadyStored(opts.store, doc)) return;
    if (pool) return dispatch(doc);
    waiting.push(doc);
    if (waiting.length >= POOL_THRESHOLD) {
      pool = createExtractPool(opts.threads);
      for (const d of waiting) dispatch(d);
      waiting = [];
    }
  };
  try {
    return await ingestResults(readAhead(results, opts.threads * 4 + POOL_THRESHOLD, start), {
      ...opts,
      extractDoc: (doc) => started.get(doc) ?? defaultExtract(doc),
    });
  } finally {
    await (pool as ExtractPool | null)?.close();
  }
}

function defaultExtract(doc: SourceDoc): Extraction {
  const annotated = extract(doc);
  return { claims: annotated.claims, entities: annotated.entities };
}

/** `triangulate ingest --threads N`: paths, folders, URLs and feeds into the store, extraction on N threads. */
export function ingestParallel(inputs: string[], opts: ParallelIngestOptions): Promise<IngestSummary> {
  return ingestResultsParallel(sourcesOf(inputs, opts), opts);
}
