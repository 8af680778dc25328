// Many small reports for queue, crash and load tests: the example reports with their numbers shifted per copy, so
// each copy has its own claims. Written as one JSONL collection (ids r-000000…).
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;

export function exampleTexts(): string[] {
  const texts = readdirSync(EXAMPLES).filter((f) => [".txt", ".md"].includes(extname(f))).sort().map((f) => readFileSync(join(EXAMPLES, f), "utf8"));
  if (!texts.length) throw new Error(`no .txt or .md reports in ${EXAMPLES}`);
  return texts;
}

/** The i-th generated report's text: an example, with every one- or two-digit number raised by i / examples. */
export function variantText(texts: string[], i: number): string {
  const shift = Math.floor(i / texts.length);
  return texts[i % texts.length]!.replace(/\b\d{1,2}\b/g, (n) => String(Number(n) + shift));
}

/** Writes `count` reports to dir/reports.jsonl; returns the path. */
export function writeReportsJsonl(dir: string, count: number): string {
  const texts = exampleTexts();
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(JSON.stringify({ id: `r-${String(i).padStart(6, "0")}`, title: `Generated report ${i}`, published: `2025-03-${day}`, text: variantText(texts, i) }));
  }
  const path = join(dir, "reports.jsonl");
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}
