// Crash safety on SQLite: `kill -9` in the middle of an ingest, then the same ingest again, ends with every report
// stored once, exactly the claims extract finds, current entities/figures, and an intact database.
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { test } from "node:test";
import Database from "better-sqlite3";
import { openStore } from "../../src/store/open-store.ts";
import { extractAll } from "../support/extract-oracle.ts";
import { storedCount } from "../support/sqlite-count.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const EXAMPLES = join(ROOT, "examples");
const REPORTS = 200;
const PUBLISHED = "2025-03-05";

/** Variants of the example reports: the same prose with the small numbers shifted, so claims differ per report. */
function generateReports(dir: string): void {
  const sources = readdirSync(EXAMPLES).filter((f) => [".txt", ".md"].includes(extname(f))).sort()
    .map((f) => readFileSync(join(EXAMPLES, f), "utf8"));
  assert.ok(sources.length > 0, "examples/ holds .txt or .md reports");
  for (let i = 0; i < REPORTS; i++) {
    const shift = Math.floor(i / sources.length);
    const text = sources[i % sources.length]!.replace(/\b\d{1,3}\b/g, (n) => String(Number(n) + shift));
    writeFileSync(join(dir, `report-${String(i).padStart(3, "0")}.txt`), text);
  }
}

function ingestProcess(dir: string, db: string): ChildProcess {
  return spawn(process.execPath, [join(ROOT, "bin/triangulate.mjs"), "ingest", dir, "--db", db, "--published", PUBLISHED], {
    stdio: ["ignore", "pipe", "pipe"],
  });
}


/** Runs an ingest and kills it with SIGKILL once `atLeast` reports are stored; says whether it was killed mid-way. */
async function killMidway(dir: string, db: string, atLeast: number): Promise<boolean> {
  const child = ingestProcess(dir, db);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  let finished = false;
  void exited.then(() => (finished = true));
  while (!finished) {
    if (storedCount(db) >= atLeast) {
      child.kill("SIGKILL");
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  await exited;
  return !finished || child.signalCode === "SIGKILL";
}

async function runToEnd(dir: string, db: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = ingestProcess(dir, db);
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { code, stdout, stderr };
}

test("kill -9 mid-ingest, then ingest again: every report once, claims exactly as extract finds, database intact", async (ctx) => {
  const tmp = mkdtempSync(join(tmpdir(), "triangulate-crash-"));
  ctx.after(() => rmSync(tmp, { recursive: true, force: true }));
  const dir = join(tmp, "reports");
  mkdirSync(dir);
  generateReports(dir);
  const db = join(tmp, "crash.db");

  const killedEarly = await killMidway(dir, db, 15);
  const afterFirst = storedCount(db);
  assert.ok(killedEarly, "the first ingest was killed before it finished");
  assert.ok(afterFirst < REPORTS, `killed with ${afterFirst} of ${REPORTS} stored`);
  // A second kill later on, further into the batch.
  await killMidway(dir, db, Math.min(REPORTS - 1, afterFirst + 60));
  ctx.diagnostic(`first kill with ${afterFirst} reports stored, second with ${storedCount(db)}`);

  const final = await runToEnd(dir, db);
  assert.equal(final.code, 0, final.stderr);
  assert.match(final.stdout, /0 failed/);

  const check = new Database(db, { readonly: true });
  try {
    assert.equal((check.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check, "ok");
    assert.deepEqual(check.prepare("pragma foreign_key_check").all(), []);
    assert.equal((check.prepare("select count(*) as n from reports").get() as { n: number }).n, REPORTS);
  } finally {
    check.close();
  }

  const expected = await extractAll([dir], { published: PUBLISHED });
  assert.equal(expected.size, REPORTS);
  const store = await openStore({ db });
  try {
    const stored = new Map<string, unknown[]>();
    for (const claim of (await store.listClaims({})).items) stored.set(claim.doc, [...(stored.get(claim.doc) ?? []), claim]);
    for (const [id, want] of expected) assert.deepEqual(stored.get(id) ?? [], want.claims, `claims of ${id}`);
    const total = [...expected.values()].reduce((n, e) => n + e.claims.length, 0);
    assert.equal((await store.stats()).claims, total);
    assert.equal((await store.derivedState()).stale, false, "entities and figures reflect every report");
  } finally {
    await store.close();
  }
});
