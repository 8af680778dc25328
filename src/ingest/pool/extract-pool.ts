// A pool of worker threads running `extract()`, so an ingest uses every core while one thread writes the store.
import { Piscina } from "piscina";
import type { SourceDoc } from "../../doc/document.ts";
import type { Extraction } from "../../store/store.ts";
import type { ExtractForStoreOptions } from "../extract-for-store.ts";
import { defaultThreads } from "./threads.ts";

export { defaultThreads };

export interface ExtractPool {
  readonly threads: number;
  extract(doc: SourceDoc): Promise<Extraction>;
  /** Resolves once every worker has loaded the pipeline (a tiny report each), rejects if one cannot. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/** Reports handed to each worker ahead of its current one. */
const TASKS_HANDED_AHEAD = 32;

/** Starts `threads` workers (each loads the pipeline once; the first report per worker pays for that). */
export function createExtractPool(threads: number = defaultThreads(), opts: ExtractForStoreOptions = {}): ExtractPool {
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`threads must be a positive integer, got ${threads}`);
  const piscina = new Piscina({
    filename: new URL("./extract.worker.mjs", import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // Tasks run one after another in a worker (extraction is synchronous), but several are handed to it at once:
    // a queue kept in the main thread is only fed between its own turns, and the writer's turns (a batch of
    // synchronous SQLite calls) are long, so with one task each the workers sat idle most of an ingest.
    concurrentTasksPerWorker: TASKS_HANDED_AHEAD,
    idleTimeout: 60_000,
  });
  const warmUp = { id: "warm-up", text: "Officials said 3 people were killed in the town on Monday.", meta: { published: "2025-01-01" } };
  let warming: Promise<void> | null = null;
  return {
    threads,
    warm: () => (warming ??= Promise.all(Array.from({ length: threads }, () => piscina.run({ doc: warmUp, opts: {} }))).then(() => {})),
    extract: (doc) => piscina.run({ doc: { id: doc.id, text: doc.text, meta: doc.meta }, opts }) as Promise<Extraction>,
    close: () => piscina.destroy(),
  };
}
