// Cross-report entities and figures: recomputed from all stored reports and saved as a whole.
import { sql, type Kysely, type SqlBool, type Transaction } from "kysely";
import type { Database } from "./database.ts";
import { chunks, parseRecord, toCount } from "./json.ts";
import type { EntityRecord, FigureRecord } from "./store.ts";

type Db = Kysely<Database> | Transaction<Database>;

export async function replaceEntities(db: Db, entities: EntityRecord[]): Promise<void> {
  await db.deleteFrom("entities").execute();
  const rows = entities.map((e, ordinal) => ({ id: e.id, name: e.name, type: e.type, ordinal, record: JSON.stringify(e) }));
  for (const part of chunks(rows, 500)) await db.insertInto("entities").values(part).execute();
}

export async function replaceFigures(db: Db, figures: FigureRecord[]): Promise<void> {
  await db.deleteFrom("figures").execute();
  const rows = figures.map((f, ordinal) => ({ id: f.id, category: f.category, ordinal, record: JSON.stringify(f) }));
  for (const part of chunks(rows, 500)) await db.insertInto("figures").values(part).execute();
}

const contains = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listEntities(db: Db, opts: { type?: string; q?: string; limit?: number; offset?: number }): Promise<{ total: number; items: EntityRecord[] }> {
  let base = db.selectFrom("entities");
  if (opts.type) base = base.where("type", "=", opts.type);
  // The record holds the name, aliases and mention texts, so a search finds an entity by any spelling.
  if (opts.q) base = base.where(sql<SqlBool>`lower(record) like ${contains(opts.q)} escape '\\'`);
  const { total } = await base.select((eb) => eb.fn.countAll().as("total")).executeTakeFirstOrThrow();
  let query = base.select("record").orderBy("ordinal");
  if (opts.limit !== undefined || opts.offset) query = query.limit(opts.limit ?? Number.MAX_SAFE_INTEGER).offset(opts.offset ?? 0);
  const rows = await query.execute();
  return { total: toCount(total), items: rows.map((r) => parseRecord<EntityRecord>(r.record)) };
}

export async function getEntity(db: Db, id: string): Promise<EntityRecord | null> {
  const row = await db.selectFrom("entities").select("record").where("id", "=", id).executeTakeFirst();
  return row ? parseRecord<EntityRecord>(row.record) : null;
}

export async function listFigures(db: Db, opts: { category?: string; limit?: number; offset?: number }): Promise<{ total: number; items: FigureRecord[] }> {
  let base = db.selectFrom("figures");
  if (opts.category) base = base.where("category", "=", opts.category);
  const { total } = await base.select((eb) => eb.fn.countAll().as("total")).executeTakeFirstOrThrow();
  let query = base.select("record").orderBy("ordinal");
  if (opts.limit !== undefined || opts.offset) query = query.limit(opts.limit ?? Number.MAX_SAFE_INTEGER).offset(opts.offset ?? 0);
  const rows = await query.execute();
  return { total: toCount(total), items: rows.map((r) => parseRecord<FigureRecord>(r.record)) };
}

export async function getFigure(db: Db, id: string): Promise<FigureRecord | null> {
  const row = await db.selectFrom("figures").select("record").where("id", "=", id).executeTakeFirst();
  return row ? parseRecord<FigureRecord>(row.record) : null;
}
