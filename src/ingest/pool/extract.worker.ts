// Worker-thread task: runs the pipeline on one report and returns only what the store keeps (claims, mentions).
import type { SourceDoc } from "../../doc/document.ts";
import { extract } from "../../pipeline/pipeline.ts";
import type { Extraction } from "../../store/store.ts";

export default function extractInWorker(doc: SourceDoc): Extraction {
  const annotated = extract(doc);
  return { claims: annotated.claims, entities: annotated.entities };
}
