// The store's contract, held to the same tests on SQLite and PostgreSQL.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { DIALECTS, openTestStore, type TestStore } from "../support/dialects.ts";
import { claim, report, UNRELATED, WIRE_BODY, wireExtraction } from "../support/fixtures.ts";
import type { EntityRecord, FigureRecord } from "../../src/store/store.ts";

const i = (id: string) => Number(id.split("-")[1]);

for (const dialect of DIALECTS) {
  describe(`store (${dialect})`, () => {
    let t: TestStore;
    before(async () => {
      t = await openTestStore(dialect);
    });
    after(async () => {
      await t?.cleanup();
    });

    test("putReport inserts, then is idempotent by id and hash, then updates a changed text", async () => {
      const s = t.store;
      const text = `Shelling hits market. ${WIRE_BODY}`;
      const ext = wireExtraction("r1", text);
      assert.equal(await s.putReport(report("r1", text), ext), "inserted");
      const v1 = (await s.derivedState()).reportsVersion;
      assert.equal(await s.putReport(report("r1", text), ext), "unchanged");
      assert.equal((await s.derivedState()).reportsVersion, v1, "an unchanged report writes nothing");

      const stored = await s.getReport("r1");
      assert.ok(stored);
      assert.equal(stored.text, text);
      assert.deepEqual(stored.claims, JSON.parse(JSON.stringify(ext.claims)));
      assert.deepEqual(stored.entities, ext.entities);
      assert.equal(stored.meta.outlet, "Daily Courier");

      const newer = text.replace("at least 14 civilians", "at least 19 civilians");
      const ext2 = { claims: [claim("r1", newer, "at least 19 civilians", { value: 19, low: 19 })], entities: [] };
      assert.equal(await s.putReport(report("r1", newer), ext2), "updated");
      const after = await s.getReport("r1");
      assert.equal(after?.claims.length, 1);
      assert.equal(after?.claims[0]?.value, 19);
      assert.equal(after?.entities.length, 0);
      assert.ok((await s.derivedState()).stale);

      // Same text, corrected metadata: stored again, since extraction reads the date.
      assert.equal(await s.putReport(report("r1", newer, { published: "2024-03-06" }), ext2), "updated");
      assert.equal((await s.findReportVersion("r1"))?.meta.published, "2024-03-06");
    });

    test("a failing putReport leaves the previous state whole", async () => {
      const s = t.store;
      const text = `Atomic check. ${UNRELATED}`;
      const good = { claims: [claim("a1", text, "wheat", { category: "other" })], entities: [] };
      await s.putReport(report("a1", text), good);
      const broken = { claims: [claim("a1", text, "Grain", { category: null as unknown as "killed" })], entities: [] };
      await assert.rejects(s.putReport(report("a1", text + " More grain.", {}), broken));
      const stored = await s.getReport("a1");
      assert.equal(stored?.text, text);
      assert.deepEqual(stored?.claims.map((c) => c.text), ["wheat"]);
    });

    test("listClaims filters by category, document, place, source, outlet, dates and pages", async () => {
      const s = t.store;
      const text = `Filter check. ${WIRE_BODY}`;
      await s.putReport(report("f1", text, { outlet: "Evening Star", published: "2024-03-05" }), wireExtraction("f1", text));
      const mine = await s.listClaims({ doc: "f1" });
      assert.equal(mine.total, 3);
      assert.deepEqual(mine.items.map((c) => c.category), ["killed", "wounded", "fled"]);
      assert.equal((await s.listClaims({ doc: "f1", category: "fled" })).items[0]?.vague, "hundreds");
      assert.equal((await s.listClaims({ doc: "f1", place: "tessa" })).total, 1);
      assert.equal((await s.listClaims({ doc: "f1", source: "HEALTH OFFICE" })).total, 2);
      assert.equal((await s.listClaims({ outlet: "evening star" })).total, 3);
      // The fled claim has no time of its own and falls back to the report's date.
      assert.equal((await s.listClaims({ doc: "f1", from: "2024-03-05" })).total, 1);
      assert.equal((await s.listClaims({ doc: "f1", to: "2024-03-04" })).total, 2);
      const page = await s.listClaims({ doc: "f1", limit: 1, offset: 1 });
      assert.equal(page.total, 3);
      assert.deepEqual(page.items.map((c) => c.category), ["wounded"]);
      assert.equal((await s.listClaims({ doc: "f1", offset: 2 })).items.length, 1);
    });

    test("full-text search finds words, phrases and honours negation", async (ctx) => {
      const fresh = await openTestStore(dialect);
      ctx.after(() => fresh.cleanup());
      const s = fresh.store;
      await s.putReport(report("s1", `Harvest news. ${UNRELATED}`, { title: "Wheat harvest comes early" }), { claims: [], entities: [] });
      await s.putReport(report("s2", `Storm news. Strong winds tore roofs off houses in the harbour district, officials said.`), { claims: [], entities: [] });
      const ids = async (q: string) => (await s.listReports({ q, limit: 100 })).items.map((r) => r.id).sort();
      assert.deepEqual(await ids("harvest"), ["s1"]);
      assert.deepEqual(await ids("roofs harbour"), ["s2"]);
      assert.deepEqual(await ids('"storage depots"'), ["s1"]);
      assert.deepEqual(await ids('"depots storage"'), []);
      assert.ok((await ids("officials")).includes("s2"));
      assert.ok(!(await ids("officials -harbour")).includes("s2"));
      assert.deepEqual(await ids("-harbour"), ["s1"]);
      assert.deepEqual(await ids("harvest or roofs"), ["s1", "s2"]);
      assert.deepEqual(await ids("-"), ["s1", "s2"], "a query with nothing to look for lists everything");
      const all = await s.listReports({ limit: 1 });
      assert.equal(all.total, 2);
      assert.equal(all.items.length, 1);
    });

    test("copies: same text twice, and a syndicated rewrite, are linked; unrelated reports are not", async (ctx) => {
      const fresh = await openTestStore(dialect);
      ctx.after(() => fresh.cleanup());
      const s = fresh.store;
      const original = `Shelling hits Marrowfield market. ${WIRE_BODY} Reporting by our correspondent.`;
      const rewrite = `Dozens dead as market shelled. ${WIRE_BODY} Copyright 2024 Evening Star, all rights reserved.`;
      await s.putReport(report("c-original", original, { published: "2024-03-04" }), { claims: [], entities: [] });
      await s.putReport(report("c-rewrite", rewrite, { published: "2024-03-05" }), { claims: [], entities: [] });
      await s.putReport(report("c-same", original, { published: "2024-03-06" }), { claims: [], entities: [] });
      await s.putReport(report("c-other", `Harvest. ${UNRELATED}`, { published: "2024-03-07" }), { claims: [], entities: [] });
      assert.deepEqual((await s.getReport("c-rewrite"))?.copyOf, ["c-original"]);
      assert.deepEqual((await s.getReport("c-same"))?.copyOf.sort(), ["c-original", "c-rewrite"]);
      assert.deepEqual((await s.getReport("c-original"))?.copyOf, []);
      assert.deepEqual((await s.getReport("c-other"))?.copyOf, []);
      const infos = new Map((await s.reportInfos()).map((r) => [r.id, r]));
      assert.deepEqual(infos.get("c-rewrite")?.copyOf, ["c-original"]);
      // An earlier report arriving later is the original: the link points from the later one.
      await s.putReport(report("c-first", rewrite.replace("Dozens dead", "Many dead"), { published: "2024-03-01" }), { claims: [], entities: [] });
      assert.deepEqual((await s.getReport("c-original"))?.copyOf, ["c-first"]);
      // Rewritten into something else, a report loses its links.
      await s.putReport(report("c-rewrite", `Rewritten. ${UNRELATED} Nothing else.`, { published: "2024-03-05" }), { claims: [], entities: [] });
      assert.deepEqual((await s.getReport("c-rewrite"))?.copyOf, []);
      assert.deepEqual((await s.getReport("c-other"))?.copyOf, ["c-rewrite"], "the later one is the copy");
      const summary = (await s.listReports({ q: "Marrowfield", limit: 10 })).items.find((r) => r.id === "c-same");
      assert.deepEqual(summary?.copyOf.sort(), ["c-first", "c-original"]);
    });

    test("concurrent writers: the same id stored once, near-copies stored at once still linked", async (ctx) => {
      const fresh = await openTestStore(dialect);
      ctx.after(() => fresh.cleanup());
      const s = fresh.store;
      const text = `Concurrent. ${WIRE_BODY}`;
      const results = await Promise.all(Array.from({ length: 4 }, () => s.putReport(report("same-id", text), wireExtraction("same-id", text))));
      assert.deepEqual(results.sort(), ["inserted", "unchanged", "unchanged", "unchanged"]);
      assert.equal((await s.listClaims({ doc: "same-id" })).total, 3);
      const variants = Array.from({ length: 6 }, (_, i) => [`wire-${i}`, `Version ${i} headline. ${WIRE_BODY} Ending number ${i}.`] as const);
      await Promise.all(variants.map(([id, t]) => s.putReport(report(id, t, { published: `2024-03-1${i(id)}` }), { claims: [], entities: [] })));
      const infos = new Map((await s.reportInfos()).map((r) => [r.id, r.copyOf]));
      // Every later version is linked to every earlier one, whichever transaction committed first.
      for (const [id] of variants) {
        const expected = variants.map(([other]) => other).filter((other) => other !== id && i(other) < i(id));
        assert.deepEqual([...(infos.get(id) ?? [])].filter((x) => x.startsWith("wire-")).sort(), expected.sort(), `copies of ${id}`);
      }
    });

    test("entities and figures are replaced as a whole and read back in order", async () => {
      const s = t.store;
      const entity = (id: string, name: string, type: EntityRecord["type"], aliases: string[]): EntityRecord =>
        ({ id, name, type, aliases, lat: null, lon: null, precision: null, mentions: [{ doc: "f1", span: [0, name.length], text: name }] });
      const figure = (id: string, category: string): FigureRecord => ({
        id, category, subject: "civilians", place: null, low: 14, best: 14, high: 19, grade: "corroborated",
        latest: { value: 19, date: "2024-03-05" }, members: [{ doc: "f1", span: [1, 2] }], history: [], conflicts: [],
      });
      const state = await s.derivedState();
      await s.replaceDerived({
        entities: [entity("tessaly", "Tessaly", "place", ["Tessaly", "Tesali"]), entity("health-office", "Regional Health Office", "org", ["regional health office"])],
        figures: [figure("f2", "wounded"), figure("f1", "killed")],
        reportsVersion: state.reportsVersion,
      });
      assert.equal((await s.derivedState()).stale, false);
      assert.deepEqual((await s.listEntities()).items.map((e) => e.id), ["tessaly", "health-office"]);
      assert.deepEqual((await s.listEntities({ type: "org" })).items.map((e) => e.id), ["health-office"]);
      assert.deepEqual((await s.listEntities({ q: "tesali" })).items.map((e) => e.id), ["tessaly"]);
      assert.equal((await s.getEntity("tessaly"))?.aliases.length, 2);
      assert.deepEqual((await s.listFigures()).items.map((f) => f.id), ["f2", "f1"]);
      assert.equal((await s.listFigures({ category: "killed", limit: 5 })).total, 1);
      assert.equal((await s.getFigure("f1"))?.latest?.value, 19);
      assert.equal(await s.getFigure("nope"), null);
      // The entity filter on claims matches the entity's name and aliases.
      assert.equal((await s.listClaims({ doc: "f1", entity: "tessaly" })).total, 1);
      assert.equal((await s.listClaims({ doc: "f1", entity: "health-office" })).total, 2);

      await s.replaceFigures([figure("f3", "fled")]);
      assert.deepEqual((await s.listFigures()).items.map((f) => f.id), ["f3"]);
      await s.replaceEntities([]);
      assert.equal((await s.listEntities()).total, 0);
    });

    test("stats count what is stored", async () => {
      const s = t.store;
      const stats = await s.stats();
      const reports = await s.listReports({ limit: 1000 });
      const claims = await s.listClaims({});
      assert.equal(stats.documents, reports.total);
      assert.equal(stats.claims, claims.total);
      assert.equal(stats.figures, (await s.listFigures()).total);
      assert.equal(stats.pending, 0);
      const mentions = await s.mentionsByReport();
      assert.equal(mentions.length, stats.documents);
      assert.equal(mentions.find((m) => m.id === "f1")?.entities.length, 2);
    });
  });
}
