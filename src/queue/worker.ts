// A queue worker: takes report jobs from pg-boss, extracts and stores each (idempotent by id and text hash), and
// recomputes entities and figures when the queue drains or every so many reports. Any number may run at once.
import type PgBoss from "pg-boss";
import { extract } from "../pipeline/pipeline.ts";
import { ingestDoc, type IngestStatus } from "../ingest/ingest.ts";
import { createExtractPool, type ExtractPool } from "../ingest/pool/extract-pool.ts";
import type { KyselyStore } from "../store/kysely-store.ts";
import { refreshDerivedLocked } from "./derived-refresh.ts";
import { INGEST_QUEUE, type QueueTimings } from "./queue-config.ts";
import { parseJob } from "./report-job.ts";

export interface WorkerOptions {
  store: KyselyStore;
  boss: PgBoss;
  timings: QueueTimings;
  /** Jobs processed at once; above 1, extraction runs in that many worker threads. */
  concurrency: number;
  /** Stop once no job is waiting, retrying or active anywhere (after a last refresh). */
  exitWhenIdle: boolean;
  /** Refresh entities and figures after this many stored reports even if the queue has not drained. */
  refreshEvery?: number;
  /** Jobs taken per fetch by each loop. */
  batchSize?: number;
  log?(line: string): void;
}

export interface WorkerSummary {
  processed: Record<IngestStatus, number>;
  claims: number;
  refreshes: number;
}

const WARM_UP = { id: "warm-up", text: "Officials said 3 people were killed in Maiduguri on Monday.", meta: { published: "2025-01-01" } };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Jobs of the ingest queue not finished yet: waiting, waiting for a retry, or taken by some worker. */
export async function pendingJobs(boss: PgBoss): Promise<number> {
  const db = boss.getDb();
  const { rows } = await db.executeSql(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
    [INGEST_QUEUE],
  ) as { rows: { n: number }[] };
  return rows[0]?.n ?? 0;
}

export class QueueWorker {
  private stopping = false;
  private storedSinceRefresh = 0;
  private refreshing: Promise<unknown> | null = null;
  private pool: ExtractPool | null = null;
  readonly summary: WorkerSummary = { processed: { inserted: 0, updated: 0, unchanged: 0, failed: 0 }, claims: 0, refreshes: 0 };

  constructor(private readonly opts: WorkerOptions) {}

  /** Asks the loops to finish the jobs they hold and stop (SIGTERM, SIGINT). */
  stop(): void {
    this.stopping = true;
  }

  async run(): Promise<WorkerSummary> {
    const { concurrency } = this.opts;
    if (concurrency > 1) this.pool = createExtractPool(concurrency);
    // Load the pipeline (lexicons, gazetteer) before taking jobs, so the first jobs do not run close to their expiry.
    if (this.pool) await Promise.all(Array.from({ length: concurrency }, () => this.pool!.extract(WARM_UP)));
    else extract(WARM_UP);
    try {
      await Promise.all(Array.from({ length: concurrency }, () => this.loop()));
      await this.refresh(true);
    } finally {
      await this.pool?.close();
    }
    return this.summary;
  }

  private async loop(): Promise<void> {
    const { boss, timings } = this.opts;
    const batchSize = this.opts.batchSize ?? 4;
    while (!this.stopping) {
      let jobs: PgBoss.Job<unknown>[];
      try {
        jobs = await boss.fetch<unknown>(INGEST_QUEUE, { batchSize });
      } catch (error) {
        // The database may be restarting: keep trying; jobs in hand are not lost (they expire and are retried).
        this.opts.log?.(`triangulate: queue: ${(error as Error).message}; retrying`);
        await sleep(timings.pollMs * 4);
        continue;
      }
      if (jobs.length === 0) {
        if (this.storedSinceRefresh > 0) await this.refresh(false);
        if (this.opts.exitWhenIdle && (await pendingJobs(boss)) === 0) {
          this.stopping = true;
          break;
        }
        await sleep(timings.pollMs);
        continue;
      }
      for (const job of jobs) {
        try {
          await this.process(job);
        } catch (error) {
          this.opts.log?.(`triangulate: job ${job.id}: ${(error as Error).message}; it will be retried`);
        }
      }
      if (this.storedSinceRefresh >= (this.opts.refreshEvery ?? 500)) await this.refresh(false);
    }
  }

  private async process(job: PgBoss.Job<unknown>): Promise<void> {
    const { boss, store } = this.opts;
    let doc;
    try {
      doc = parseJob(job.data);
    } catch (error) {
      await boss.fail(INGEST_QUEUE, job.id, { message: (error as Error).message });
      this.opts.log?.(`triangulate: job ${job.id}: ${(error as Error).message}`);
      return;
    }
    const pool = this.pool;
    const outcome = await ingestDoc(doc, { store, extractDoc: pool ? (d) => pool.extract(d) : undefined });
    this.summary.processed[outcome.status]++;
    if (outcome.status === "failed") {
      // A store error may pass (retry later); an extraction error will not, but pg-boss stops after its retry limit.
      this.opts.log?.(`triangulate: ${doc.meta?.path ?? doc.id}: ${outcome.message ?? "failed"}`);
      await boss.fail(INGEST_QUEUE, job.id, { message: outcome.message ?? "failed" });
      return;
    }
    this.summary.claims += outcome.claims;
    if (outcome.status !== "unchanged") this.storedSinceRefresh++;
    await boss.complete(INGEST_QUEUE, job.id);
  }

  /** One refresh at a time in this process; across processes the advisory lock serialises them. */
  private async refresh(final: boolean): Promise<void> {
    if (this.refreshing) {
      await this.refreshing;
      if (!final) return;
    }
    this.storedSinceRefresh = 0;
    const run = refreshDerivedLocked(this.opts.store).then((derived) => {
      if (derived) {
        this.summary.refreshes++;
        this.opts.log?.(`worker: entities and figures recomputed (${derived.entities} entities, ${derived.figures} figures)`);
      }
    });
    this.refreshing = run;
    try {
      await run;
    } catch (error) {
      // Try again after the next reports; the last refresh before exiting reports its failure.
      this.storedSinceRefresh = Math.max(this.storedSinceRefresh, 1);
      if (final) throw error;
      this.opts.log?.(`triangulate: recomputing entities and figures failed: ${(error as Error).message}; will retry`);
    } finally {
      this.refreshing = null;
    }
  }
}
