// What ingest needs of one report before it is stored: the extraction, and the copy-detection fingerprint, made
// together wherever the report is extracted (a worker thread or this one), so the writer only runs SQL.
import type { SourceDoc } from "../doc/document.ts";
import { extract } from "../pipeline/pipeline.ts";
import { readCandidateHint } from "../store/copy-candidates.ts";
import type { Extraction } from "../store/store.ts";
import { fingerprint } from "./copies/copy-detector.ts";

export interface ExtractForStoreOptions {
  /** A SQLite store's file: also look up the report's copy candidates there (a worker thread does; see copy-candidates.ts). */
  candidatesFrom?: string;
}

export function extractForStore(doc: SourceDoc, opts: ExtractForStoreOptions = {}): Extraction {
  const annotated = extract(doc);
  const print = fingerprint(doc.text);
  const extraction: Extraction = { claims: annotated.claims, entities: annotated.entities, fingerprint: print };
  if (opts.candidatesFrom) extraction.candidates = readCandidateHint(opts.candidatesFrom, print.bands, doc.id);
  return extraction;
}
