// Runs a report through the default pipeline: the one entry point every caller uses.
import { annotate, type AnnotatedDoc, type SourceDoc } from "../doc/document.ts";
import { defaultStages } from "./default-stages.ts";
import type { Stage } from "./stage.ts";

export function extract(source: SourceDoc, stages: Stage[] = defaultStages()): AnnotatedDoc {
  let doc = annotate(source);
  for (const stage of stages) doc = stage.run(doc);
  return doc;
}
