// Reports read from files, analysed in memory: their claims, and report infos with syndicated copies linked
// (what `figures`, `brief` and `export` need when given paths instead of a store).
import type { Claim, SourceDoc } from "../doc/document.ts";
import { copyDirection, copySimilarity, fingerprint } from "../ingest/copies/copy-detector.ts";
import { extract } from "../pipeline/pipeline.ts";
import type { ReportInfo } from "./report-info.ts";

export interface ReportSet {
  claims: Claim[];
  reports: (ReportInfo & { text: string })[];
  /** Documents the pipeline failed on: one message each; the rest go on. */
  failures: { doc: string; message: string }[];
}

export function analyseDocs(docs: SourceDoc[]): ReportSet {
  const claims: Claim[] = [];
  const reports: (ReportInfo & { text: string })[] = [];
  const failures: ReportSet["failures"] = [];
  for (const doc of docs) {
    try {
      claims.push(...extract(doc).claims);
    } catch (e) {
      failures.push({ doc: doc.meta.path ?? doc.id, message: `extraction failed: ${(e as Error).message}` });
      continue;
    }
    reports.push({
      id: doc.id, text: doc.text, copyOf: [],
      published: doc.meta.published ?? null, outlet: doc.meta.outlet ?? null, agency: doc.meta.agency ?? null,
      title: doc.meta.title ?? null, url: doc.meta.url ?? null,
    });
  }
  linkCopies(reports);
  return { claims, reports, failures };
}

/** Links syndicated copies with the ingest's detector: LSH band keys find candidates, shingles verify them. */
export function linkCopies(reports: (ReportInfo & { text: string })[]): void {
  const prints = reports.map((r) => fingerprint(r.text));
  const byBand = new Map<string, number[]>();
  prints.forEach((p, i) => p.bands.forEach((band) => byBand.set(band, [...(byBand.get(band) ?? []), i])));
  const checked = new Set<string>();
  for (const members of byBand.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const i = members[x]!, j = members[y]!;
        const pair = i < j ? `${i}:${j}` : `${j}:${i}`;
        if (checked.has(pair)) continue;
        checked.add(pair);
        if (copySimilarity(prints[i]!, prints[j]!) == null) continue;
        // (Reports are in the order read, the order ingest stores them in.)
        const { copy, original } = copyDirection(reports[i]!, reports[j]!, i < j ? "a" : "b");
        if (!copy.copyOf.includes(original.id)) copy.copyOf.push(original.id);
      }
    }
  }
  for (const r of reports) r.copyOf.sort();
}
