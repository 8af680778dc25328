// Recomputes entities and figures from a queue worker: one worker at a time (a PostgreSQL advisory lock), and
// only when reports changed since the last computation, so concurrent workers never write them at once.
import { sql } from "kysely";
import { recomputeDerived } from "../ingest/ingest.ts";
import type { KyselyStore } from "../store/kysely-store.ts";

/** Any fixed 64-bit key: names the "derived tables are being recomputed" lock. */
const REFRESH_LOCK = 7_340_021_118;

export async function refreshDerivedLocked(store: KyselyStore): Promise<{ entities: number; figures: number } | null> {
  if (store.dialect !== "postgres") return recomputeDerived(store);
  // The lock lives on one session, held while the recompute runs on the store's other connections.
  return store.db.connection().execute(async (conn) => {
    await sql`SELECT pg_advisory_lock(${REFRESH_LOCK})`.execute(conn);
    try {
      // Whoever held the lock before may have covered our reports already: then this is a cheap no-op.
      return await recomputeDerived(store);
    } finally {
      await sql`SELECT pg_advisory_unlock(${REFRESH_LOCK})`.execute(conn);
    }
  });
}
