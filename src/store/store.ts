// The store: one typed interface over SQLite (default) and PostgreSQL (DATABASE_URL); kysely-store.ts
// implements it for both dialects, and the CLI, the API and the workers only ever see this interface.
import type { ReportInfo } from "../reconcile/report-info.ts";
import type { Claim, DocMeta, EntityMention } from "../doc/document.ts";
import type { Fingerprint } from "../ingest/copies/copy-detector.ts";
import type { CandidateHint } from "./copy-candidates.ts";

export interface StoredReport {
  id: string;
  text: string;
  meta: DocMeta;
  /** sha256 of the text: detects unchanged re-ingests and exact copies. */
  hash: string;
  /** Ids of other reports this one is a syndicated copy of (shares most of its text). */
  copyOf: string[];
  ingestedAt: string;
}

export interface ReportSummary {
  id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  outlet: string | null;
  agency: string | null;
  claims: number;
  copyOf: string[];
}

export interface EntityRecord {
  id: string;
  name: string;
  type: "person" | "org" | "place";
  aliases: string[];
  lat: number | null;
  lon: number | null;
  precision: string | null;
  mentions: { doc: string; span: [number, number]; text: string }[];
}

export interface FigureHistoryPoint {
  date: string | null;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  source: string | null;
  outlet: string | null;
  doc: string;
  span: [number, number];
  independent: boolean;
}

export interface FigureRecord {
  id: string;
  category: string;
  subject: string;
  place: { name: string; lat: number | null; lon: number | null } | null;
  low: number | null;
  best: number | null;
  high: number | null;
  grade: "single source" | "corroborated" | "contested";
  latest: { value: number | null; date: string | null } | null;
  members: { doc: string; span: [number, number] }[];
  history: FigureHistoryPoint[];
  conflicts: string[];
}

export interface ClaimFilter {
  category?: string;
  place?: string;
  entity?: string;
  source?: string;
  outlet?: string;
  doc?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface Stats {
  documents: number;
  claims: number;
  entities: number;
  figures: number;
  pending: number;
  /** Claims in each category asked for. */
  byCategory?: Record<string, number>;
}

/** What the figures reconciler needs to know about each report: one shape, defined beside the reconciler. */
export type { ReportInfo };

/** Whether the cross-report entities/figures reflect every stored report (see replaceDerived). */
export interface DerivedState {
  /** Bumped by every putReport that changes something. */
  reportsVersion: number;
  /** The reportsVersion the saved entities/figures were computed from. */
  derivedVersion: number;
  stale: boolean;
}

export interface Extraction {
  claims: Claim[];
  entities: EntityMention[];
  /** The text's copy-detection fingerprint when the extractor made it (in a worker thread); else the store does. */
  fingerprint?: Fingerprint;
  /** Copy candidates a worker thread looked up on its own SQLite connection (the writer checks they are current). */
  candidates?: CandidateHint | null;
}

/** One report and its extraction, as putReports takes them. */
export interface ReportToStore {
  report: Omit<StoredReport, "copyOf" | "ingestedAt">;
  extraction: Extraction;
}

/** What putReports did with one report: a failed one was rolled back alone, the others are stored. */
export type PutOutcome = { status: "inserted" | "updated" | "unchanged" } | { status: "failed"; message: string };

export interface Store {
  readonly dialect: "sqlite" | "postgres";
  /** The SQLite file, which other threads may open read-only (copy candidates); undefined on PostgreSQL or in memory. */
  readonly sqliteFile?: string;
  /** Stores a report and its extraction in one transaction; replaces an older extraction of the same id. */
  putReport(report: Omit<StoredReport, "copyOf" | "ingestedAt">, extraction: Extraction): Promise<"inserted" | "updated" | "unchanged">;
  /**
   * Stores reports in order, as putReport would one by one, but several per transaction where the dialect gains by
   * it (SQLite: one commit for the batch). A report that fails is rolled back alone and returned as failed.
   */
  putReports(items: ReportToStore[]): Promise<PutOutcome[]>;
  getReport(id: string): Promise<(StoredReport & { claims: Claim[]; entities: EntityMention[] }) | null>;
  listReports(opts: { q?: string; limit?: number; offset?: number }): Promise<{ total: number; items: ReportSummary[] }>;
  listClaims(filter: ClaimFilter): Promise<{ total: number; items: Claim[] }>;
  /** Cross-report entities and figures are recomputed from stored claims and saved as a whole. */
  replaceEntities(entities: EntityRecord[]): Promise<void>;
  listEntities(opts?: { type?: string; q?: string; limit?: number; offset?: number }): Promise<{ total: number; items: EntityRecord[] }>;
  replaceFigures(figures: FigureRecord[]): Promise<void>;
  listFigures(opts?: { category?: string; limit?: number; offset?: number }): Promise<{ total: number; items: FigureRecord[] }>;
  getFigure(id: string): Promise<FigureRecord | null>;
  /** Store-wide counts, and claims per category for the categories given (all in one statement). */
  stats(opts?: { categories?: readonly string[] }): Promise<Stats>;
  close(): Promise<void>;

  /** The stored hash and metadata of a report, to skip extraction when neither changed. */
  findReportVersion(id: string): Promise<{ hash: string; meta: DocMeta } | null>;
  /** Every report's dates, outlet and copy links, for buildFigures. */
  reportInfos(opts?: { withText?: boolean }): Promise<ReportInfo[]>;
  /** Every report's entity mentions, for resolveEntities. */
  mentionsByReport(): Promise<{ id: string; entities: EntityMention[] }[]>;
  derivedState(): Promise<DerivedState>;
  /** Replaces entities and figures together in one transaction, recording which reportsVersion they reflect. */
  replaceDerived(derived: { entities: EntityRecord[]; figures: FigureRecord[]; reportsVersion: number }): Promise<void>;
  getEntity(id: string): Promise<EntityRecord | null>;
}
