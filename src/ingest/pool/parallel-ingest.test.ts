// Extraction in worker threads stores exactly what the single-thread ingest stores, in the same order.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { test } from "node:test";
import { openStore } from "../../store/open-store.ts";
import { createExtractPool } from "./extract-pool.ts";
import { ingestParallel, inputBytes, poolEarlyAfter } from "./parallel-ingest.ts";
import { extractForStore } from "../extract-for-store.ts";

const EXAMPLES = new URL("../../../examples/", import.meta.url).pathname;

/** Example reports with their small numbers shifted, so every copy has its own claims. */
function writeVariants(dir: string, count: number): void {
  const sources = readdirSync(EXAMPLES).filter((f) => [".txt", ".md"].includes(extname(f))).sort().map((f) => readFileSync(join(EXAMPLES, f), "utf8"));
  for (let i = 0; i < count; i++) {
    const shift = Math.floor(i / sources.length);
    writeFileSync(join(dir, `r-${String(i).padStart(3, "0")}.txt`), sources[i % sources.length]!.replace(/\b\d{1,2}\b/g, (n) => String(Number(n) + shift)));
  }
}

test("the pool returns what extraction in this thread returns, copy fingerprint included", async () => {
  const pool = createExtractPool(1);
  try {
    const text = readFileSync(join(EXAMPLES, "dikwa-attack.txt"), "utf8");
    const doc = { id: "dikwa", text, meta: { published: "2025-03-05" } };
    const local = extractForStore(doc);
    const remote = await pool.extract(doc);
    assert.ok(remote.claims.length > 0);
    assert.ok(remote.fingerprint && remote.fingerprint.shingles instanceof Uint32Array && remote.fingerprint.bands.length > 0);
    assert.deepEqual(remote, local);
  } finally {
    await pool.close();
  }
});

test("ingest with 2 threads stores the same reports, claims and mentions as with 1", async (ctx) => {
  const tmp = mkdtempSync(join(tmpdir(), "triangulate-pool-"));
  ctx.after(() => rmSync(tmp, { recursive: true, force: true }));
  const dir = join(tmp, "reports");
  mkdirSync(dir);
  writeVariants(dir, 30);
  const dump = async (threads: number) => {
    const store = await openStore({ db: join(tmp, `t${threads}.db`) });
    try {
      const summary = await ingestParallel([dir], { store, threads, poolAfter: 5, waitForWorkers: true, published: "2025-03-05" });
      assert.equal(summary.inserted, 30);
      assert.equal(summary.failed, 0);
      const claims = (await store.listClaims({})).items;
      const mentions = await store.mentionsByReport();
      const reports = (await store.listReports({ limit: 100 })).items.map((r) => r.id).sort();
      return { claims, mentions, reports, stats: await store.stats() };
    } finally {
      await store.close();
    }
  };
  const single = await dump(1);
  const parallel = await dump(2);
  assert.ok(single.claims.length > 30, "the variants hold claims");
  assert.deepEqual(parallel.reports, single.reports);
  assert.deepEqual(parallel.claims, single.claims);
  assert.deepEqual(parallel.mentions, single.mentions);
  assert.deepEqual(parallel.stats, single.stats);
});

test("a batch whose files are big enough starts the pool after a handful of reports; a small one stays in this thread", async (ctx) => {
  const tmp = mkdtempSync(join(tmpdir(), "triangulate-pool-size-"));
  ctx.after(() => rmSync(tmp, { recursive: true, force: true }));
  const dir = join(tmp, "reports");
  mkdirSync(dir);
  writeVariants(dir, 12);
  const bytes = await inputBytes([dir]);
  assert.equal(bytes, readdirSync(dir).reduce((n, f) => n + readFileSync(join(dir, f)).length, 0));
  assert.equal(await inputBytes([dir, "https://example.org/feed"]), bytes, "URLs count nothing");
  const pooled = async (atOnce: number, db: string) => {
    const store = await openStore({ db: join(tmp, db) });
    try {
      const summary = await ingestParallel([dir], { store, threads: 2, poolAtOnceBytes: atOnce, waitForWorkers: true, published: "2025-03-05" });
      assert.equal(summary.inserted, 12);
      return summary.timings.pooled;
    } finally {
      await store.close();
    }
  };
  assert.equal(await pooled(bytes, "big.db"), 12 - poolEarlyAfter(2), "every report after the first few went to the workers");
  assert.equal(await pooled(bytes + 1, "small.db"), 0, "under the threshold and under poolStartsAfter: no pool");
});
