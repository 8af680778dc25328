// `ingest --enqueue`: stores each report as a pg-boss job (text and metadata) for workers on any machine to process.
import type PgBoss from "pg-boss";
import type { ReadError, ReadResult } from "../ingest/read/index.ts";
import { stableStringify } from "../store/json.ts";
import type { Store } from "../store/store.ts";
import { textHash } from "../store/text-hash.ts";
import { INGEST_QUEUE } from "./queue-config.ts";
import { toJob } from "./report-job.ts";

export interface EnqueueSummary {
  queued: number;
  /** Already stored with the same text and metadata: not queued again. */
  unchanged: number;
  failed: number;
}

export interface EnqueueOptions {
  store: Store;
  boss: PgBoss;
  /** Jobs inserted per round trip. */
  batch?: number;
  events?: { error?(error: ReadError): void; queued?(count: number): void };
}

export async function enqueueResults(results: AsyncIterable<ReadResult>, opts: EnqueueOptions): Promise<EnqueueSummary> {
  const summary: EnqueueSummary = { queued: 0, unchanged: 0, failed: 0 };
  const batchSize = opts.batch ?? 200;
  const seen = new Map<string, string>();
  let pending: PgBoss.JobInsert[] = [];
  const flush = async () => {
    if (!pending.length) return;
    await opts.boss.insert(pending);
    summary.queued += pending.length;
    opts.events?.queued?.(summary.queued);
    pending = [];
  };
  for await (const result of results) {
    if (!result.ok) {
      summary.failed++;
      opts.events?.error?.(result.error);
      continue;
    }
    const doc = result.doc;
    const where = doc.meta?.path ?? doc.meta?.url ?? doc.id;
    const earlier = seen.get(doc.id);
    if (earlier !== undefined) {
      summary.failed++;
      opts.events?.error?.({ file: where, message: `duplicate id "${doc.id}" (already read from ${earlier}); skipped` });
      continue;
    }
    seen.set(doc.id, where);
    const stored = await opts.store.findReportVersion(doc.id);
    if (stored && stored.hash === textHash(doc.text) && stableStringify(stored.meta) === stableStringify(doc.meta ?? {})) {
      summary.unchanged++;
      continue;
    }
    pending.push({ name: INGEST_QUEUE, data: toJob(doc) });
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}
