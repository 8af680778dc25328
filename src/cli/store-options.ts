// The store options every command that reads or writes the database shares: --db FILE, or DATABASE_URL.
import type { Command } from "commander";
import { DEFAULT_DB_FILE } from "../store/defaults.ts";
import type { KyselyStore } from "../store/kysely-store.ts";

export interface StoreFlags {
  db?: string;
}

/** Adds --db to a command. */
export function addStoreOptions(command: Command): Command {
  return command.option("--db <file>", `SQLite database file (default ${DEFAULT_DB_FILE}; PostgreSQL when DATABASE_URL is set)`);
}

/** Opens the store a command's options name: DATABASE_URL (PostgreSQL) wins, else --db, else ./triangulate.db. */
export async function openStoreFromOptions(opts: StoreFlags, env: NodeJS.ProcessEnv = process.env): Promise<KyselyStore> {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  // Loaded on use: database drivers are slow to import and most commands never need them.
  const { openStore } = await import("../store/open-store.ts");
  return openStore({ db: opts.db ?? DEFAULT_DB_FILE, databaseUrl });
}

/** Runs `fn` with an open store and always closes it. */
export async function withStore<T>(opts: StoreFlags, fn: (store: KyselyStore) => Promise<T>): Promise<T> {
  const store = await openStoreFromOptions(opts);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
