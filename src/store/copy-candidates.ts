// Copy candidates (the stored reports sharing the most LSH bands with a new one), looked up either by the writer in
// its transaction or ahead of time by an extraction worker on its own read-only SQLite connection. A worker's answer
// (a "hint") reflects the store as last committed; the writer brings it up to date with what it wrote since, from
// memory, and falls back to its own query whenever it cannot prove the result equal.
import { statSync } from "node:fs";
import Database from "better-sqlite3";

/** At most this many LSH candidates are verified per report, the ones sharing the most bands first. */
export const MAX_CANDIDATES = 50;
/** Rows a hint carries beyond MAX_CANDIDATES, so reports rewritten since its snapshot can be dropped from it. */
const HINT_SLACK = 150;
/** Batches the writer remembers; a hint older than that is not used. */
const LOG_BATCHES = 32;

export interface Candidate {
  id: string;
  shared: number;
}

/** Candidates as of one committed state of a SQLite store, identified by its reports_version. */
export interface CandidateHint {
  version: number;
  /** Ordered as the writer's query orders them: most shared bands first, then by id. */
  rows: Candidate[];
  /** Whether rows holds every report sharing a band (else only the first MAX_CANDIDATES + HINT_SLACK). */
  complete: boolean;
}

export const CANDIDATES_SQL = `select report_id as id, count(*) as shared from report_bands where band in (select value from json_each(?))
  and report_id != ? group by report_id order by shared desc, report_id limit ?`;

const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * SQLite orders text by its UTF-8 bytes; JavaScript's < by UTF-16 units, which differs only beyond the BMP (surrogate
 * pairs), so ids without one compare as they are and only the others pay for encoding.
 */
function byBytes(a: string, b: string): number {
  if (!SURROGATE.test(a) && !SURROGATE.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}

export function candidateOrder(a: Candidate, b: Candidate): number {
  return b.shared - a.shared || byBytes(a.id, b.id);
}

interface Reader {
  db: Database.Database;
  /** The file's inode when opened: a store deleted and created again at the same path is another store. */
  ino: number;
  version: Database.Statement;
  candidates: Database.Statement;
}

const readers = new Map<string, Reader>();

/** Closes this thread's read-only connections (an ingest's end; worker threads close theirs by exiting). */
export function closeCandidateReaders(): void {
  for (const reader of readers.values()) reader.db.close();
  readers.clear();
}

/**
 * A hint for a report about to be stored, read on this thread's own read-only connection to the SQLite file (one
 * per file, kept open); null when the store cannot be read that way (not created yet, in memory).
 */
export function readCandidateHint(file: string, bands: string[], id: string): CandidateHint | null {
  if (bands.length === 0) return null;
  let reader = readers.get(file);
  try {
    // While the old connection is open its inode cannot be reused, so another inode means another file.
    const ino = statSync(file).ino;
    if (reader && reader.ino !== ino) {
      reader.db.close();
      readers.delete(file);
      reader = undefined;
    }
    if (!reader) {
      const db = new Database(file, { readonly: true, fileMustExist: true });
      reader = {
        db,
        ino,
        version: db.prepare("select value from store_state where key = 'reports_version'").pluck(),
        candidates: db.prepare(CANDIDATES_SQL),
      };
      readers.set(file, reader);
    }
    const { db, version, candidates } = reader;
    // One read transaction: the version and the candidates come from the same committed state.
    return db.transaction(() => {
      const rows = candidates.all(JSON.stringify([...new Set(bands)]), id, MAX_CANDIDATES + HINT_SLACK) as Candidate[];
      return { version: Number(version.get() ?? 0), rows, complete: rows.length < MAX_CANDIDATES + HINT_SLACK };
    })();
  } catch {
    return null;
  }
}

/**
 * What one writer stored lately, by reports_version: enough to bring a hint from an earlier committed state up to
 * date. Only this writer's own batches are known, so a version written by anyone else makes older hints unusable.
 */
export class WriteLog {
  private readonly batches = new Map<number, Map<string, string[]>>();

  /** Records a committed batch: the version it bumped to and the bands of every report it wrote (each band once). */
  committed(version: number, written: Map<string, string[]>): void {
    this.batches.set(version, written);
    for (const v of this.batches.keys()) if (v <= version - LOG_BATCHES) this.batches.delete(v);
  }

  /** Something was written outside the batches (a single putReport): no hint from before it is usable. */
  clear(): void {
    this.batches.clear();
  }

  /**
   * The top candidates for a report, from a hint taken at hint.version, when the current state is version `current`
   * (the batch being written) and `pending` holds the bands of the reports this batch wrote so far; null when it
   * cannot be proven equal to querying now.
   */
  resolve(hint: CandidateHint, current: number, pending: Map<string, string[]>, id: string, bands: string[]): Candidate[] | null {
    if (hint.version >= current) return null;
    // Every report written since the hint's state, with the bands it has now.
    const since = new Map<string, string[]>();
    for (let v = hint.version + 1; v < current; v++) {
      const batch = this.batches.get(v);
      if (!batch) return null;
      for (const [other, otherBands] of batch) since.set(other, otherBands);
    }
    for (const [other, otherBands] of pending) since.set(other, otherBands);
    const kept = hint.rows.filter((row) => !since.has(row.id) && row.id !== id);
    // Rows cut off by the hint's limit could outrank what is left once rewritten reports are dropped.
    if (!hint.complete && kept.length < MAX_CANDIDATES) return null;
    const mine = new Set(bands);
    for (const [other, otherBands] of since) {
      if (other === id) continue;
      let shared = 0;
      // The batches record each report's bands once each (see KyselyStore.writeReport).
      for (const band of otherBands) if (mine.has(band)) shared++;
      if (shared > 0) kept.push({ id: other, shared });
    }
    return kept.sort(candidateOrder).slice(0, MAX_CANDIDATES);
  }
}
