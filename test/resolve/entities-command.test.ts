// End to end: `triangulate entities` on the seed reports, scored by the shared entity evaluator.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const shared = join(root, "..", "shared");
const corpus = join(shared, "corpus", "baghouz-2019");
const gold = join(shared, "eval", "gold", "baghouz-2019.entities.json");

test("entities command: seed reports resolve to the gold entities", { skip: !existsSync(gold) && "no ../shared" }, () => {
  const out = execFileSync(process.execPath, [join(root, "bin", "triangulate.mjs"), "entities", corpus, "--format", "jsonl"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const records = out.trim().split("\n").map((l) => JSON.parse(l) as { id: string; type: string; mentions: unknown[] });
  assert.ok(records.length > 10);
  for (const r of records) assert.ok(["person", "org", "place"].includes(r.type) && r.mentions.length > 0);
  const pred = join(mkdtempSync(join(tmpdir(), "triangulate-entities-")), "e.jsonl");
  writeFileSync(pred, out);
  const summary = execFileSync(process.execPath, [join(shared, "eval", "entities-eval.mjs"), "--gold", gold, "--pred", pred, "--quiet"], { encoding: "utf8" }).trim().split("\n").pop()!;
  const m = /entities resolved (\d+)\/(\d+).*geocoded (\d+)\/(\d+)/.exec(summary);
  assert.ok(m, summary);
  assert.ok(Number(m[1]) >= 28, summary);
  assert.equal(m[3], m[4], `every gold place geocoded: ${summary}`);
});

test("entities command: table format prints a header and one row per entity", async () => {
  const { table } = await import("../../src/cli/commands/entities.command.ts");
  const out = table([
    { id: "hajin", name: "Hajin", type: "place", aliases: ["Hajin", "Hajine"], lat: 34.69, lon: 40.83, precision: "city", mentions: [{ doc: "a", span: [0, 5], text: "Hajin" }] },
    { id: "rana-saleh", name: "Rana Saleh", type: "person", aliases: ["Rana Saleh", "Saleh"], lat: null, lon: null, precision: null, org: "Red Crescent", mentions: [] },
  ]);
  const lines = out.trim().split("\n");
  assert.match(lines[0]!, /^TYPE\s+NAME\s+MENTIONS/);
  assert.equal(lines.length, 3);
  assert.match(lines[1]!, /^place\s+Hajin\s+1\s+34\.69,40\.83\s+Hajine$/);
  assert.match(lines[2]!, /^person\s+Rana Saleh\s+0\s+Red Crescent\s+Saleh$/);
});

test("entities command: without paths it lists what ingest stored", { skip: !existsSync(corpus) && "no ../shared" }, () => {
  const db = join(mkdtempSync(join(tmpdir(), "triangulate-entities-db-")), "t.db");
  const cli = join(root, "bin", "triangulate.mjs");
  execFileSync(process.execPath, [cli, "ingest", join(corpus, "000_64f8ec689365aa1a.txt"), join(corpus, "001_e06852631588b5ac.txt"), "--db", db], { stdio: ["ignore", "pipe", "pipe"] });
  const out = execFileSync(process.execPath, [cli, "entities", "--db", db, "--type", "person"], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const people = out.trim().split("\n").map((l) => JSON.parse(l) as { name: string; type: string; mentions: { doc: string }[] });
  assert.ok(people.length >= 2);
  assert.ok(people.every((p) => p.type === "person"));
  // The spokesman is written two ways in the two reports and is one entity in the store.
  const spokesman = people.find((p) => new Set(p.mentions.map((m) => m.doc)).size === 2);
  assert.ok(spokesman, JSON.stringify(people.map((p) => p.name)));
});
