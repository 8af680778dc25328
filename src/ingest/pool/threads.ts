// How many extraction threads an ingest uses by default (kept apart from the pool so the CLI loads no thread code).
import { availableParallelism } from "node:os";

/** Every core: the pool starts only for batches big enough to repay its start (see parallel-ingest.ts). */
export function defaultThreads(): number {
  return availableParallelism();
}
