// `triangulate extract` end to end, as a real process: the examples, every output format, and bad input.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const bin = join(root, "bin", "triangulate.mjs");
const scratch = mkdtempSync(join(tmpdir(), "triangulate-extract-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Spawning the CLI costs about a second, so the examples run once and several tests read the result.
let examplesRun: ReturnType<typeof cli> | undefined;
const examplesJsonl = () => (examplesRun ??= cli("extract", "examples"));

// examples/ holds 7 report files and a JSONL of 3 records: 10 documents.
test("extract on the examples prints JSON Lines of valid claim records and a summary on stderr", () => {
  const r = examplesJsonl();
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^10 documents, (\d+) claims?, 0 errors$/m);
  const claims = r.stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const count = Number(/10 documents, (\d+) claim/.exec(r.stderr)![1]);
  assert.equal(claims.length, count);
  for (const c of claims) {
    assert.equal(typeof c.doc, "string");
    assert.ok(Array.isArray(c.span) && c.span[0] < c.span[1]);
    assert.equal(typeof c.category, "string");
    assert.deepEqual(Object.keys(c).slice(0, 5), ["doc", "span", "text", "sentence", "category"]);
  }
});

test("json and jsonl carry the same claims; table has a header", () => {
  const jsonl = examplesJsonl().stdout.split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const json = JSON.parse(cli("extract", "examples", "--format", "json").stdout);
  assert.deepEqual(json, jsonl);
  const table = cli("extract", "examples", "--format", "table");
  assert.equal(table.status, 0);
  assert.match(table.stdout.split("\n")[0]!, /^doc\s+category\s+value/);
});

test("spans point at the quantity text in the document as read", () => {
  const one = join(root, "examples", "dikwa-attack.txt");
  const text = readFileSync(one, "utf8");
  for (const line of cli("extract", one).stdout.split("\n").filter(Boolean)) {
    const c = JSON.parse(line);
    assert.equal(text.slice(c.span[0], c.span[1]), c.text);
  }
});

test("bad inputs are reported one line each, the rest is processed, and the exit status is 1", () => {
  const dir = join(scratch, "mixed");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "good.txt"), "Rescuers said 12 people were injured on Monday.");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x00, 0x01, 0x02, 0x03]));
  writeFileSync(join(dir, "lines.jsonl"), `${JSON.stringify({ id: "ok-1", text: "Police said two men were arrested." })}\n{oops\n`);
  const r = cli("extract", dir, join(scratch, "missing.txt"));
  assert.equal(r.status, 1);
  assert.match(r.stderr, /binary\.txt: binary content/);
  assert.match(r.stderr, /lines\.jsonl:2: not valid JSON/);
  assert.match(r.stderr, /missing\.txt: no such file/);
  assert.match(r.stderr, /^2 documents, \d+ claims?, 3 errors$/m);
});

test("usage errors: unknown format and a malformed --published", () => {
  assert.notEqual(cli("extract", "examples", "--format", "xml").status, 0);
  const r = cli("extract", "examples", "--published", "05/03/2019");
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /YYYY-MM-DD/);
});

// The timeout guards against super-linear work anywhere in reading or the pipeline: it would hang, not fail.
test("a 4 MB line of '1,1,1,...' goes through the whole pipeline", { timeout: 120_000 }, () => {
  const file = join(scratch, "ones.txt");
  writeFileSync(file, "1,".repeat(2 * 1024 * 1024));
  const r = cli("extract", file);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^1 document, \d+ claims?, 0 errors$/m);
});

test("claims written into the folder being read are not read back as reports on the next run", async () => {
  const { openSync, closeSync } = await import("node:fs");
  const dir = join(scratch, "own-output");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "a.txt"), "Gunmen killed 12 villagers in Kaya on Monday, police said.");
  const outPath = join(dir, "claims.jsonl");
  for (let run = 0; run < 2; run++) {
    const out = openSync(outPath, "w");
    const r = spawnSync(process.execPath, [bin, "extract", dir, "--published", "2024-03-12", "--format", "jsonl"], { cwd: root, encoding: "utf8", stdio: ["ignore", out, "pipe"] });
    closeSync(out);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /^1 document, 1 claim, 0 errors$/m);
  }
  assert.equal(readFileSync(outPath, "utf8").trim().split("\n").length, 1);
});
