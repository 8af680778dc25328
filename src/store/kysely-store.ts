// The Store over a Kysely handle: the same repositories serve SQLite and PostgreSQL.
import { sql, type Kysely, type Transaction } from "kysely";
import type { Claim, DocMeta, EntityMention } from "../doc/document.ts";
import * as claimsRepo from "./claims.repository.ts";
import type { Database, Dialect } from "./database.ts";
import * as derivedRepo from "./derived.repository.ts";
import { chunks, parseRecord, stableStringify, toCount } from "./json.ts";
import { countPendingJobs } from "./pending-jobs.ts";
import * as reportsRepo from "./reports.repository.ts";
import { fingerprint } from "../ingest/copies/copy-detector.ts";
import { WriteLog } from "./copy-candidates.ts";
import { bumpReportsVersion, DERIVED_VERSION, derivedState, lockKeys, REPORTS_VERSION, setCounter } from "./state.repository.ts";
import type {
  ClaimFilter, DerivedState, EntityRecord, Extraction, FigureRecord, PutOutcome, ReportInfo, ReportSummary, ReportToStore, Stats, Store,
  StoredReport,
} from "./store.ts";

type StoredStatus = "inserted" | "updated" | "unchanged";

function isUnchanged(row: { hash: string; meta: string } | undefined, hash: string, metaJson: string): boolean {
  return row !== undefined && row.hash === hash && row.meta === metaJson;
}

/** The batch being written: its reports_version and the bands of the reports it wrote so far (copy-candidates.ts). */
interface BatchState {
  version: number;
  written: Map<string, string[]>;
}

