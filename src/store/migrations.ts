// Schema migrations kept in code, portable across SQLite and PostgreSQL; full-text search is the one dialect override.
import { sql, type Kysely, type Migration, type MigrationProvider } from "kysely";
import type { Dialect } from "./database.ts";

// Kysely migrations are untyped on purpose: they describe the schema at a point in history.
type AnyDb = Kysely<any>;

function initialSchema(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema.createTable("reports")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("hash", "text", (c) => c.notNull())
        .addColumn("title", "text")
        .addColumn("url", "text")
        .addColumn("published", "text")
        .addColumn("outlet", "text")
        .addColumn("agency", "text")
        .addColumn("path", "text")
        .addColumn("meta", "text", (c) => c.notNull())
        .addColumn("ingested_at", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("reports_hash").on("reports").column("hash").execute();
      await db.schema.createIndex("reports_published").on("reports").columns(["published", "id"]).execute();

      await db.schema.createTable("claims")
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id").onDelete("cascade"))
        .addColumn("ordinal", "integer", (c) => c.notNull())
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("category", "text", (c) => c.notNull())
        .addColumn("value", "double precision")
        .addColumn("low", "double precision")
        .addColumn("high", "double precision")
        .addColumn("qualifier", "text", (c) => c.notNull())
        .addColumn("subject", "text", (c) => c.notNull())
        .addColumn("source_name", "text")
        .addColumn("source_org", "text")
        .addColumn("place_name", "text")
        .addColumn("lat", "double precision")
        .addColumn("lon", "double precision")
        .addColumn("time_start", "text")
        .addColumn("time_end", "text")
        .addColumn("record", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("claims_pk", ["report_id", "ordinal"])
        .execute();
      await db.schema.createIndex("claims_category").on("claims").column("category").execute();
      await db.schema.createIndex("claims_time").on("claims").columns(["time_start", "time_end"]).execute();

      await db.schema.createTable("entity_mentions")
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id").onDelete("cascade"))
        .addColumn("ordinal", "integer", (c) => c.notNull())
        .addColumn("span_start", "integer", (c) => c.notNull())
        .addColumn("span_end", "integer", (c) => c.notNull())
        .addColumn("text", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("canonical", "text", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("entity_mentions_pk", ["report_id", "ordinal"])
        .execute();

      await db.schema.createTable("copies")
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id").onDelete("cascade"))
        .addColumn("copy_of", "text", (c) => c.notNull().references("reports.id").onDelete("cascade"))
        .addColumn("similarity", "double precision", (c) => c.notNull())
        .addPrimaryKeyConstraint("copies_pk", ["report_id", "copy_of"])
        .execute();
      await db.schema.createIndex("copies_copy_of").on("copies").column("copy_of").execute();

      await db.schema.createTable("report_bands")
        .addColumn("report_id", "text", (c) => c.notNull().references("reports.id").onDelete("cascade"))
        .addColumn("band", "text", (c) => c.notNull())
        .addPrimaryKeyConstraint("report_bands_pk", ["report_id", "band"])
        .execute();
      await db.schema.createIndex("report_bands_band").on("report_bands").column("band").execute();

      await db.schema.createTable("entities")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("name", "text", (c) => c.notNull())
        .addColumn("type", "text", (c) => c.notNull())
        .addColumn("ordinal", "integer", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .execute();
      await db.schema.createIndex("entities_type").on("entities").column("type").execute();

      await db.schema.createTable("figures")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("category", "text", (c) => c.notNull())
        .addColumn("ordinal", "integer", (c) => c.notNull())
        .addColumn("record", "text", (c) => c.notNull())
        .execute();

      await db.schema.createTable("store_state")
        .addColumn("key", "text", (c) => c.primaryKey())
        .addColumn("value", "text", (c) => c.notNull())
        .execute();

      if (dialect === "sqlite") {
        // External-content FTS5 index over reports, kept in step by triggers.
        await sql`CREATE VIRTUAL TABLE reports_fts USING fts5(title, text, content='reports', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
        await sql`CREATE TRIGGER reports_fts_insert AFTER INSERT ON reports BEGIN
          INSERT INTO reports_fts(rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text); END`.execute(db);
        await sql`CREATE TRIGGER reports_fts_delete AFTER DELETE ON reports BEGIN
          INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.rowid, coalesce(old.title, ''), old.text); END`.execute(db);
        await sql`CREATE TRIGGER reports_fts_update AFTER UPDATE ON reports BEGIN
          INSERT INTO reports_fts(reports_fts, rowid, title, text) VALUES ('delete', old.rowid, coalesce(old.title, ''), old.text);
          INSERT INTO reports_fts(rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), new.text); END`.execute(db);
      } else {
        await sql`ALTER TABLE reports ADD COLUMN tsv tsvector GENERATED ALWAYS AS
          (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED`.execute(db);
        await sql`CREATE INDEX reports_tsv ON reports USING GIN (tsv)`.execute(db);
      }
    },
    async down(db: AnyDb) {
      for (const table of ["store_state", "figures", "entities", "report_bands", "copies", "entity_mentions", "claims"]) {
        await db.schema.dropTable(table).ifExists().execute();
      }
      if (dialect === "sqlite") await sql`DROP TABLE IF EXISTS reports_fts`.execute(db);
      await db.schema.dropTable("reports").ifExists().execute();
    },
  };
}

/**
 * PostgreSQL runs putReport from many workers at once: the reports version comes from a sequence (no row every
 * writer waits on) instead of a counter row. SQLite has one writer at a time and keeps the row.
 */
function concurrentVersions(dialect: Dialect): Migration {
  return {
    async up(db: AnyDb) {
      if (dialect !== "postgres") return;
      await sql`CREATE SEQUENCE IF NOT EXISTS reports_version_seq`.execute(db);
      // Carry over any count already kept in the row, so derived state stays comparable.
      await sql`SELECT setval('reports_version_seq', greatest(1, coalesce((SELECT cast(value as bigint) FROM store_state WHERE key = 'reports_version'), 0)),
        (SELECT count(*) > 0 FROM store_state WHERE key = 'reports_version'))`.execute(db);
    },
    async down(db: AnyDb) {
      if (dialect === "postgres") await sql`DROP SEQUENCE IF EXISTS reports_version_seq`.execute(db);
    },
  };
}

/** Claims of one category in page order (the API's ?category= lists) without sorting them all first. */
function claimsByCategory(): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema.createIndex("claims_category_order").ifNotExists().on("claims").columns(["category", "report_id", "ordinal"]).execute();
    },
    async down(db: AnyDb) {
      await db.schema.dropIndex("claims_category_order").ifExists().execute();
    },
  };
}

/**
 * Copy candidates are looked up by band and counted by report: an index on both answers that from the index alone
 * (no table read per matching row; on 3,200 similar reports the lookup took half the time). It replaces the
 * band-only index.
 */
function bandsCoveringIndex(): Migration {
  return {
    async up(db: AnyDb) {
      await db.schema.createIndex("report_bands_band_report").ifNotExists().on("report_bands").columns(["band", "report_id"]).execute();
      await db.schema.dropIndex("report_bands_band").ifExists().execute();
    },
    async down(db: AnyDb) {
      await db.schema.createIndex("report_bands_band").ifNotExists().on("report_bands").column("band").execute();
      await db.schema.dropIndex("report_bands_band_report").ifExists().execute();
    },
  };
}

/**
 * All migrations, in order of their names. Others add theirs here (e.g. "0002_jobs" for a SQLite queue);
 * names sort lexically, so keep the numeric prefix.
 */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    "0001_initial": initialSchema(dialect),
    "0002_concurrent_versions": concurrentVersions(dialect),
    "0003_claims_by_category": claimsByCategory(),
    "0004_report_bands_covering": bandsCoveringIndex(),
  };
}

export function migrationProvider(dialect: Dialect): MigrationProvider {
  return { getMigrations: async () => migrations(dialect) };
}
