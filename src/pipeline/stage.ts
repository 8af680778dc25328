// The stage contract: a named, pure step from an annotated document to an annotated document.
import type { AnnotatedDoc, Layer } from "../doc/document.ts";

export interface Stage {
  name: string;
  /** Layers that must already be filled when this stage runs. */
  requires: Layer[];
  /** Layers this stage fills. */
  assigns: Layer[];
  run(doc: AnnotatedDoc): AnnotatedDoc;
}

/** Checks at assembly time that every stage's inputs are assigned by an earlier stage. */
export function assemble(stages: Stage[]): Stage[] {
  const have = new Set<Layer>();
  for (const stage of stages) {
    for (const layer of stage.requires) {
      if (!have.has(layer)) throw new Error(`pipeline: stage "${stage.name}" requires "${layer}", which no earlier stage assigns`);
    }
    stage.assigns.forEach((layer) => have.add(layer));
  }
  return stages;
}
