// The Store over a Kysely handle: the same repositories serve SQLite and PostgreSQL.
import type { Kysely } from "kysely";
import type { Claim, DocMeta, EntityMention } from "../doc/document.ts";
import * as claimsRepo from "./claims.repository.ts";
import type { Database, Dialect } from "./database.ts";
import * as derivedRepo from "./derived.repository.ts";
import { parseRecord, stableStringify, toCount } from "./json.ts";
import { countPendingJobs } from "./pending-jobs.ts";
import * as reportsRepo from "./reports.repository.ts";
import { fingerprint } from "../ingest/copies/copy-detector.ts";
import { bumpReportsVersion, DERIVED_VERSION, derivedState, lockKeys, setCounter } from "./state.repository.ts";
import type {
  ClaimFilter, DerivedState, EntityRecord, Extraction, FigureRecord, ReportInfo, ReportSummary, Stats, Store, StoredReport,
} from "./store.ts";

export class KyselyStore implements Store {
  constructor(readonly db: Kysely<Database>, readonly dialect: Dialect, private readonly onClose: () => Promise<void> = async () => {}) {}

  async putReport(report: Omit<StoredReport, "copyOf" | "ingestedAt">, extraction: Extraction): Promise<"inserted" | "updated" | "unchanged"> {
    const metaJson = stableStringify(report.meta ?? {});
    const unchanged = (row: { hash: string; meta: string } | undefined) => row !== undefined && row.hash === report.hash && row.meta === metaJson;
    // Checked first outside a transaction so an unchanged report costs one read and no writes.
    const before = await this.db.selectFrom("reports").select(["hash", "meta"]).where("id", "=", report.id).executeTakeFirst();
    if (unchanged(before)) return "unchanged";
    const fp = fingerprint(report.text);
    return this.db.transaction().execute(async (trx) => {
      await lockKeys(trx, this.dialect, [`id:${report.id}`, `hash:${report.hash}`, ...fp.bands.map((b) => `band:${b}`)]);
      // A write first: SQLite then holds the write lock for the whole transaction (no deadlocked upgrade later).
      await bumpReportsVersion(trx, this.dialect);
      const existing = await trx.selectFrom("reports").select(["hash", "meta"]).where("id", "=", report.id).executeTakeFirst();
      // Another writer stored the same report meanwhile: nothing to do (the version bump only costs a recompute).
      if (unchanged(existing)) return "unchanged";
      const row = reportsRepo.reportRow(report, metaJson, new Date().toISOString());
      if (existing) {
        await claimsRepo.deleteExtraction(trx, report.id);
        await reportsRepo.unlinkCopies(trx, report.id);
        await trx.updateTable("reports").set(row).where("id", "=", report.id).execute();
      } else {
        await trx.insertInto("reports").values(row).execute();
      }
      await claimsRepo.insertClaims(trx, report.id, extraction.claims);
      await claimsRepo.insertMentions(trx, report.id, extraction.entities);
      await reportsRepo.linkCopies(trx, { id: report.id, text: report.text, hash: report.hash, published: row.published }, fp);
      return existing ? "updated" : "inserted";
    });
  }

  async getReport(id: string): Promise<(StoredReport & { claims: Claim[]; entities: EntityMention[] }) | null> {
    const report = await reportsRepo.getReport(this.db, id);
    if (!report) return null;
    return { ...report, claims: await claimsRepo.claimsOf(this.db, id), entities: await claimsRepo.mentionsOf(this.db, id) };
  }

  async findReportVersion(id: string): Promise<{ hash: string; meta: DocMeta } | null> {
    const row = await this.db.selectFrom("reports").select(["hash", "meta"]).where("id", "=", id).executeTakeFirst();
    return row ? { hash: row.hash, meta: parseRecord<DocMeta>(row.meta) } : null;
  }

  listReports(opts: { q?: string; limit?: number; offset?: number }): Promise<{ total: number; items: ReportSummary[] }> {
    return reportsRepo.listReports(this.db, this.dialect, opts);
  }

  listClaims(filter: ClaimFilter): Promise<{ total: number; items: Claim[] }> {
    return claimsRepo.listClaims(this.db, filter);
  }

  reportInfos(opts: { withText?: boolean } = {}): Promise<ReportInfo[]> {
    return reportsRepo.reportInfos(this.db, opts.withText ?? false);
  }

  mentionsByReport(): Promise<{ id: string; entities: EntityMention[] }[]> {
    return claimsRepo.mentionsByReport(this.db);
  }

  async replaceEntities(entities: EntityRecord[]): Promise<void> {
    await this.db.transaction().execute((trx) => derivedRepo.replaceEntities(trx, entities));
  }

  async replaceFigures(figures: FigureRecord[]): Promise<void> {
    await this.db.transaction().execute((trx) => derivedRepo.replaceFigures(trx, figures));
  }

  async replaceDerived(derived: { entities: EntityRecord[]; figures: FigureRecord[]; reportsVersion: number }): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await setCounter(trx, DERIVED_VERSION, derived.reportsVersion);
      await derivedRepo.replaceEntities(trx, derived.entities);
      await derivedRepo.replaceFigures(trx, derived.figures);
    });
  }

  derivedState(): Promise<DerivedState> {
    return derivedState(this.db, this.dialect);
  }

  listEntities(opts: { type?: string; q?: string; limit?: number; offset?: number } = {}): Promise<{ total: number; items: EntityRecord[] }> {
    return derivedRepo.listEntities(this.db, opts);
  }

  getEntity(id: string): Promise<EntityRecord | null> {
    return derivedRepo.getEntity(this.db, id);
  }

  listFigures(opts: { category?: string; limit?: number; offset?: number } = {}): Promise<{ total: number; items: FigureRecord[] }> {
    return derivedRepo.listFigures(this.db, opts);
  }

  getFigure(id: string): Promise<FigureRecord | null> {
    return derivedRepo.getFigure(this.db, id);
  }

  async stats(): Promise<Stats> {
    const count = async (table: "reports" | "claims" | "entities" | "figures") =>
      toCount((await this.db.selectFrom(table).select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow()).n);
    return {
      documents: await count("reports"),
      claims: await count("claims"),
      entities: await count("entities"),
      figures: await count("figures"),
      pending: await countPendingJobs(this.db, this.dialect),
    };
  }

  async close(): Promise<void> {
    await this.db.destroy();
    await this.onClose();
  }
}
