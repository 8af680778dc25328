// Ingest stores reports in batches: the stored state does not depend on the batch size, outcomes are told in input
// order, and a report the store refuses is reported and skipped without losing the rest of its batch (SQLite).
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ingest, type IngestStatus } from "../../src/ingest/ingest.ts";
import { extractForStore } from "../../src/ingest/extract-for-store.ts";
import { openStore } from "../../src/store/open-store.ts";
import type { KyselyStore } from "../../src/store/kysely-store.ts";
import { UNRELATED, WIRE_BODY } from "../support/fixtures.ts";

/** Reports in our own words: wire copies with their own headlines and tolls, and unrelated ones between them. */
function writeReports(dir: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const text = i % 3 === 2
      ? `Market report ${i}. ${UNRELATED.replace("this week", `in week ${i}`)}`
      : `Shelling report ${i}. ${WIRE_BODY.replace("at least 14", `at least ${14 + i}`)} Filed by desk ${i}.`;
    writeFileSync(join(dir, `r-${String(i).padStart(2, "0")}.txt`), text);
  }
}

async function dump(store: KyselyStore) {
  return {
    reports: (await store.listReports({ limit: 100 })).items,
    claims: (await store.listClaims({})).items,
    mentions: await store.mentionsByReport(),
    stats: await store.stats(),
  };
}

test("batches of 1, 4 and the default store the same reports, claims, mentions and copy links", async (ctx) => {
  const tmp = mkdtempSync(join(tmpdir(), "triangulate-batches-"));
  ctx.after(() => rmSync(tmp, { recursive: true, force: true }));
  const dir = join(tmp, "reports");
  mkdirSync(dir);
  writeReports(dir, 14);
  const results = [];
  for (const batchSize of [1, 4, undefined]) {
    const store = await openStore({ db: join(tmp, `b${batchSize ?? "default"}.db`) });
    try {
      const order: string[] = [];
      const summary = await ingest([dir], { store, batchSize, published: "2024-03-05", events: { document: (_s, id) => order.push(id) } });
      assert.equal(summary.inserted, 14);
      assert.deepEqual(order, [...order].sort(), "outcomes are told in input order");
      results.push(await dump(store));
    } finally {
      await store.close();
    }
  }
  assert.ok(results[0]!.reports.some((r) => r.copyOf.length > 1), "the wire copies are linked");
  assert.deepEqual(results[1], results[0]);
  assert.deepEqual(results[2], results[0]);
});

test("a report the store refuses is reported and skipped; the rest of its batch is stored", async (ctx) => {
  const tmp = mkdtempSync(join(tmpdir(), "triangulate-batches-"));
  ctx.after(() => rmSync(tmp, { recursive: true, force: true }));
  const dir = join(tmp, "reports");
  mkdirSync(dir);
  writeReports(dir, 9);
  writeFileSync(join(dir, "r-04b.txt"), ""); // unreadable in the middle of the batch: reported in its place
  const store = await openStore({ db: join(tmp, "refused.db") });
  try {
    const told: [IngestStatus, string][] = [];
    const errors: string[] = [];
    const summary = await ingest([dir], {
      store,
      published: "2024-03-05",
      // A claim without a category, as a faulty extractor could give: the database's NOT NULL refuses it.
      extractDoc: (doc) => {
        const extraction = extractForStore(doc);
        if (doc.id === "r-03") extraction.claims = extraction.claims.map((c) => ({ ...c, category: null as unknown as "killed" }));
        return extraction;
      },
      events: { document: (status, id) => told.push([status, id]), error: (e) => errors.push(`${e.file}: ${e.message}`) },
    });
    assert.equal(summary.inserted, 8);
    assert.equal(summary.failed, 2);
    assert.ok(errors.some((e) => /r-03/.test(e) && /store/.test(e)), errors.join("\n"));
    assert.deepEqual(told.map(([status]) => status), ["inserted", "inserted", "inserted", "failed", "inserted", "failed", "inserted", "inserted", "inserted", "inserted"]);
    const stored = (await store.listReports({ limit: 100 })).items.map((r) => r.id).sort();
    assert.deepEqual(stored, ["r-00", "r-01", "r-02", "r-04", "r-05", "r-06", "r-07", "r-08"]);
    assert.equal((await store.listClaims({ doc: "r-03" })).total, 0);
    assert.ok((await store.listClaims({ doc: "r-04" })).total > 0);
  } finally {
    await store.close();
  }
});
