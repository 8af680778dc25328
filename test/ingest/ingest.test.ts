// Ingest into both dialects: stored claims are exactly what extract finds; re-ingest is incremental; bad input is skipped.
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync, appendFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { ingest } from "../../src/ingest/ingest.ts";
import { DIALECTS, openTestStore, type TestStore } from "../support/dialects.ts";
import { extractAll } from "../support/extract-oracle.ts";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;
const BAGHOUZ = new URL("../../../shared/corpus/baghouz-2019/", import.meta.url).pathname;

const storedClaimsByDoc = async (t: TestStore) => {
  const byDoc = new Map<string, unknown[]>();
  for (const claim of (await t.store.listClaims({})).items) byDoc.set(claim.doc, [...(byDoc.get(claim.doc) ?? []), claim]);
  return byDoc;
};

for (const dialect of DIALECTS) {
  describe(`ingest (${dialect})`, () => {
    const stores: TestStore[] = [];
    const fresh = async () => {
      const t = await openTestStore(dialect);
      stores.push(t);
      return t;
    };
    after(async () => {
      for (const t of stores) await t.cleanup();
    });

    test("the examples: every report stored once, with exactly the claims and mentions extract finds", async () => {
      const t = await fresh();
      const summary = await ingest([EXAMPLES], { store: t.store });
      const expected = await extractAll([EXAMPLES]);
      assert.equal(summary.failed, 0);
      assert.equal(summary.inserted, expected.size);
      assert.equal((await t.store.stats()).documents, expected.size);
      for (const [id, want] of expected) {
        const got = await t.store.getReport(id);
        assert.ok(got, `report ${id} stored`);
        assert.deepEqual(got.claims, want.claims, `claims of ${id}`);
        assert.deepEqual(got.entities, want.entities, `mentions of ${id}`);
      }
      const total = [...expected.values()].reduce((n, e) => n + e.claims.length, 0);
      assert.equal((await t.store.stats()).claims, total);
      assert.equal(summary.claims, total);
      // The two outlets' copies of one wire story are linked.
      const infos = await t.store.reportInfos();
      assert.ok(infos.some((r) => r.copyOf.length > 0), "a syndicated pair in examples/ is linked");
      assert.ok(summary.derived, "entities and figures computed");
      assert.equal((await t.store.derivedState()).stale, false);
    });

    test("baghouz-2019 ingested twice: 5 documents, the second run changes nothing", async () => {
      const t = await fresh();
      const first = await ingest([BAGHOUZ], { store: t.store });
      assert.deepEqual([first.inserted, first.failed], [5, 0]);
      const before = await t.store.stats();
      const second = await ingest([BAGHOUZ], { store: t.store });
      assert.deepEqual([second.inserted, second.updated, second.unchanged, second.failed], [0, 0, 5, 0]);
      assert.equal(second.derived, null, "nothing changed, nothing recomputed");
      assert.deepEqual(await t.store.stats(), before);
      assert.equal(before.documents, 5);
      const expected = await extractAll([BAGHOUZ]);
      const stored = await storedClaimsByDoc(t);
      for (const [id, want] of expected) assert.deepEqual(stored.get(id) ?? [], want.claims, `claims of ${id}`);
    });

    test("incremental: a changed report is updated, a new one inserted, others not re-extracted", async (ctx) => {
      const t = await fresh();
      const dir = mkdtempSync(join(tmpdir(), "triangulate-ingest-"));
      ctx.after(() => rmSync(dir, { recursive: true, force: true }));
      cpSync(EXAMPLES, dir, { recursive: true });
      await ingest([dir], { store: t.store });
      appendFileSync(join(dir, "aid-convoy.txt"), "\nLater, officials said 12 more people had been evacuated from the town by road.\n");
      writeFileSync(join(dir, "new-report.txt"), "Aid workers said about 300 people arrived at the camp near Bama on Friday after walking for two days.\n");
      const extracted: string[] = [];
      const summary = await ingest([dir], {
        store: t.store,
        extractDoc: async (doc) => {
          extracted.push(doc.id);
          const { extract } = await import("../../src/pipeline/pipeline.ts");
          const d = extract(doc);
          return { claims: d.claims, entities: d.entities };
        },
      });
      assert.deepEqual(extracted.sort(), ["aid-convoy", "new-report"]);
      assert.equal(summary.updated, 1);
      assert.equal(summary.inserted, 1);
      assert.ok(summary.unchanged >= 5);
      assert.ok(summary.derived);
      const expected = await extractAll([dir]);
      assert.deepEqual((await t.store.getReport("aid-convoy"))?.claims, expected.get("aid-convoy")?.claims);
      assert.ok((await t.store.getReport("aid-convoy"))?.text.includes("12 more people"));
    });

    test("a saved feed re-saved with a new item on top keeps its items' ids (unchanged); saved under another name it adds no report", async (ctx) => {
      const t = await fresh();
      const dir = mkdtempSync(join(tmpdir(), "triangulate-feed-"));
      ctx.after(() => rmSync(dir, { recursive: true, force: true }));
      const item = (slug: string, title: string, text: string) =>
        `<item><title>${title}</title><link>https://shabelle.example/${slug}</link><pubDate>Mon, 12 May 2025 09:00:00 GMT</pubDate><description>${text}</description></item>`;
      const toll = item("toll", "Flood toll rises", "Floods killed 19 people in Beledweyne on Sunday, officials said.");
      const cattle = item("cattle", "Cattle lost", "Herders said 300 cattle drowned near the river on Sunday.");
      const rain = item("rain", "Rain eases", "Officials said 40 people were evacuated from Beledweyne on Monday as the rain eased.");
      const rss = (...items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Shabelle Daily</title>${items.join("")}</channel></rss>`;
      writeFileSync(join(dir, "shabelle-daily.rss"), rss(toll, cattle));
      const first = await ingest([join(dir, "shabelle-daily.rss")], { store: t.store });
      assert.deepEqual([first.inserted, first.updated, first.unchanged, first.failed], [2, 0, 0, 0]);
      const tollClaims = (await t.store.getReport("https://shabelle.example/toll"))?.claims;
      assert.ok(tollClaims?.length);
      writeFileSync(join(dir, "shabelle-daily.rss"), rss(rain, toll, cattle));
      const resaved = await ingest([join(dir, "shabelle-daily.rss")], { store: t.store });
      assert.deepEqual([resaved.inserted, resaved.updated, resaved.unchanged, resaved.failed], [1, 0, 2, 0]);
      assert.deepEqual((await t.store.getReport("https://shabelle.example/toll"))?.claims, tollClaims);
      writeFileSync(join(dir, "shabelle-daily-0512.rss"), rss(toll, cattle));
      const renamed = await ingest([join(dir, "shabelle-daily-0512.rss")], { store: t.store });
      assert.equal(renamed.inserted, 0);
      assert.equal((await t.store.stats()).documents, 3);
    });

    test("a syndicated copy on the same day points at the agency's own story, whatever the ids' order; otherwise at the report stored first", async (ctx) => {
      const t = await fresh();
      const dir = mkdtempSync(join(tmpdir(), "triangulate-wire-"));
      ctx.after(() => rmSync(dir, { recursive: true, force: true }));
      const story = "BELEDWEYNE, Somalia (HPA) - Floods killed at least 12 people in the central Somali town of Beledweyne on Saturday, "
        + "the district commissioner said, as the Shabelle river burst its banks after a week of heavy rain in the highlands. "
        + "About 8,000 people fled their homes for higher ground, local officials said, and aid agencies warned that the water "
        + "could rise further in the coming days as more rain was forecast upstream in Ethiopia.";
      writeFileSync(join(dir, "hpa-wire-0510.txt"), `${story}\n`);
      writeFileSync(join(dir, "coastline-times-0510.txt"), `${story}\n\nSubscribe to our newsletter for more news from the coast.\n`);
      writeFileSync(join(dir, "manifest.json"), JSON.stringify({ documents: [
        { file: "hpa-wire-0510.txt", published: "2025-05-10", agency: "HPA", outlet: "HPA" },
        { file: "coastline-times-0510.txt", published: "2025-05-10", agency: "HPA", outlet: "Coastline Times" },
      ] }));
      await ingest([dir], { store: t.store });
      const copyOf = new Map((await t.store.reportInfos()).map((r) => [r.id, r.copyOf]));
      assert.deepEqual(copyOf.get("coastline-times-0510"), ["hpa-wire-0510"]);
      assert.deepEqual(copyOf.get("hpa-wire-0510"), []);
      // The same story saved again under another name the next run: the stored one stays the original.
      writeFileSync(join(dir, "a-saved-again.txt"), `${story}\n`);
      await ingest([join(dir, "a-saved-again.txt")], { store: t.store, published: "2025-05-10" });
      const after = new Map((await t.store.reportInfos()).map((r) => [r.id, r.copyOf]));
      assert.deepEqual(after.get("a-saved-again"), ["coastline-times-0510", "hpa-wire-0510"]);
      assert.deepEqual(after.get("coastline-times-0510"), ["hpa-wire-0510"]);
      assert.deepEqual(after.get("hpa-wire-0510"), []);
    });

    test("bad inputs are reported and skipped; duplicate ids in one run are refused; the rest is stored", async (ctx) => {
      const t = await fresh();
      const dir = mkdtempSync(join(tmpdir(), "triangulate-bad-"));
      ctx.after(() => rmSync(dir, { recursive: true, force: true }));
      writeFileSync(join(dir, "good.txt"), "Officials said 40 people were wounded in the blast at the bus station on Tuesday.\n");
      writeFileSync(join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255]));
      writeFileSync(join(dir, "empty.txt"), "");
      writeFileSync(join(dir, "dupes.jsonl"), [
        JSON.stringify({ id: "same", text: "Nine people were detained at the checkpoint, police said." }),
        "{not json",
        JSON.stringify({ id: "same", text: "A different report under the same id." }),
      ].join("\n") + "\n");
      const errors: string[] = [];
      const summary = await ingest([dir, join(dir, "missing.txt")], { store: t.store, events: { error: (e) => errors.push(`${e.file}: ${e.message}`) } });
      assert.equal(summary.inserted, 2, errors.join("\n"));
      assert.equal(summary.failed, 5, errors.join("\n"));
      assert.ok(errors.some((e) => /duplicate id "same"/.test(e)));
      assert.equal((await t.store.getReport("same"))?.text, "Nine people were detained at the checkpoint, police said.");
      assert.ok(await t.store.getReport("good"));
    });

    test("URLs: fetched with --allow-private from a local server, refused without it", async (ctx) => {
      const t = await fresh();
      const server: Server = createServer((req, res) => {
        res.writeHead(200, { "content-type": "text/plain; charset=utf-8" })
          .end(`Report at ${req.url}. Local officials said 15 people were killed when a bridge collapsed near the river crossing on Sunday.`);
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      ctx.after(() => server.close());
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bridge`;
      const refused = await ingest([url], { store: t.store });
      assert.deepEqual([refused.inserted, refused.failed], [0, 1]);
      const fetched = await ingest([url], { store: t.store, fetch: { allowPrivate: true }, published: "2024-05-02" });
      assert.equal(fetched.inserted, 1);
      const report = await t.store.getReport(url);
      assert.ok(report?.text.includes("bridge collapsed"));
      assert.equal(report?.meta.published, "2024-05-02");
      assert.equal(report?.meta.outlet, "127.0.0.1");
    });
  });
}

test("both dialects store the same claims for the examples", async () => {
  const claimsIn = async (dialect: (typeof DIALECTS)[number]) => {
    const t = await openTestStore(dialect);
    try {
      await ingest([EXAMPLES], { store: t.store });
      return { claims: (await t.store.listClaims({})).items, entities: (await t.store.listEntities()).items, figures: (await t.store.listFigures()).items };
    } finally {
      await t.cleanup();
    }
  };
  const [sqlite, postgres] = [await claimsIn("sqlite"), await claimsIn("postgres")];
  assert.deepEqual(postgres, sqlite);
});
