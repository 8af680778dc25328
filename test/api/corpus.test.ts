// The API over the seed corpus and our examples, ingested through the real pipeline on each dialect:
// `?limit=1000` returns every stored claim, and they are exactly the claims the pipeline finds.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { buildApp, type Api } from "../../src/api/app.ts";
import { ingest } from "../../src/ingest/ingest.ts";
import { readSources } from "../../src/ingest/read/index.ts";
import { extract } from "../../src/pipeline/pipeline.ts";
import { DIALECTS, openTestStore, type TestStore } from "../support/dialects.ts";

const CORPUS = fileURLToPath(new URL("../../../shared/corpus/baghouz-2019", import.meta.url));
const EXAMPLES = fileURLToPath(new URL("../../examples", import.meta.url));

/** What the pipeline finds in the seed reports, keyed doc:start-end (computed once for both dialects). */
let expectation: Promise<{ reports: number; claims: Set<string> }> | null = null;
const expectedClaims = () => (expectation ??= computeExpectedClaims());

async function computeExpectedClaims(): Promise<{ reports: number; claims: Set<string> }> {
  const claims = new Set<string>();
  let reports = 0;
  for await (const result of readSources([CORPUS, EXAMPLES])) {
    assert.ok(result.ok, "the seed reports read cleanly");
    reports++;
    for (const claim of extract(result.doc).claims) claims.add(`${claim.doc}:${claim.span[0]}-${claim.span[1]}`);
  }
  return { reports, claims };
}

for (const dialect of DIALECTS) {
  describe(`API over the seed corpus on ${dialect}`, () => {
    let db: TestStore;
    let app: Api;
    let expected: { reports: number; claims: Set<string> };

    before(async () => {
      expected = await expectedClaims();
      db = await openTestStore(dialect);
      await ingest([CORPUS, EXAMPLES], { store: db.store });
      app = await buildApp({ store: db.store });
    });
    after(async () => {
      await app?.close();
      await db?.cleanup();
    });

    test("?limit=1000 returns every claim of the seed corpus, exactly those the pipeline finds", async () => {
      const res = await app.inject({ method: "GET", url: "/api/claims?limit=1000" });
      assert.equal(res.statusCode, 200);
      const page = res.json() as { total: number; items: { doc: string; span: [number, number] }[] };
      assert.equal(page.total, expected.claims.size);
      assert.equal(page.items.length, page.total, "one page holds them all");
      assert.deepEqual(new Set(page.items.map((c) => `${c.doc}:${c.span[0]}-${c.span[1]}`)), expected.claims);
    });

    test("every report is listed and searchable; each report's claims point into its text", async () => {
      const list = (await app.inject({ method: "GET", url: "/api/reports?limit=200" })).json();
      assert.equal(list.total, expected.reports);
      const search = (await app.inject({ method: "GET", url: "/api/reports?q=Baghouz" })).json();
      assert.ok(search.total >= 1 && search.total < list.total, "search narrows to the reports that name the place");
      for (const summary of list.items) {
        const report = (await app.inject({ method: "GET", url: `/api/reports/${encodeURIComponent(summary.id)}` })).json();
        assert.equal(report.claims.length, summary.claims);
        for (const claim of report.claims) assert.equal(report.text.slice(claim.span[0], claim.span[1]), claim.text);
      }
    });

    test("stats agree with the lists", async () => {
      const stats = (await app.inject({ method: "GET", url: "/api/stats" })).json();
      const figures = (await app.inject({ method: "GET", url: "/api/figures?limit=1000" })).json();
      const entities = (await app.inject({ method: "GET", url: "/api/entities?limit=1000" })).json();
      assert.equal(stats.documents, expected.reports);
      assert.equal(stats.claims, expected.claims.size);
      assert.equal(stats.figures, figures.total);
      assert.equal(stats.entities, entities.total);
      const byCategory = Object.values(stats.byCategory as Record<string, number>).reduce((a, b) => a + b, 0);
      assert.equal(byCategory, stats.claims);
    });
  });
}
