// Ingest with extraction in worker threads: reads ahead a small window of reports, extracts them in parallel,
// and hands them to the ordinary ingest loop in input order, so the store is written by one thread, in order.
import type { SourceDoc } from "../../doc/document.ts";
import { ingestResults, sourcesOf, STORE_BATCH, type IngestOptions, type IngestSummary } from "../ingest.ts";
import type { ReadResult } from "../read/index.ts";
import { textHash } from "../../store/text-hash.ts";
import { stableStringify } from "../../store/json.ts";
import type { Extraction, Store } from "../../store/store.ts";
import { extractForStore } from "../extract-for-store.ts";
import { closeCandidateReaders } from "../../store/copy-candidates.ts";
import { createExtractPool, type ExtractPool } from "./extract-pool.ts";
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";

export interface ParallelIngestOptions extends IngestOptions {
  /** Worker threads; 1 runs extraction in this thread (no pool). */
  threads: number;
  /** Reports extracted in this thread before the pool starts (default: poolStartsAfter(threads)). */
  poolAfter?: number;
  /** Input bytes past which the pool starts after poolEarlyAfter(threads) reports (default: poolAtOnceBytes(threads)). */
  poolAtOnceBytes?: number;
  /** Wait for the workers to load rather than extract here meanwhile, so every report past poolAfter goes to them. */
  waitForWorkers?: boolean;
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

/**
 * Reports this thread extracts before it starts the pool. The workers then load the pipeline in the background
 * while this thread goes on extracting, and take over once they are ready, so starting costs no waiting, only the
 * workers' start-up CPU: each loads the pipeline and compiles it hot again. Measured on 2 idle cores (in-process,
 * seconds, 1 thread against 2 threads with the pool from the first report): 800 reports 2.1 vs 3.1-3.5, 1,600
 * reports 5.2-5.3 vs 5.4-5.6, 3,200 reports 13.6-14.0 vs 11.0-11.9 (from the 1,000th: 12.0-12.2). So on 2 threads
 * the pool gains only past about 1,600 reports; more threads spread the start over more cores.
 */
export function poolStartsAfter(threads: number): number {
  return Math.ceil(2000 / threads);
}

/**
 * Bytes of input past which the pool starts early (poolEarlyAfter): the batch is known to be big before any is read.
 * Measured on 2 cores (3,200 small reports, 3.7 MB): 10.1-10.3 s with the pool from the first report, 11.3 from the
 * 1,000th, 13.1-13.2 on one thread; 785 real articles (1.3 MB) were slower with it (see poolStartsAfter). The workers'
 * start-up is spread over more cores as threads grow.
 */
export function poolAtOnceBytes(threads: number): number {
  return Math.ceil(4_000_000 / threads);
}

/** Reports read in this thread before the pool starts in a batch known to be big: a few per worker, read in well under a second. */
export function poolEarlyAfter(threads: number): number {
  return 4 * threads;
}

/** The size of the files among the inputs (folders walked, URLs count nothing), stopping once `enough` is reached. */
export async function inputBytes(inputs: string[], enough = Infinity): Promise<number> {
  let total = 0;
  const walk = async (path: string, depth: number): Promise<void> => {
    if (total >= enough || depth > 32) return;
    const info = await stat(path).catch(() => null);
    if (!info) return;
    if (info.isFile()) total += info.size;
    else if (info.isDirectory()) {
      for (const name of await readdir(path).catch(() => [] as string[])) {
        if (name.startsWith(".") || name === "node_modules") continue;
        await walk(join(path, name), depth + 1);
        if (total >= enough) return;
      }
    }
  };
  for (const input of inputs) if (!/^https?:\/\//i.test(input)) await walk(input, 0);
  return total;
}

/**
 * Ingests results with extraction spread over a worker pool, started once a batch proves big enough, and closed at
 * the end. Reports are still stored by this thread, in input order.
 */
export async function ingestResultsParallel(results: AsyncIterable<ReadResult>, opts: ParallelIngestOptions): Promise<IngestSummary> {
  // On SQLite, whoever extracts a report also looks up its copy candidates on a read-only connection of its own
  // (a worker, or this thread before the pool starts): the same work on either path, and the writer only writes.
  const extractOpts = { candidatesFrom: opts.store.sqliteFile };
  const extractHere = (doc: SourceDoc) => extractForStore(doc, extractOpts);
  if (opts.threads <= 1) {
    try {
      return await ingestResults(results, { ...opts, extractDoc: opts.extractDoc ?? extractHere });
    } finally {
      closeCandidateReaders();
    }
  }
  let pool: ExtractPool | null = null;
  let ready = false;
  let needed = 0;
  const started = new WeakMap<SourceDoc, Promise<Extraction>>();
  const start = async (doc: SourceDoc) => {
    if (await alreadyStored(opts.store, doc)) return;
    if (++needed <= (opts.poolAfter ?? poolStartsAfter(opts.threads))) return; // extracted in this thread when its turn comes
    if (!pool) {
      pool = createExtractPool(opts.threads, extractOpts);
      // Until every worker has loaded the pipeline, reports are still extracted here (no waiting on a cold pool).
      const warming = pool.warm().then(() => (ready = true), () => {});
      if (opts.waitForWorkers) await warming;
    }
    // The workers' messages (ready, results) arrive between this thread's turns, and an ingest that extracts here
    // and writes SQLite synchronously has few: give them one per report (a few microseconds).
    await new Promise((resolve) => setImmediate(resolve));
    if (!ready) return;
    const extraction = pool.extract(doc);
    // A rejected extraction is reported by ingest when it awaits it; until then it must not count as unhandled.
    extraction.catch(() => {});
    started.set(doc, extraction);
  };
  try {
    // Read ahead past a whole store batch, so the workers keep extracting while this thread writes one.
    const window = (opts.batchSize ?? STORE_BATCH) + opts.threads * 4;
    let pooled = 0;
    const summary = await ingestResults(readAhead(results, window, start), {
      ...opts,
      extractDoc: (doc) => {
        const extraction = started.get(doc);
        if (!extraction) return extractHere(doc);
        pooled++;
        return extraction;
      },
    });
    summary.timings.pooled = pooled;
    return summary;
  } finally {
    closeCandidateReaders();
    await (pool as ExtractPool | null)?.close();
  }
}

/** One stderr line of where the ingesting thread's time went (bench:ingest sets TRIANGULATE_INGEST_TIMINGS=1 for it). */
export function formatTimings(summary: IngestSummary): string {
  const t = summary.timings;
  const s = (ms: number) => (ms / 1000).toFixed(2);
  return `ingest timings: total ${s(t.totalMs)} s; read ${s(t.readMs)}, check ${s(t.checkMs)}, extract ${s(t.extractMs)}, ` +
    `store ${s(t.storeMs)}, derive ${s(t.deriveMs)}` +
    (t.derive ? ` [load ${s(t.derive.loadMs)}, entities ${s(t.derive.entitiesMs)}, figures ${s(t.derive.figuresMs)}, write ${s(t.derive.writeMs)}]` : "") +
    " (seconds of the ingesting thread)" + (t.pooled !== undefined ? `; ${t.pooled} reports extracted by worker threads` : "");
}

/** `triangulate ingest --threads N`: paths, folders, URLs and feeds into the store, extraction on N threads. */
export async function ingestParallel(inputs: string[], opts: ParallelIngestOptions): Promise<IngestSummary> {
  // A batch known to be big from its files starts the pool after a handful of reports rather than after its first
  // thousands. (Not with the very first: a big file may hold only a few reports beside one huge record that is refused,
  // and each worker loads the lexicons and the gazetteer again, hundreds of MB for nothing.)
  let poolAfter = opts.poolAfter;
  if (poolAfter === undefined && opts.threads > 1) {
    const atOnce = opts.poolAtOnceBytes ?? poolAtOnceBytes(opts.threads);
    if ((await inputBytes(inputs, atOnce)) >= atOnce) poolAfter = poolEarlyAfter(opts.threads);
  }
  const summary = await ingestResultsParallel(sourcesOf(inputs, opts), { ...opts, poolAfter });
  if (process.env.TRIANGULATE_INGEST_TIMINGS === "1") process.stderr.write(formatTimings(summary) + "\n");
  return summary;
}
