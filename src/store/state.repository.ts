// Store state counters: how many times reports changed and which change the derived tables reflect.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "./database.ts";
import type { DerivedState } from "./store.ts";

export const REPORTS_VERSION = "reports_version";
export const DERIVED_VERSION = "derived_version";

type Db = Kysely<Database> | Transaction<Database>;

/** Increments a counter. Written first in putReport's transaction so SQLite takes the write lock at once. */
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

export async function derivedState(db: Db): Promise<DerivedState> {
  const rows = await db.selectFrom("store_state").select(["key", "value"]).where("key", "in", [REPORTS_VERSION, DERIVED_VERSION]).execute();
  const get = (key: string) => Number(rows.find((r) => r.key === key)?.value ?? 0);
  const reportsVersion = get(REPORTS_VERSION);
  const derivedVersion = get(DERIVED_VERSION);
  return { reportsVersion, derivedVersion, stale: reportsVersion !== derivedVersion };
}
