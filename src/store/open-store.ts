// Opens the store: SQLite file by default, PostgreSQL when a database URL is given; migrations run on open.
import SqliteDatabase from "better-sqlite3";
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase as KyselySqliteDatabase } from "kysely";
import { resolve } from "node:path";
import pg from "pg";
import type { Database, Dialect } from "./database.ts";
import { KyselyStore } from "./kysely-store.ts";
import { migrationProvider } from "./migrations.ts";

import { DEFAULT_DB_FILE } from "./defaults.ts";

export { DEFAULT_DB_FILE };

export interface OpenStoreOptions {
  /** SQLite file (default ./triangulate.db). Ignored when databaseUrl is set. */
  db?: string;
  /** postgres://… URL; selects PostgreSQL. */
  databaseUrl?: string;
  /** PostgreSQL pool size. */
  poolSize?: number;
}

// PostgreSQL's bigint (count(*)) and numeric come back as strings; counts here fit in a double.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

function sqliteKysely(file: string): Kysely<Database> {
  let database: SqliteDatabase.Database;
  try {
    database = new SqliteDatabase(file);
  } catch (error) {
    throw new Error(`cannot open SQLite database ${file}: ${(error as Error).message}`);
  }
  database.pragma("journal_mode = WAL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 10000");
  // WAL with synchronous=NORMAL survives a killed process (not a power cut) and writes much faster.
  database.pragma("synchronous = NORMAL");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(database) }) });
}

/** Prepared statements kept per SQL text: an ingest runs the same few dozen statements thousands of times. */
const STATEMENT_CACHE = 200;

/**
 * The database as Kysely sees it, with `prepare` answering from a cache. Kysely runs one statement at a time on its
 * single SQLite connection, so a cached statement is never in use twice; one still busy (a stream read) is not reused.
 */
function reusingStatements(database: SqliteDatabase.Database): KyselySqliteDatabase {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(text: string) {
      const hit = cache.get(text);
      if (hit && !hit.busy) {
        cache.delete(text);
        cache.set(text, hit); // most recently used last
        return hit;
      }
      const statement = database.prepare(text);
      cache.set(text, statement);
      if (cache.size > STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

function postgresKysely(url: string, poolSize: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: migrationProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === "Error")?.migrationName;
    throw new Error(`store migration ${failed ?? ""} failed: ${(error as Error).message ?? error}`);
  }
}

export async function openStore(options: OpenStoreOptions = {}): Promise<KyselyStore> {
  const dialect: Dialect = options.databaseUrl ? "postgres" : "sqlite";
  const db = dialect === "postgres" ? postgresKysely(options.databaseUrl!, options.poolSize ?? 10) : sqliteKysely(options.db ?? DEFAULT_DB_FILE);
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const file = dialect === "sqlite" ? resolve(options.db ?? DEFAULT_DB_FILE) : undefined;
  // An in-memory database cannot be opened by another connection.
  return new KyselyStore(db, dialect, undefined, file && !/^:memory:$|^$/.test(options.db ?? DEFAULT_DB_FILE) ? file : undefined);
}
