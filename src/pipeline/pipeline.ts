// Runs a report through the default pipeline: the one entry point every caller uses.
import { annotate, type AnnotatedDoc, type SourceDoc } from "../doc/document.ts";
import { defaultStages } from "./default-stages.ts";
import { readingView } from "./reading-view.ts";
import type { Stage } from "./stage.ts";

export function extract(source: SourceDoc, stages: Stage[] = defaultStages()): AnnotatedDoc {
  // The stages read a hard-wrapped text with its wraps as spaces (same offsets); the text as read is put back.
  const view = readingView(source.text);
  let doc = annotate(view === source.text ? source : { id: source.id, text: view, meta: source.meta });
  for (const stage of stages) doc = stage.run(doc);
  return view === source.text ? doc : asRead(doc, source.text);
}

/** The document with the text as read, and the texts of its spans sliced from it again. */
function asRead(doc: AnnotatedDoc, text: string): AnnotatedDoc {
  for (const c of doc.claims) c.text = text.slice(c.span[0], c.span[1]);
  for (const e of doc.entities) e.text = text.slice(e.start, e.end);
  for (const n of doc.numbers) n.text = text.slice(n.start, n.end);
  for (const t of doc.times) t.text = text.slice(t.start, t.end);
  for (const a of doc.attributions) a.text = text.slice(a.start, a.end);
  return { ...doc, text };
}
