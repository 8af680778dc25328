// Reports: rows, full-text search, summaries, and the syndicated-copy links made when a report is stored.
import { sql, type Kysely, type SqlBool, type Transaction } from "kysely";
import type { DocMeta } from "../doc/document.ts";
import {
  copyDirection, copySimilarity, fingerprint, fingerprintOf, recentFingerprint, rememberFingerprint, type Fingerprint,
} from "../ingest/copies/copy-detector.ts";
import { MAX_CANDIDATES, type Candidate } from "./copy-candidates.ts";
import type { Database, Dialect, ReportsTable } from "./database.ts";
import { websearchToFts5 } from "./fts-query.ts";
import { chunks, parseRecord, toCount } from "./json.ts";
import type { ReportInfo, ReportSummary, StoredReport } from "./store.ts";

type Db = Kysely<Database> | Transaction<Database>;


export function reportRow(report: { id: string; text: string; hash: string; meta: DocMeta }, metaJson: string, ingestedAt: string): ReportsTable {
  const m = report.meta;
  return {
    id: report.id,
    text: report.text,
    hash: report.hash,
    title: m.title ?? null,
    url: m.url ?? null,
    published: m.published ?? null,
    outlet: m.outlet ?? null,
    agency: m.agency ?? null,
    path: m.path ?? null,
    meta: metaJson,
    ingested_at: ingestedAt,
  };
}

export async function copiesOf(db: Db, ids: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const part of chunks(ids, 500)) {
    if (part.length === 0) continue;
    const rows = await db.selectFrom("copies").select(["report_id", "copy_of"]).where("report_id", "in", part).orderBy("report_id").orderBy("copy_of").execute();
    for (const row of rows) out.get(row.report_id)?.push(row.copy_of);
  }
  return out;
}

export async function getReport(db: Db, id: string): Promise<StoredReport | null> {
  const row = await db.selectFrom("reports").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const copyOf = (await copiesOf(db, [id])).get(id) ?? [];
  return { id: row.id, text: row.text, hash: row.hash, meta: parseRecord<DocMeta>(row.meta), copyOf, ingestedAt: row.ingested_at };
}

function searchCondition(dialect: Dialect, q: string) {
  if (dialect === "postgres") return sql<SqlBool>`reports.tsv @@ websearch_to_tsquery('english', ${q})`;
  const fts = websearchToFts5(q);
  if (fts?.match) return sql<SqlBool>`reports.rowid in (select rowid from reports_fts where reports_fts match ${fts.match})`;
  return sql<SqlBool>`reports.rowid not in (select rowid from reports_fts where reports_fts match ${fts!.exclude})`;
}

/** On SQLite the full-text index counts a search's matches itself, without reading the reports; null elsewhere. */
async function countMatches(db: Db, dialect: Dialect, q: string): Promise<number | null> {
  const fts = dialect === "sqlite" ? websearchToFts5(q) : null;
  if (!fts?.match) return null;
  const { rows } = await sql<{ n: number }>`select count(*) as n from reports_fts where reports_fts match ${fts.match}`.execute(db);
  return toCount(rows[0]?.n ?? 0);
}

export async function listReports(db: Db, dialect: Dialect, opts: { q?: string; limit?: number; offset?: number }): Promise<{ total: number; items: ReportSummary[] }> {
  let base = db.selectFrom("reports");
  // A query with no word in it (only punctuation) looks for nothing, so it filters nothing, on both dialects.
  const searching = Boolean(opts.q && websearchToFts5(opts.q));
  if (searching) base = base.where(searchCondition(dialect, opts.q!.trim()));
  const total = (searching ? await countMatches(db, dialect, opts.q!.trim()) : null)
    ?? toCount((await base.select((eb) => eb.fn.countAll().as("total")).executeTakeFirstOrThrow()).total);
  const rows = await base
    .select(["reports.id", "reports.title", "reports.url", "reports.published", "reports.outlet", "reports.agency"])
    // Newest first; undated reports last.
    .orderBy(sql`case when reports.published is null then 1 else 0 end`)
    .orderBy("reports.published", "desc")
    .orderBy("reports.id")
    .limit(opts.limit ?? 50)
    .offset(opts.offset ?? 0)
    .execute();
  // Claim counts for the page only (a per-row subquery would count them for every match before the sort).
  const counts = new Map<string, number>();
  for (const part of chunks(rows.map((r) => r.id), 500)) {
    const found = await db.selectFrom("claims").select(["report_id", (eb) => eb.fn.countAll().as("n")]).where("report_id", "in", part).groupBy("report_id").execute();
    for (const c of found) counts.set(c.report_id, toCount(c.n));
  }
  const copies = await copiesOf(db, rows.map((r) => r.id));
  return {
    total,
    items: rows.map((r) => ({ ...r, claims: counts.get(r.id) ?? 0, copyOf: copies.get(r.id) ?? [] })),
  };
}

