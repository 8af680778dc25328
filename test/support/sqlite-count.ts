// How many reports a SQLite store holds, read without locking it: crash tests poll it while an ingest runs.
import Database from "better-sqlite3";

/** Stored report count, or -1 while the database or its tables do not exist yet. */
export function storedCount(db: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return (conn.prepare("select count(*) as n from reports").get() as { n: number }).n;
    } finally {
      conn.close();
    }
  } catch {
    return -1;
  }
}
