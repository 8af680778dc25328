// The DIALECTS list store tests run over: every store test file runs once per dialect.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../../src/store/open-store.ts";
import type { KyselyStore } from "../../src/store/kysely-store.ts";
import { withPostgres } from "./postgres.ts";

export const DIALECTS = ["sqlite", "postgres"] as const;
export type TestDialect = (typeof DIALECTS)[number];

export interface TestStore {
  store: KyselyStore;
  /** What to pass to openStore (or the CLI: --db FILE / DATABASE_URL) to reach the same store. */
  options: { db?: string; databaseUrl?: string };
  cleanup(): Promise<void>;
}

/** Options for an empty store of a dialect: a temp SQLite file or a fresh PostgreSQL database. */
export async function testStoreOptions(dialect: TestDialect): Promise<{ options: { db?: string; databaseUrl?: string }; cleanup(): Promise<void> }> {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "triangulate-db-"));
    return { options: { db: join(dir, "test.db") }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const database = await withPostgres();
  return { options: { databaseUrl: database.url }, cleanup: () => database.drop() };
}

export async function openTestStore(dialect: TestDialect): Promise<TestStore> {
  const { options, cleanup } = await testStoreOptions(dialect);
  const store = await openStore({ ...options, poolSize: 4 });
  let closed = false;
  return {
    store,
    options,
    cleanup: async () => {
      if (!closed) await store.close();
      closed = true;
      await cleanup();
    },
  };
}
