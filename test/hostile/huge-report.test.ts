// A 100 MB report: refused with a clear message before it is read into memory, as a file and as a JSONL record,
// with the good records beside it still processed and the process's peak memory far below the file's size.
import assert from "node:assert/strict";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { lines, runCli } from "./hostile-support.ts";

const MB = 1024 * 1024;

/** Writes `mb` megabytes of plain prose-like text to a file in 1 MB pieces (never holding it all). */
function writeBig(path: string, mb: number, prefix = "", suffix = ""): void {
  const fd = openSync(path, "w");
  try {
    writeSync(fd, prefix);
    const piece = "Residents said the market reopened after the storm and traders counted their losses. ".repeat(Math.ceil(MB / 86)).slice(0, MB);
    for (let i = 0; i < mb; i++) writeSync(fd, piece);
    writeSync(fd, suffix);
  } finally {
    closeSync(fd);
  }
}

test("a 100 MB text file is refused by size with one clear line; memory stays bounded", { timeout: 120_000 }, async (ctx) => {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-huge-"));
  ctx.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "huge.txt");
  writeBig(file, 100);
  const run = await runCli(["ingest", file, "--db", join(dir, "s.db")]);
  ctx.diagnostic(`peak RSS ${run.peakRssMb.toFixed(0)} MB; stderr: ${run.stderr.trim()}`);
  assert.equal(run.code, 1);
  const errors = lines(run.stderr).filter((l) => l.startsWith("triangulate:"));
  assert.equal(errors.length, 1, run.stderr);
  assert.match(errors[0]!, /huge\.txt/);
  assert.match(errors[0]!, /MB|bytes|larger|limit|size/i);
  assert.match(run.stdout, /0 inserted/);
  if (run.peakRssMb) assert.ok(run.peakRssMb < 512, `peak RSS ${run.peakRssMb.toFixed(0)} MB for a 100 MB file`);
});

test("a JSONL collection with one 100 MB record: that record refused, the others stored, memory bounded", { timeout: 120_000 }, async (ctx) => {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-huge-"));
  ctx.after(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, "wire.jsonl");
  const before = JSON.stringify({ id: "small-1", published: "2025-05-01", text: "Officials said 6 people were killed in the border town of Ardley on Friday." }) + "\n";
  const after = "\n" + JSON.stringify({ id: "small-2", published: "2025-05-02", text: "Police said 9 men were arrested in Ardley after the riot on Saturday." }) + "\n";
  writeBig(file, 100, before + '{"id": "giant", "text": "', '"}' + after);
  const run = await runCli(["ingest", file, "--db", join(dir, "s.db")]);
  ctx.diagnostic(`peak RSS ${run.peakRssMb.toFixed(0)} MB; stderr: ${run.stderr.trim()}`);
  assert.equal(run.code, 1);
  assert.match(run.stdout, /^ingest: 2 inserted, 0 updated, 0 unchanged, 1 failed/);
  const errors = lines(run.stderr).filter((l) => l.startsWith("triangulate:"));
  assert.equal(errors.length, 1, run.stderr);
  assert.match(errors[0]!, /wire\.jsonl:2/);
  if (run.peakRssMb) assert.ok(run.peakRssMb < 512, `peak RSS ${run.peakRssMb.toFixed(0)} MB for a 100 MB record`);
});
