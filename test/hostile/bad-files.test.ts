// The CLI on a batch of bad inputs beside good ones: one clear stderr line per bad input, every good report still
// processed, a non-zero exit, and done in seconds — through `extract` and through `ingest` into a real SQLite store.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { lines, runCli } from "./hostile-support.ts";

const MB = 1024 * 1024;

const GOOD_A = "Officials in the hill town of Caradon said 12 people were killed when a landslide buried houses on Tuesday.";
const GOOD_B = "Aid workers said about 300 families fled the flooded valley near Dunmere over the weekend.";

function hostileFolder(root: string): { dir: string; bad: string[] } {
  const dir = join(root, "batch");
  mkdirSync(join(dir, "sub"), { recursive: true });
  writeFileSync(join(dir, "good-a.txt"), GOOD_A);
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]));
  writeFileSync(join(dir, "bad-utf8.txt"), Buffer.concat([Buffer.from("Officials said 4 people "), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1]), Buffer.from(" died.")]));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "collection.jsonl"), [
    JSON.stringify({ id: "good-b", text: GOOD_B, published: "2025-04-02" }),
    "{\"id\": \"broken\", \"text\": \"unterminated",
    JSON.stringify({ id: "no-text", title: "nothing here" }),
    "1,".repeat(2 * 1024 * 1024), // a 4 MB line that is not a record
  ].join("\n") + "\n");
  writeFileSync(join(dir, "sub", "manifest.json"), JSON.stringify({
    collection: "hostile",
    documents: [
      { file: "not-there.txt", published: "2025-04-01" },
      { file: "../../outside.txt", published: "2025-04-01" },
      { file: "good-c.txt", published: "2025-04-03" },
    ],
  }));
  writeFileSync(join(dir, "sub", "good-c.txt"), "Police said 5 men were detained after the clashes in Dunmere on Monday.");
  writeFileSync(join(root, "outside.txt"), "A file outside the collection that must not be read: 99 people were killed.");
  // One line per bad input, each naming it.
  return { dir, bad: ["binary.txt", "bad-utf8.txt", "empty.txt", "collection.jsonl:2", "collection.jsonl:3", "collection.jsonl:4", "not-there.txt", "outside.txt"] };
}

test("extract: each bad input is one named stderr line, good reports are extracted, exit is non-zero", { timeout: 60_000 }, async (ctx) => {
  const root = mkdtempSync(join(tmpdir(), "triangulate-hostile-"));
  ctx.after(() => rmSync(root, { recursive: true, force: true }));
  const { dir, bad } = hostileFolder(root);
  const run = await runCli(["extract", dir, "--format", "jsonl", "--published", "2025-04-04"]);
  assert.notEqual(run.code, 0, "bad inputs make the exit code non-zero");
  const docs = new Set(lines(run.stdout).map((l) => JSON.parse(l).doc));
  for (const good of ["good-a", "good-b", "good-c"]) assert.ok(docs.has(good), `${good} extracted despite the bad inputs (got ${[...docs].join(", ")})`);
  assert.ok(![...docs].some((d) => d.includes("outside")), "a manifest cannot reach outside its folder");
  const errors = lines(run.stderr).filter((l) => l.startsWith("triangulate:"));
  ctx.diagnostic(errors.join("\n"));
  assert.equal(errors.length, bad.length, `one line per bad input:\n${run.stderr}`);
  for (const name of new Set(bad)) assert.ok(errors.some((l) => l.includes(name)), `an error names ${name}`);
  for (const line of errors) assert.ok(line.length < 400, `short, readable line: ${line.slice(0, 120)}…`);
  assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack traces");
});

test("ingest: the same batch stores the good reports only, database intact", { timeout: 60_000 }, async (ctx) => {
  const root = mkdtempSync(join(tmpdir(), "triangulate-hostile-"));
  ctx.after(() => rmSync(root, { recursive: true, force: true }));
  const { dir } = hostileFolder(root);
  const db = join(root, "store.db");
  const run = await runCli(["ingest", dir, "--db", db, "--published", "2025-04-04"]);
  assert.equal(run.code, 1, run.stderr);
  assert.match(run.stdout, /ingest: 3 inserted, 0 updated, 0 unchanged, 8 failed/);
  assert.doesNotMatch(run.stderr, /\n\s+at /, "no stack traces");
  const conn = new Database(db, { readonly: true });
  try {
    const ids = (conn.prepare("select id from reports order by id").all() as { id: string }[]).map((r) => r.id);
    assert.deepEqual(ids, ["good-a", "good-b", "good-c"]);
    assert.equal((conn.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check, "ok");
  } finally {
    conn.close();
  }
});

test("a 4 MB line of '1,1,1…' as a text report: read, no claims, memory bounded", { timeout: 180_000 }, async (ctx) => {
  const root = mkdtempSync(join(tmpdir(), "triangulate-hostile-"));
  ctx.after(() => rmSync(root, { recursive: true, force: true }));
  const file = join(root, "ones.txt");
  writeFileSync(file, "1,".repeat(2 * MB));
  const started = Date.now();
  const run = await runCli(["extract", file, "--format", "jsonl", "--published", "2025-04-04"]);
  ctx.diagnostic(`took ${((Date.now() - started) / 1000).toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB`);
  assert.equal(run.code, 0, run.stderr);
  assert.deepEqual(lines(run.stdout), [], "a list of ones is not a figure about people");
  if (run.peakRssMb) assert.ok(run.peakRssMb < 2048, `peak RSS ${run.peakRssMb} MB`);
});
