// What a queued ingest job carries: the whole report (text and metadata), so any worker can process it alone.
import type { DocMeta, SourceDoc } from "../doc/document.ts";

export interface ReportJob {
  id: string;
  text: string;
  meta: DocMeta;
}

export function toJob(doc: SourceDoc): ReportJob {
  return { id: doc.id, text: doc.text, meta: doc.meta ?? {} };
}

/** Checks a job's data before use: a malformed job is failed with a clear message, not processed. */
export function parseJob(data: unknown): ReportJob {
  const job = data as Partial<ReportJob> | null;
  if (!job || typeof job.id !== "string" || !job.id || typeof job.text !== "string" || (job.meta !== undefined && (typeof job.meta !== "object" || job.meta === null))) {
    throw new Error("malformed ingest job: expected { id, text, meta }");
  }
  return { id: job.id, text: job.text, meta: (job.meta ?? {}) as DocMeta };
}
