// putReports (several reports per transaction): the same stored state as putReport one by one, copies found inside
// one batch, and a report that fails rolled back alone while the rest of its batch is stored.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DIALECTS, openTestStore } from "../support/dialects.ts";
import { claim, report, UNRELATED, WIRE_BODY, wireExtraction } from "../support/fixtures.ts";
import type { KyselyStore } from "../../src/store/kysely-store.ts";
import type { ReportToStore } from "../../src/store/store.ts";
import { fingerprint } from "../../src/ingest/copies/copy-detector.ts";

/** A small batch with an original, its same-text copy, a rewrite and an unrelated report, in one order. */
function batch(): ReportToStore[] {
  const original = `Shelling hits Marrowfield market. ${WIRE_BODY} Reporting by our correspondent.`;
  const rewrite = `Dozens dead as market shelled. ${WIRE_BODY} Copyright 2024 Evening Star, all rights reserved.`;
  const harvest = `Harvest. ${UNRELATED}`;
  return [
    { report: report("b-rewrite", rewrite, { published: "2024-03-05" }), extraction: wireExtraction("b-rewrite", rewrite) },
    { report: report("b-original", original, { published: "2024-03-04" }), extraction: wireExtraction("b-original", original) },
    { report: report("b-other", harvest, { published: "2024-03-07" }), extraction: { claims: [claim("b-other", harvest, "wheat", { category: "other" })], entities: [] } },
    { report: report("b-same", original, { published: "2024-03-06" }), extraction: { claims: [], entities: [] } },
  ];
}

/** What a store holds, in a form two stores can be compared by. */
async function contents(store: KyselyStore) {
  const reports = (await store.listReports({ limit: 100 })).items.sort((a, b) => a.id.localeCompare(b.id));
  return { reports, claims: (await store.listClaims({})).items, mentions: await store.mentionsByReport(), stats: await store.stats() };
}

for (const dialect of DIALECTS) {
  describe(`putReports (${dialect})`, () => {
    test("stores a batch as putReport one by one would, copies inside the batch included", async (ctx) => {
      const [one, many] = [await openTestStore(dialect), await openTestStore(dialect)];
      ctx.after(async () => {
        await one.cleanup();
        await many.cleanup();
      });
      for (const item of batch()) await one.store.putReport(item.report, item.extraction);
      const outcomes = await many.store.putReports(batch());
      assert.deepEqual(outcomes.map((o) => o.status), ["inserted", "inserted", "inserted", "inserted"]);
      const single = await contents(one.store);
      assert.deepEqual(await contents(many.store), single);
      const copyOf = new Map(single.reports.map((r) => [r.id, r.copyOf.sort()]));
      assert.deepEqual(copyOf.get("b-rewrite"), ["b-original"], "the rewrite, stored before its original in the same batch, is linked");
      assert.deepEqual(copyOf.get("b-same"), ["b-original", "b-rewrite"]);
      assert.deepEqual(copyOf.get("b-other"), []);
      // Again: every report unchanged, nothing written.
      const version = (await many.store.derivedState()).reportsVersion;
      assert.deepEqual((await many.store.putReports(batch())).map((o) => o.status), ["unchanged", "unchanged", "unchanged", "unchanged"]);
      assert.equal((await many.store.derivedState()).reportsVersion, version);
    });

    test("stats count claims per category asked for, in the same answer as the totals", async (ctx) => {
      const t = await openTestStore(dialect);
      ctx.after(() => t.cleanup());
      const categories = ["killed", "wounded", "fled", "other", "present"];
      assert.deepEqual(await t.store.stats({ categories }), { ...(await t.store.stats()), byCategory: { killed: 0, wounded: 0, fled: 0, other: 0, present: 0 } });
      await t.store.putReports(batch());
      const plain = await t.store.stats();
      const counted = await t.store.stats({ categories });
      assert.deepEqual(counted.byCategory, { killed: 2, wounded: 2, fled: 2, other: 1, present: 0 });
      assert.deepEqual({ ...counted, byCategory: undefined }, { ...plain, byCategory: undefined });
      assert.equal(plain.claims, 7);
    });

    test("a fingerprint made elsewhere (a worker thread) gives the same links as one made by the store", async (ctx) => {
      const t = await openTestStore(dialect);
      ctx.after(() => t.cleanup());
      const items = batch().map((item) => ({ ...item, extraction: { ...item.extraction, fingerprint: fingerprint(item.report.text) } }));
      await t.store.putReports(items);
      assert.deepEqual((await t.store.getReport("b-rewrite"))?.copyOf, ["b-original"]);
      assert.deepEqual((await t.store.getReport("b-same"))?.copyOf.sort(), ["b-original", "b-rewrite"]);
    });

    test("a report that fails is rolled back alone; the rest of its batch is stored", async (ctx) => {
      const t = await openTestStore(dialect);
      ctx.after(() => t.cleanup());
      const items = batch();
      const broken = items[1]!;
      // A claim without a category breaks a NOT NULL column: the database refuses that report.
      broken.extraction = { claims: [claim(broken.report.id, broken.report.text, "at least 14 civilians", { category: null as unknown as "killed" })], entities: [] };
      const outcomes = await t.store.putReports(items);
      assert.deepEqual(outcomes.map((o) => o.status), ["inserted", "failed", "inserted", "inserted"]);
      assert.match(outcomes[1]!.status === "failed" ? outcomes[1]!.message : "", /null|category/i);
      assert.equal(await t.store.getReport("b-original"), null, "nothing of the failed report is kept");
      assert.equal((await t.store.listClaims({ doc: "b-original" })).total, 0);
      assert.equal((await t.store.stats()).documents, 3);
      assert.deepEqual((await t.store.getReport("b-same"))?.copyOf, ["b-rewrite"], "no link to the report that was rolled back");
      // The failed report, stored again with a good extraction, joins the others.
      assert.deepEqual((await t.store.putReports([batch()[1]!])).map((o) => o.status), ["inserted"]);
      assert.deepEqual((await t.store.getReport("b-rewrite"))?.copyOf, ["b-original"]);
    });
  });
}
