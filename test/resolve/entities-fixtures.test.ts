// Our own invented reports, resolved and scored by the shared entity evaluator: the standard the seed gold sets, on text we wrote.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findEntities } from "../../src/pipeline/stages/entities/entities.stage.ts";
import { resolveEntities } from "../../src/resolve/entities.resolve.ts";

const here = fileURLToPath(new URL(".", import.meta.url));
const scorer = join(here, "..", "..", "..", "shared", "eval", "entities-eval.mjs");

interface FixtureEntity {
  name: string;
  type: string;
  forms: string[];
  lat?: number;
  lon?: number;
  km?: number;
}

/** Every whole-word occurrence of every form, longest forms first, so "Sudan" inside "Sudan Doctors Network" is not counted twice. */
function occurrences(docs: Map<string, string>, entities: FixtureEntity[]) {
  const forms = entities.flatMap((e, i) => e.forms.map((f) => ({ f, i }))).sort((a, b) => b.f.length - a.f.length);
  const out = entities.map(() => [] as { doc: string; span: [number, number]; text: string }[]);
  for (const [doc, text] of docs) {
    const taken: [number, number][] = [];
    for (const { f, i } of forms) {
      const re = new RegExp(`(?<![\\p{L}\\p{N}])${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
      for (const m of text.matchAll(re)) {
        const span: [number, number] = [m.index!, m.index! + f.length];
        if (taken.some(([s, e]) => s < span[1] && span[0] < e)) continue;
        taken.push(span);
        out[i]!.push({ doc, span, text: f });
      }
    }
  }
  return out;
}

const fixtures = readdirSync(join(here, "fixtures")).filter((f) => f.endsWith(".entities.json")).map((f) => f.replace(/\.entities\.json$/, ""));

for (const name of fixtures) {
  test(`entities: invented reports "${name}" resolve to their gold entities`, { skip: !existsSync(scorer) && "no ../shared scorer" }, () => {
    const dir = join(here, "fixtures", name);
    const docs = new Map(readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => [basename(f, ".txt"), readFileSync(join(dir, f), "utf8")]));
    const gold = JSON.parse(readFileSync(join(here, "fixtures", `${name}.entities.json`), "utf8")) as { entities: FixtureEntity[] };
    const occ = occurrences(docs, gold.entities);
    const goldFile = gold.entities.map((e, i) => ({ ...e, occurrences: occ[i] }));
    for (const e of goldFile) assert.ok(e.occurrences!.length > 0, `fixture form never occurs: ${e.name}`);

    const resolved = resolveEntities([...docs].map(([id, text]) => ({ id, entities: findEntities(text) })));
    const work = mkdtempSync(join(tmpdir(), "triangulate-fixture-"));
    writeFileSync(join(work, "gold.json"), JSON.stringify({ entities: goldFile }));
    writeFileSync(join(work, "pred.jsonl"), resolved.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const out = execFileSync(process.execPath, [scorer, "--gold", join(work, "gold.json"), "--pred", join(work, "pred.jsonl")], { encoding: "utf8" });
    const summary = out.trim().split("\n").pop()!;
    const m = /entities resolved (\d+)\/(\d+).*mentions [\d.]+ \((\d+)\/(\d+)\) geocoded (\d+)\/(\d+)/.exec(summary);
    assert.ok(m, summary);
    assert.equal(m[1], m[2], `every entity resolved: ${out}`);
    assert.equal(m[3], m[4], `every occurrence found: ${out}`);
    assert.equal(m[5], m[6], `every place geocoded: ${out}`);
  });
}
