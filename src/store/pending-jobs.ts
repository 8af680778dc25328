// Queued ingest jobs for `stats.pending`: reports enqueued (pg-boss, PostgreSQL only) and not yet done —
// waiting, waiting for a retry, or being processed.
import { sql, type Kysely } from "kysely";
import type { Database, Dialect } from "./database.ts";

/** Kept in step with src/queue/queue-config.ts (the store does not import the queue). */
const BOSS_JOB_TABLE = "pgboss.job";
const INGEST_QUEUE = "triangulate-ingest";

export async function countPendingJobs(db: Kysely<Database>, dialect: Dialect): Promise<number> {
  if (dialect !== "postgres") return 0;
  const { rows: exists } = await sql<{ t: string | null }>`SELECT to_regclass(${BOSS_JOB_TABLE})::text AS t`.execute(db);
  if (!exists[0]?.t) return 0;
  const { rows } = await sql<{ n: number | string }>`
    SELECT count(*) AS n FROM pgboss.job WHERE name = ${INGEST_QUEUE} AND state IN ('created', 'retry', 'active')`.execute(db);
  return Number(rows[0]?.n ?? 0);
}