export async function reportInfos(db: Db, dialect: Dialect, withText: boolean): Promise<ReportInfo[]> {
  const columns = ["id", "published", "outlet", "agency", "title", "url"] as const;
  const rows: (Pick<ReportsTable, (typeof columns)[number]> & { text?: string })[] = withText
    ? await db.selectFrom("reports").select([...columns, "text"]).orderBy("id").execute()
    : await db.selectFrom("reports").select([...columns]).orderBy("id").execute();
  // One row per report with its links as a JSON array: a store of syndicated wires holds many times more links than
  // reports, and building a row object per link took most of this read (150,000 links: ~100 ms against ~35 ms).
  const aggregate = dialect === "postgres" ? sql<unknown>`json_agg(copy_of order by copy_of)` : sql<unknown>`json_group_array(copy_of order by copy_of)`;
  const links = await db.selectFrom("copies").select(["report_id", aggregate.as("copy_of")]).groupBy("report_id").execute();
  // SQLite returns the array as JSON text; pg parses json columns itself.
  const copyOf = new Map(links.map((l) => [l.report_id, (typeof l.copy_of === "string" ? JSON.parse(l.copy_of) : l.copy_of) as string[]]));
  return rows.map((r) => ({ ...r, copyOf: copyOf.get(r.id) ?? [] }));
}

/** Drops a report's band index and copy links in either direction (before it is re-linked with new text). */
export async function unlinkCopies(db: Db, id: string): Promise<void> {
  await db.deleteFrom("report_bands").where("report_id", "=", id).execute();
  await db.deleteFrom("copies").where((eb) => eb.or([eb("report_id", "=", id), eb("copy_of", "=", id)])).execute();
}

/** The key fingerprints are remembered under: the same id with other text is another fingerprint. */
const printKey = (id: string, hash: string) => `${id}\u0000${hash}`;

/**
 * Indexes a just-written report's LSH bands and links it with the stored reports it shares most of its text with:
 * exact same text (same hash) or verified shingle containment over the threshold among LSH candidates (looked up
 * here unless the caller already knows them: see copy-candidates.ts).
 */
export async function linkCopies(
  db: Db,
  report: { id: string; text: string; hash: string; published: string | null; outlet?: string | null; agency?: string | null },
  fp: Fingerprint = fingerprint(report.text),
  known: Candidate[] | null = null,
): Promise<void> {
  // The report just stored is the likeliest candidate of the next ones (a batch of similar reports).
  rememberFingerprint(printKey(report.id, report.hash), fp);
  for (const part of chunks([...new Set(fp.bands)], 500)) {
    await db.insertInto("report_bands").values(part.map((band) => ({ report_id: report.id, band }))).execute();
  }
  const links = new Map<string, { published: string | null; outlet: string | null; agency: string | null; similarity: number }>();
  const same = await db.selectFrom("reports").select(["id", "published", "outlet", "agency"]).where("hash", "=", report.hash).where("id", "!=", report.id).execute();
  for (const r of same) links.set(r.id, { ...r, similarity: 1 });
  if (fp.bands.length) {
    const candidates = known ?? (await db.selectFrom("report_bands")
      .select(["report_id as id", (eb) => eb.fn.countAll().as("shared")])
      .where("band", "in", fp.bands)
      .where("report_id", "!=", report.id)
      .groupBy("report_id")
      .orderBy("shared", "desc")
      .orderBy("report_id")
      .limit(MAX_CANDIDATES)
      .execute());
    const unseen = candidates.map((c) => c.id).filter((id) => !links.has(id));
    if (unseen.length) {
      const others = await db.selectFrom("reports").select(["id", "hash", "published", "outlet", "agency"]).where("id", "in", unseen).execute();
      const prints = new Map<string, Fingerprint>();
      for (const other of others) {
        const hit = recentFingerprint(printKey(other.id, other.hash));
        if (hit) prints.set(other.id, hit);
      }
      // Texts are read only for candidates not fingerprinted lately.
      const missing = others.filter((o) => !prints.has(o.id)).map((o) => o.id);
      if (missing.length) {
        for (const t of await db.selectFrom("reports").select(["id", "text", "hash"]).where("id", "in", missing).execute()) {
          prints.set(t.id, fingerprintOf(printKey(t.id, t.hash), t.text));
        }
      }
      for (const other of others) {
        const print = prints.get(other.id);
        const similarity = print ? copySimilarity(fp, print) : null;
        if (similarity !== null) links.set(other.id, { published: other.published, outlet: other.outlet, agency: other.agency, similarity });
      }
    }
  }
  if (links.size === 0) return;
  const me = { id: report.id, published: report.published, outlet: report.outlet ?? null, agency: report.agency ?? null };
  const rows = [...links].map(([id, other]) => {
    // (The stored report was there first: on the same day, and neither the agency's own story, it is the original.)
    const { copy, original } = copyDirection(me, { id, published: other.published, outlet: other.outlet, agency: other.agency }, "b");
    return { report_id: copy.id, copy_of: original.id, similarity: other.similarity };
  });
  for (const part of chunks(rows, 300)) {
    await db.insertInto("copies").values(part).onConflict((oc) => oc.columns(["report_id", "copy_of"]).doNothing()).execute();
  }
}
