// What ingest needs of one report before it is stored: the extraction, and the copy-detection fingerprint, made
// together wherever the report is extracted (a worker thread or this one), so the writer only runs SQL.
import type { SourceDoc } from "../doc/document.ts";
import { extract } from "../pipeline/pipeline.ts";
import type { Extraction } from "../store/store.ts";
import { fingerprint } from "./copies/copy-detector.ts";

export function extractForStore(doc: SourceDoc): Extraction {
  const annotated = extract(doc);
  return { claims: annotated.claims, entities: annotated.entities, fingerprint: fingerprint(doc.text) };
}
