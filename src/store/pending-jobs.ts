// Queued ingest jobs for `stats.pending`. The queue helper fills this in; until a queue exists nothing is pending.
import type { Kysely } from "kysely";
import type { Database, Dialect } from "./database.ts";

export async function countPendingJobs(_db: Kysely<Database>, _dialect: Dialect): Promise<number> {
  return 0;
}
