// How many extraction threads an ingest uses by default (kept apart from the pool so the CLI loads no thread code).
import { availableParallelism } from "node:os";

/**
 * Extraction threads that keep every core busy: one per core beside the main thread, which reads, copy-checks and
 * writes the store. On 2 cores that is 1 (no pool): measured there, a second thread costs more to start than it saves.
 */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism() - 1);
}