export class KyselyStore implements Store {
  /** This writer's recent batches, to bring copy-candidate hints from worker threads up to date. */
  private readonly writeLog = new WriteLog();
  /** How many copy-candidate hints were used, and how many set aside for the writer's own lookup. */
  readonly candidateHints = { used: 0, setAside: 0 };

  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: Dialect,
    private readonly onClose: () => Promise<void> = async () => {},
    readonly sqliteFile?: string,
  ) {}

  async putReport(report: Omit<StoredReport, "copyOf" | "ingestedAt">, extraction: Extraction): Promise<StoredStatus> {
    const metaJson = stableStringify(report.meta ?? {});
    // Checked first outside a transaction so an unchanged report costs one read and no writes.
    const before = await this.db.selectFrom("reports").select(["hash", "meta"]).where("id", "=", report.id).executeTakeFirst();
    if (isUnchanged(before, report.hash, metaJson)) return "unchanged";
    const fp = extraction.fingerprint ?? fingerprint(report.text);
    // Written outside a batch: copy-candidate hints from before it can no longer be brought up to date.
    this.writeLog.clear();
    return this.db.transaction().execute(async (trx) => {
      await lockKeys(trx, this.dialect, [`id:${report.id}`, `hash:${report.hash}`, ...fp.bands.map((b) => `band:${b}`)]);
      // A write first: SQLite then holds the write lock for the whole transaction (no deadlocked upgrade later).
      await bumpReportsVersion(trx, this.dialect);
      return this.writeReport(trx, { report, extraction: { ...extraction, fingerprint: fp } }, metaJson);
    });
  }

  async putReports(items: ReportToStore[]): Promise<PutOutcome[]> {
    // PostgreSQL has many writers at once: one short transaction per report keeps its advisory locks brief.
    if (this.dialect === "postgres") {
      const outcomes: PutOutcome[] = [];
      for (const { report, extraction } of items) {
        try {
          outcomes.push({ status: await this.putReport(report, extraction) });
        } catch (e) {
          outcomes.push({ status: "failed", message: (e as Error).message });
        }
      }
      return outcomes;
    }
    const metaJsons = items.map((item) => stableStringify(item.report.meta ?? {}));
    const outcomes: (PutOutcome | undefined)[] = new Array(items.length);
    // Unchanged reports cost one read for the whole batch and no writes.
    const before = new Map<string, { hash: string; meta: string }>();
    for (const part of chunks([...new Set(items.map((i) => i.report.id))], 500)) {
      for (const row of await this.db.selectFrom("reports").select(["id", "hash", "meta"]).where("id", "in", part).execute()) before.set(row.id, row);
    }
    const toWrite = items.map((_, i) => i).filter((i) => {
      const unchanged = isUnchanged(before.get(items[i]!.report.id), items[i]!.report.hash, metaJsons[i]!);
      if (unchanged) outcomes[i] = { status: "unchanged" };
      return !unchanged;
    });
    if (toWrite.length) {
      try {
        const batch = await this.db.transaction().execute(async (trx) => {
          await bumpReportsVersion(trx, this.dialect);
          const version = await trx.selectFrom("store_state").select("value").where("key", "=", REPORTS_VERSION).executeTakeFirst();
          const state: BatchState = { version: Number(version?.value ?? 0), written: new Map() };
          for (const i of toWrite) {
            // Each report under its own savepoint: one that fails is undone alone and the batch goes on.
            await sql`savepoint put_report`.execute(trx);
            try {
              const status = await this.writeReport(trx, items[i]!, metaJsons[i]!, state);
              outcomes[i] = { status };
            } catch (e) {
              await sql`rollback to savepoint put_report`.execute(trx);
              outcomes[i] = { status: "failed", message: (e as Error).message };
            }
            await sql`release savepoint put_report`.execute(trx);
          }
          return state;
        });
        this.writeLog.committed(batch.version, batch.written);
      } catch (e) {
        // The commit itself failed (disk full, I/O error): nothing of the batch is stored.
        for (const i of toWrite) outcomes[i] = { status: "failed", message: (e as Error).message };
      }
    }
    return outcomes as PutOutcome[];
  }

  /** Writes one report, its extraction and its copy links inside a transaction that already holds the write lock. */
  private async writeReport(trx: Transaction<Database>, { report, extraction }: ReportToStore, metaJson: string, batch?: BatchState): Promise<StoredStatus> {
    const existing = await trx.selectFrom("reports").select(["hash", "meta"]).where("id", "=", report.id).executeTakeFirst();
    // Another writer stored the same report meanwhile: nothing to do (the version bump only costs a recompute).
    if (isUnchanged(existing, report.hash, metaJson)) return "unchanged";
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
    const fp = extraction.fingerprint ?? fingerprint(report.text);
    // Candidates a worker looked up, when they can be brought up to date exactly; else linkCopies queries them.
    const known = batch && extraction.candidates ? this.writeLog.resolve(extraction.candidates, batch.version, batch.written, report.id, fp.bands) : null;
    if (extraction.candidates) this.candidateHints[known ? "used" : "setAside"]++;
    await reportsRepo.linkCopies(trx, { id: report.id, text: report.text, hash: report.hash, published: row.published, outlet: row.outlet, agency: row.agency }, fp, known);
    // Recorded last: a report whose write fails is rolled back to its savepoint and was never written.
    batch?.written.set(report.id, [...new Set(fp.bands)]);
    return existing ? "updated" : "inserted";
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
    return reportsRepo.reportInfos(this.db, this.dialect, opts.withText ?? false);
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

  /**
   * One statement for every count: each is a count over an index (SQLite counts a whole index or a range of it far
   * faster than it groups one: 1M claims, 9 category counts 25 ms against 40 ms for a GROUP BY).
   */
  async stats(opts: { categories?: readonly string[] } = {}): Promise<Stats> {
    const categories = opts.categories ?? [];
    const counts = await this.db.selectNoFrom((eb) => [
      eb.selectFrom("reports").select((e) => e.fn.countAll().as("n")).as("documents"),
      eb.selectFrom("claims").select((e) => e.fn.countAll().as("n")).as("claims"),
      eb.selectFrom("entities").select((e) => e.fn.countAll().as("n")).as("entities"),
      eb.selectFrom("figures").select((e) => e.fn.countAll().as("n")).as("figures"),
      ...categories.map((category, i) => eb.selectFrom("claims").where("category", "=", category).select((e) => e.fn.countAll().as("n")).as(`c${i}`)),
    ]).executeTakeFirstOrThrow() as Record<string, unknown>;
    const stats: Stats = {
      documents: toCount(counts.documents),
      claims: toCount(counts.claims),
      entities: toCount(counts.entities),
      figures: toCount(counts.figures),
      pending: await countPendingJobs(this.db, this.dialect),
    };
    if (opts.categories) stats.byCategory = Object.fromEntries(categories.map((category, i) => [category, toCount(counts[`c${i}`])]));
    return stats;
  }

  async close(): Promise<void> {
    await this.db.destroy();
    await this.onClose();
  }
}
