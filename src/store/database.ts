// The database schema as plain table interfaces, combined in one Kysely `Database` type.
export interface ReportsTable {
  id: string;
  text: string;
  /** sha256 of the text. */
  hash: string;
  title: string | null;
  url: string | null;
  published: string | null;
  outlet: string | null;
  agency: string | null;
  path: string | null;
  /** The whole DocMeta as JSON text. */
  meta: string;
  ingested_at: string;
}

export interface ClaimsTable {
  report_id: string;
  /** Position of the claim in the report's extraction, so it reads back in the order extract gave it. */
  ordinal: number;
  span_start: number;
  span_end: number;
  category: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string;
  subject: string;
  source_name: string | null;
  source_org: string | null;
  place_name: string | null;
  lat: number | null;
  lon: number | null;
  time_start: string | null;
  time_end: string | null;
  /** The full Claim as JSON text: what reads back. */
  record: string;
}

export interface EntityMentionsTable {
  report_id: string;
  ordinal: number;
  span_start: number;
  span_end: number;
  text: string;
  type: string;
  canonical: string;
  /** The full EntityMention as JSON text. */
  record: string;
}

export interface CopiesTable {
  /** The later report (by publication date, then id)... */
  report_id: string;
  /** ...that repeats most of this earlier one. */
  copy_of: string;
  similarity: number;
}

/** MinHash LSH band keys of each report, the index the copy detector looks candidates up in. */
export interface ReportBandsTable {
  report_id: string;
  band: string;
}

export interface EntitiesTable {
  id: string;
  name: string;
  type: string;
  /** Keeps the order resolveEntities returned. */
  ordinal: number;
  record: string;
}

export interface FiguresTable {
  id: string;
  category: string;
  /** Keeps the order buildFigures returned. */
  ordinal: number;
  record: string;
}

/** Small key/value state: versions that tell whether entities/figures are stale. */
export interface StateTable {
  key: string;
  value: string;
}

export interface Database {
  reports: ReportsTable;
  claims: ClaimsTable;
  entity_mentions: EntityMentionsTable;
  copies: CopiesTable;
  report_bands: ReportBandsTable;
  entities: EntitiesTable;
  figures: FiguresTable;
  store_state: StateTable;
}

export type Dialect = "sqlite" | "postgres";
