// The recompute of entities and figures, however it loads, computes and writes, saves exactly what a full recompute
// from each stored report gives (ids included), on both dialects, after a first ingest and after changes.
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Claim, EntityMention } from "../doc/document.ts";
import { buildFigures } from "../reconcile/figures.ts";
import type { ReportInfo } from "../reconcile/report-info.ts";
import { resolveEntities } from "../resolve/resolve-entities.ts";
import { DIALECTS, openTestStore, type TestStore } from "../../test/support/dialects.ts";
import { ingest, recomputeDerived, type DeriveTimings } from "./ingest.ts";

const EXAMPLES = new URL("../../examples/", import.meta.url).pathname;
const SHARED = new URL("../../../shared/corpus/", import.meta.url).pathname;

interface Article { id: string; title?: string; published?: string | null; url?: string; outlet?: string; text: string }

/** Real conflict reporting when the shared corpus is here (many places, sources and some copies); else nothing. */
function sharedArticles(limit: number): Article[] {
  const file = join(SHARED, "ucdp-dev", "articles.jsonl");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).slice(0, limit).map((l) => JSON.parse(l) as Article);
}

/**
 * What a full recompute gives, read the slow, independent way: each report on its own (getReport: its claims,
 * mentions and copy links), in the store's id order.
 */
async function reference(t: TestStore) {
  const ids = (await t.store.db.selectFrom("reports").select("id").orderBy("id").execute()).map((r) => r.id);
  const docs: { id: string; entities: EntityMention[] }[] = [];
  const claims: Claim[] = [];
  const infos: ReportInfo[] = [];
  for (const id of ids) {
    const r = (await t.store.getReport(id))!;
    docs.push({ id, entities: r.entities });
    claims.push(...r.claims);
    infos.push({
      id, published: r.meta.published ?? null, outlet: r.meta.outlet ?? null, agency: r.meta.agency ?? null,
      title: r.meta.title ?? null, url: r.meta.url ?? null, text: r.text, copyOf: r.copyOf,
    });
  }
  // Sorted the way the store lists them, so the comparison also covers what the API and exports show.
  claims.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
  // Records go through JSON as the store keeps them (undefined fields dropped).
  const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  return { entities: json(resolveEntities(docs)), figures: json(buildFigures(claims, infos)) };
}

async function assertDerivedIsFullRecompute(t: TestStore, what: string) {
  const expected = await reference(t);
  const entities = (await t.store.listEntities()).items;
  const figures = (await t.store.listFigures()).items;
  assert.ok(expected.figures.length > 0 && expected.entities.length > 0, `${what}: the reports give entities and figures`);
  assert.deepEqual(entities, expected.entities, `${what}: entities`);
  assert.deepEqual(figures, expected.figures, `${what}: figures`);
  assert.equal((await t.store.derivedState()).stale, false, `${what}: derived tables current`);
}

/** A report of our own whose copy, stored later under another id and outlet, is one voice with it, not two. */
const OWN_REPORT: Article = {
  id: "own-report",
  published: "2025-02-10",
  text: "MAIDUGURI, Nigeria - Gunmen killed 23 villagers in an attack on a market near Maiduguri on Sunday. " +
    "At least 40 people were wounded and about 1,500 residents fled to the city. " +
    "Six suspects were arrested in Maiduguri on Monday.",
};

function writeJsonl(dir: string, name: string, articles: Article[]): string {
  const path = join(dir, name);
  writeFileSync(path, articles.map((a) => JSON.stringify(a)).join("\n") + "\n");
  return path;
}

for (const dialect of DIALECTS) {
  describe(`derive (${dialect})`, () => {
    let t: TestStore;
    let dir: string;
    before(async () => {
      t = await openTestStore(dialect);
      dir = mkdtempSync(join(tmpdir(), "triangulate-derive-"));
    });
    after(async () => {
      await t?.cleanup();
      rmSync(dir, { recursive: true, force: true });
    });

    test("after a first ingest, and after reports are added, changed and copied", async () => {
      const articles = sharedArticles(dialect === "sqlite" ? 120 : 60);
      await ingest([EXAMPLES, writeJsonl(dir, "first.jsonl", [OWN_REPORT, ...articles.slice(0, articles.length / 2)])], { store: t.store });
      await assertDerivedIsFullRecompute(t, "first ingest");

      // More reports; one report changed (its numbers), and a wire copy of another under a new id and agency.
      const later = articles.slice(articles.length / 2);
      const examplesText = readFileSync(join(EXAMPLES, "dikwa-attack.txt"), "utf8");
      const extra: Article[] = [
        ...later,
        { id: "dikwa-attack-wire", published: "2025-01-01", text: examplesText },
        { ...OWN_REPORT, id: "own-report-reprinted", published: "2025-02-11", outlet: "Another Paper" },
        { id: "changed", published: "2024-06-02", text: examplesText.replace(/\b\d{1,2}\b/g, (n) => String(Number(n) + 3)) },
      ];
      await ingest([writeJsonl(dir, "second.jsonl", extra)], { store: t.store });
      await assertDerivedIsFullRecompute(t, "second ingest");

      const changed = extra.map((a) => (a.id === "changed" ? { ...a, text: a.text.replace(/\b\d{1,2}\b/g, (n) => String(Number(n) + 1)) } : a));
      await ingest([writeJsonl(dir, "third.jsonl", changed)], { store: t.store });
      await assertDerivedIsFullRecompute(t, "a report changed");

      // A forced recompute over an unchanged store rewrites the same records, regrouping nothing.
      const timings: DeriveTimings = { loadMs: 0, entitiesMs: 0, figuresMs: 0, writeMs: 0 };
      assert.ok(await recomputeDerived(t.store, { force: true, timings }));
      await assertDerivedIsFullRecompute(t, "forced recompute");
      assert.equal(timings.figureComponents?.computed, 0);
      assert.ok(timings.figureComponents!.reused > 0);
    });
  });
}
