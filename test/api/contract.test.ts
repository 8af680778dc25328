// The API against the other views on a store ingested from real files: claim objects with the claim record's keys in
// its order, one title for a report everywhere, and validation errors that say what is wrong.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp, type Api } from "../../src/api/app.ts";
import { buildBrief } from "../../src/brief/brief.ts";
import { parseCsv } from "../../src/export/csv.ts";
import { ingest } from "../../src/ingest/ingest.ts";
import { openTestStore, type TestStore } from "../support/dialects.ts";
import { extractAll } from "../support/extract-oracle.ts";

const TOKEN = "contract-token-81";

describe("API contract (sqlite, ingested files)", () => {
  let db: TestStore;
  let app: Api;
  let dir: string;
  const get = async (url: string) => {
    const res = await app.inject({ method: "GET", url });
    return { status: res.statusCode, body: res.json() };
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), "triangulate-contract-"));
    writeFileSync(join(dir, "radio-dalsan-0513.txt"), [
      "Radio Dalsan - 13 May 2025",
      "",
      "Agency corrects the Beledweyne flood toll",
      "",
      "Residents said dozens of people were killed when the river burst its banks in Beledweyne on Sunday.",
      "The governor said 31 people were killed.",
      "",
    ].join("\n"));
    db = await openTestStore("sqlite");
    await ingest([dir], { store: db.store });
    app = await buildApp({ store: db.store, token: TOKEN });
  });
  after(async () => {
    await app.close();
    await db.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  test("claims from /api/claims and /api/reports/:id have the claim record's keys in its order, vague always there", async () => {
    const expected = (await extractAll([dir])).get("radio-dalsan-0513")!.claims;
    const keys = Object.keys(expected[0]!);
    assert.equal(keys[keys.indexOf("qualifier") + 1], "vague");
    const list = (await get("/api/claims")).body.items as Record<string, unknown>[];
    const detail = (await get("/api/reports/radio-dalsan-0513")).body.claims as Record<string, unknown>[];
    assert.ok(list.length >= 2 && list.some((c) => c.vague === "dozens") && list.some((c) => c.vague === null), JSON.stringify(list));
    for (const claim of [...list, ...detail]) assert.deepEqual(Object.keys(claim), keys);
    const queried = (await get("/api/claims?q=governor")).body.items as Record<string, unknown>[];
    for (const claim of queried) assert.deepEqual(Object.keys(claim), keys);
  });

  test("a text file without a title has the same title in the API list and detail, the CSV and the brief", async () => {
    const listed = (await get("/api/reports")).body.items[0];
    const detail = (await get("/api/reports/radio-dalsan-0513")).body;
    const csv = parseCsv((await app.inject({ method: "GET", url: "/api/export.csv" })).body);
    const csvTitle = csv[1]![csv[0]!.indexOf("report_title")];
    const { items } = await db.store.listFigures();
    const claims = (await db.store.listClaims({})).items;
    const brief = buildBrief(items, claims, await db.store.reportInfos({ withText: true }));
    assert.equal(listed.title, "Agency corrects the Beledweyne flood toll");
    assert.equal(detail.meta.title, listed.title);
    assert.equal(csvTitle, listed.title);
    assert.ok(brief.citations.length > 0);
    for (const c of brief.citations) assert.equal(c.title, listed.title);
  });

  test("validation errors name the parameter and what it must be", async () => {
    const message = async (url: string) => {
      const { status, body } = await get(url);
      assert.equal(status, 400, url);
      assert.equal(body.error, "bad_request");
      return body.message as string;
    };
    assert.equal(await message("/api/claims?category=bogus"), "category must be one of killed, wounded, evacuated, fled, surrendered, detained, arrived, present, other.");
    assert.equal(await message("/api/figures?category=bogus"), "category must be one of killed, wounded, evacuated, fled, surrendered, detained, arrived, present, other.");
    assert.equal(await message("/api/entities?type=planet"), "type must be one of person, org, place.");
    assert.equal(await message("/api/export.geojson?kind=cats"), "kind must be one of claims, figures.");
    assert.match(await message("/api/export.csv?category=killed&limit=2"), /^unknown parameter "limit"; parameters are category, place, .*\.$/);
    assert.match(await message("/api/claims?limit=abc"), /^limit must be an integer\.$/);
    assert.match(await message("/api/claims?from=May"), /^from must be ISO date, YYYY-MM-DD\.$/);
    // Unknown parameters are refused the same way on every list endpoint.
    for (const url of ["/api/claims?foo=1", "/api/reports?foo=1", "/api/figures?foo=1", "/api/entities?foo=1", "/api/export.geojson?foo=1", "/api/stats?foo=1", "/api/places?foo=1"]) {
      assert.match(await message(url), /^unknown parameter "foo"/, url);
    }
    assert.match(await message("/api/stats?foo=1"), /takes no parameters/);
  });

  test("POST errors: a non-http(s) url, a missing text, an unknown field", async () => {
    const post = async (payload: object) => {
      const res = await app.inject({ method: "POST", url: "/api/reports", payload, headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(res.statusCode, 400, res.body);
      return res.json().message as string;
    };
    assert.equal(await post({ url: "file:///etc/passwd" }), "url must be an http(s) URL.");
    assert.equal(await post({ title: "no body" }), "text is required.");
    assert.match(await post({ text: "Five people were hurt.", colour: "blue" }), /^unknown field "colour"; fields are id, title, url, published, outlet, agency, text\.$/);
    assert.match(await post({ text: "Five people were hurt.", published: "yesterday" }), /^published must be ISO date, YYYY-MM-DD\.$/);
  });
});
