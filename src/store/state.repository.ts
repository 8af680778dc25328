// Store state counters: how many times reports changed and which change the derived tables reflect.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database, Dialect } from "./database.ts";
import type { DerivedState } from "./store.ts";

export const REPORTS_VERSION = "reports_version";
export const DERIVED_VERSION = "derived_version";

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Marks that reports changed. On SQLite a counter row, written first in putReport's transaction so it takes the
 * write lock at once; on PostgreSQL a sequence, so concurrent writers do not queue on one row.
 */
export async function bumpReportsVersion(db: Db, dialect: Dialect): Promise<void> {
  if (dialect === "postgres") {
    await sql`SELECT nextval('reports_version_seq')`.execute(db);
    return;
  }
  await bumpCounter(db, REPORTS_VERSION);
}

export async function bumpCounter(db: Db, key: string): Promise<void> {
  await db.insertInto("store_state").values({ key, value: "1" })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: sql<string>`cast(cast(store_state.value as integer) + 1 as text)` }))
    .execute();
}

export async function setCounter(db: Db, key: string, value: number): Promise<void> {
  await db.insertInto("store_state").values({ key, value: String(value) })
    .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(value) }))
    .execute();
}

export async function derivedState(db: Db, dialect: Dialect): Promise<DerivedState> {
  const rows = await db.selectFrom("store_state").select(["key", "value"]).where("key", "in", [REPORTS_VERSION, DERIVED_VERSION]).execute();
  const get = (key: string) => Number(rows.find((r) => r.key === key)?.value ?? 0);
  const reportsVersion = dialect === "postgres" ? await sequenceValue(db) : get(REPORTS_VERSION);
  const derivedVersion = get(DERIVED_VERSION);
  return { reportsVersion, derivedVersion, stale: reportsVersion !== derivedVersion };
}

async function sequenceValue(db: Db): Promise<number> {
  const { rows } = await sql<{ value: string | number }>`SELECT CASE WHEN is_called THEN last_value ELSE 0 END AS value FROM reports_version_seq`.execute(db);
  return Number(rows[0]?.value ?? 0);
}

/**
 * PostgreSQL: serialises writers that could race on the same report or on the same copy candidates (the same id,
 * text hash or LSH band), so two near-copies stored at once still see each other. Keys are locked in sorted order
 * (no deadlocks) and released at commit.
 */
export async function lockKeys(db: Db, dialect: Dialect, keys: string[]): Promise<void> {
  if (dialect !== "postgres" || keys.length === 0) return;
  const sorted = [...new Set(keys)].sort();
  await sql`SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM (SELECT unnest(${sorted}::text[]) AS k ORDER BY 1) AS keys`.execute(db);
}
