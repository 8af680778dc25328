// What `extract` finds for each report under some paths: the oracle stored claims are compared with.
import type { Claim, EntityMention } from "../../src/doc/document.ts";
import { readSources } from "../../src/ingest/read/index.ts";
import { extract } from "../../src/pipeline/pipeline.ts";

export interface Expected {
  claims: Claim[];
  entities: EntityMention[];
}

/** Runs the readers and the pipeline in memory; claims and mentions as JSON would store them. */
export async function extractAll(paths: string[], opts: { published?: string } = {}): Promise<Map<string, Expected>> {
  const out = new Map<string, Expected>();
  for await (const result of readSources(paths, opts)) {
    if (!result.ok) continue;
    const doc = extract(result.doc);
    out.set(doc.id, JSON.parse(JSON.stringify({ claims: doc.claims, entities: doc.entities })) as Expected);
  }
  return out;
}
