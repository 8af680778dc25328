// REST API tests with app.inject over real stores (a temp SQLite file and a throwaway PostgreSQL), on each dialect.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { buildApp, type Api } from "../../src/api/app.ts";
import { DIALECTS, openTestStore, type TestStore } from "../support/dialects.ts";
import { parseCsv } from "../../src/export/csv.ts";
import { HARVEST_REPORT, HILL_REPORT, RIVER_REPORT, seedFixtures } from "./support/api-fixtures.ts";

const TOKEN = "test-token-4f9c";

for (const dialect of DIALECTS) {
  describe(`REST API on ${dialect}`, () => {
    let db: TestStore;
    let app: Api;
    const get = async (url: string) => {
      const res = await app.inject({ method: "GET", url });
      return { status: res.statusCode, body: res.json(), headers: res.headers };
    };

    before(async () => {
      db = await openTestStore(dialect);
      await seedFixtures(db.store);
      app = await buildApp({ store: db.store, token: TOKEN });
    });
    after(async () => {
      await app.close();
      await db.cleanup();
    });

    test("GET /health answers ok with the dialect", async () => {
      const { status, body } = await get("/health");
      assert.equal(status, 200);
      assert.deepEqual(body, { status: "ok", dialect });
    });

    test("reports list with total, pagination and full-text search", async () => {
      const all = await get("/api/reports");
      assert.equal(all.status, 200);
      assert.equal(all.body.total, 3);
      assert.deepEqual(new Set(all.body.items.map((r: { id: string }) => r.id)), new Set([HILL_REPORT.id, RIVER_REPORT.id, HARVEST_REPORT.id]));
      const hill = all.body.items.find((r: { id: string }) => r.id === HILL_REPORT.id);
      assert.equal(hill.claims, 3);
      assert.equal(hill.title, HILL_REPORT.meta.title);

      const page = await get("/api/reports?limit=1&offset=1");
      assert.equal(page.body.total, 3);
      assert.equal(page.body.items.length, 1);

      const search = await get("/api/reports?q=barley");
      assert.deepEqual(search.body.items.map((r: { id: string }) => r.id), [HARVEST_REPORT.id]);
      assert.match(search.body.items[0].snippet, /barley harvest/, "a search result shows where the word is");
      assert.equal(all.body.items[0].snippet, undefined, "plain listings carry no snippet");
      const none = await get("/api/reports?q=submarine");
      assert.equal(none.body.total, 0);
      // Search syntax a person might type never breaks the query.
      for (const q of ['"', "AND", "-", "*", "barley OR", '"grain stores', "NEAR(x y)", "a:b", "(("]) {
        const odd = await get(`/api/reports?q=${encodeURIComponent(q)}`);
        assert.equal(odd.status, 200, `q=${q}: ${JSON.stringify(odd.body)}`);
      }
    });

    test("one report gives its text and claim and entity spans that point into it", async () => {
      const { status, body } = await get(`/api/reports/${encodeURIComponent(RIVER_REPORT.id)}`);
      assert.equal(status, 200);
      assert.equal(body.text, RIVER_REPORT.text);
      assert.equal(body.meta.outlet, "Plains Courier");
      assert.equal(body.claims.length, 2);
      for (const claim of body.claims) assert.equal(body.text.slice(claim.span[0], claim.span[1]), claim.text);
      for (const entity of body.entities) assert.equal(body.text.slice(entity.start, entity.end), entity.text);
    });

    test("unknown ids are 404 with {error, message}", async () => {
      for (const url of ["/api/reports/nope", "/api/figures/nope", "/api/entities/nope"]) {
        const { status, body } = await get(url);
        assert.equal(status, 404, url);
        assert.equal(body.error, "not_found");
        assert.match(body.message, /nope/);
      }
      const route = await get("/api/nothing-here");
      assert.equal(route.status, 404);
      assert.equal(route.body.error, "not_found");
    });

    test("claims filter by category, report, place, source, dates and words", async () => {
      const all = await get("/api/claims?limit=1000");
      assert.equal(all.body.total, 5);
      assert.equal(all.body.items.length, 5);
      const killed = await get("/api/claims?category=killed");
      assert.deepEqual(killed.body.items.map((c: { value: number }) => c.value).sort(), [23, 31]);
      const inReport = await get(`/api/claims?report=${RIVER_REPORT.id}`);
      assert.equal(inReport.body.total, 2);
      const inAmrat = await get("/api/claims?place=Amrat");
      assert.deepEqual(inAmrat.body.items.map((c: { category: string }) => c.category).sort(), ["arrived", "fled"]);
      const byEntity = await get("/api/claims?entity=kessaro");
      assert.equal(byEntity.body.total, 3, "claims about a resolved place entity");
      const bySource = await get("/api/claims?source=harvest%20aid");
      assert.equal(bySource.body.total, 2);
      const later = await get("/api/claims?category=killed&from=2031-05-08");
      assert.deepEqual(later.body.items.map((c: { value: number }) => c.value), [31]);
      const words = await get("/api/claims?q=residents");
      assert.deepEqual(words.body.items.map((c: { text: string }) => c.text), ["More than 1,500 residents"]);
      const paged = await get("/api/claims?limit=2&offset=4");
      assert.equal(paged.body.total, 5);
      assert.equal(paged.body.items.length, 1);
    });

    test("malformed query parameters are 400 with {error, message}", async () => {
      for (const url of [
        "/api/claims?limit=0", "/api/claims?limit=1001", "/api/claims?limit=abc", "/api/claims?offset=-1",
        "/api/claims?category=eaten", "/api/claims?from=yesterday", "/api/claims?from=2031-13-45",
        "/api/claims?from=2031-05-09&to=2031-05-01", "/api/reports?limit=201", "/api/entities?type=animal",
      ]) {
        const { status, body } = await get(url);
        assert.equal(status, 400, url);
        assert.equal(body.error, "bad_request", url);
        assert.equal(typeof body.message, "string");
      }
    });

    test("figures: list and one with members, history, grade and conflicts", async () => {
      const list = await get("/api/figures?category=killed");
      assert.equal(list.body.total, 1);
      const one = await get("/api/figures/f1");
      assert.equal(one.status, 200);
      assert.equal(one.body.grade, "contested");
      assert.equal(one.body.members.length, 2);
      assert.equal(one.body.history.length, 2);
      assert.equal(one.body.conflicts.length, 1);
      const none = await get("/api/figures?category=wounded");
      assert.equal(none.body.total, 0);
    });

    test("entities: list by type with aliases, coordinates and mentions; one by id", async () => {
      const places = await get("/api/entities?type=place");
      assert.deepEqual(places.body.items.map((e: { id: string }) => e.id).sort(), ["amrat", "kessaro"]);
      const kessaro = await get("/api/entities/kessaro");
      assert.equal(kessaro.body.lat, 33.12);
      assert.equal(kessaro.body.mentions.length, 2);
      assert.deepEqual(kessaro.body.aliases, ["Kessaro"]);
    });

    test("places: coordinates with claim, figure and report counts", async () => {
      const { status, body } = await get("/api/places");
      assert.equal(status, 200);
      const kessaro = body.items.find((p: { name: string }) => p.name === "Kessaro");
      assert.ok(kessaro, "Kessaro is on the map");
      assert.equal(kessaro.claims, 3);
      assert.equal(kessaro.figures, 1);
      assert.equal(kessaro.largest, 31);
      assert.equal(kessaro.reports, 2);
      assert.equal(kessaro.entity, "kessaro");
    });

    test("stats count reports, claims by category, entities and figures", async () => {
      const { body } = await get("/api/stats");
      assert.equal(body.documents, 3);
      assert.equal(body.claims, 5);
      assert.equal(body.entities, 3);
      assert.equal(body.figures, 1);
      assert.equal(body.byCategory.killed, 2);
      assert.equal(body.byCategory.arrived, 1);
      assert.equal(body.dialect, dialect);
    });

    test("POST /api/reports: token required, bad input rejected, nothing stored on error", async () => {
      const post = (payload: unknown, headers: Record<string, string> = {}) =>
        app.inject({ method: "POST", url: "/api/reports", payload: payload as object, headers: { "content-type": "application/json", ...headers } });
      const auth = { authorization: `Bearer ${TOKEN}` };
      const text = "Rescuers in the port of Velmora said 7 fishermen were killed when the storm sank their boats on Friday.";

      const missing = await post({ text });
      assert.equal(missing.statusCode, 401);
      assert.equal(missing.json().error, "unauthorized");
      const wrong = await post({ text }, { authorization: "Bearer not-it" });
      assert.equal(wrong.statusCode, 401);
      const noText = await post({ title: "no body" }, auth);
      assert.equal(noText.statusCode, 400);
      const extra = await post({ text, colour: "blue" }, auth);
      assert.equal(extra.statusCode, 400);
      const badDate = await post({ text, published: "2031-02-30x" }, auth);
      assert.equal(badDate.statusCode, 400);
      const blank = await post({ text: "   " }, auth);
      assert.equal(blank.statusCode, 400);
      const malformed = await app.inject({ method: "POST", url: "/api/reports", payload: "{not json", headers: { "content-type": "application/json", ...auth } });
      assert.equal(malformed.statusCode, 400);
      assert.equal(malformed.json().error, "bad_request");
      const huge = await post({ text: "word ".repeat(1_200_000) }, auth);
      assert.equal(huge.statusCode, 413);
      assert.equal(huge.json().error, "payload_too_large");
      assert.equal((await get("/api/stats")).body.documents, 3, "no error stored anything");

      const added = await post({ id: "velmora-storm", title: "Storm at Velmora", published: "2031-06-01", text }, auth);
      assert.equal(added.statusCode, 201, added.body);
      assert.equal(added.json().id, "velmora-storm");
      assert.equal(added.json().status, "inserted");
      assert.ok(added.json().claims >= 1, "the pipeline found the claim");
      const claims = await get("/api/claims?report=velmora-storm");
      assert.equal(claims.body.total, added.json().claims, "what POST reported is what was stored");
      assert.equal((await db.store.derivedState()).stale, false, "entities and figures were recomputed");
      const stored = await get("/api/reports/velmora-storm");
      assert.equal(stored.body.text, text);
      assert.equal(stored.body.meta.published, "2031-06-01");
      const again = await post({ id: "velmora-storm", title: "Storm at Velmora", published: "2031-06-01", text }, auth);
      assert.equal(again.statusCode, 200);
      assert.equal(again.json().status, "unchanged");
      assert.equal((await get("/api/stats")).body.documents, 4);
    });

    test("OpenAPI document lists every endpoint with its schemas; docs page is served", async () => {
      const { status, body } = await get("/openapi.json");
      assert.equal(status, 200);
      for (const path of ["/api/reports", "/api/reports/{id}", "/api/claims", "/api/figures", "/api/figures/{id}", "/api/entities", "/api/entities/{id}", "/api/stats", "/api/places"]) {
        assert.ok(body.paths[path]?.get, `GET ${path} documented`);
        assert.ok(body.paths[path].get.responses["200"], `GET ${path} has a response schema`);
      }
      assert.ok(body.paths["/api/reports"].post.requestBody, "POST body documented");
      const operations = Object.values(body.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((methods) => Object.values(methods));
      assert.ok(operations.every((op) => op.operationId), "every operation has an operationId for client generators");
      assert.ok(body.paths["/api/claims"].get.parameters.some((p: { name: string }) => p.name === "category"));
      const docs = await app.inject({ method: "GET", url: "/docs/" });
      assert.equal(docs.statusCode, 200);
      assert.match(docs.body, /swagger/i);
    });

    test("security headers: a CSP allowing only 'self' and no sniffing", async () => {
      const { headers } = await get("/api/stats");
      assert.match(String(headers["content-security-policy"]), /default-src 'self'/);
      assert.match(String(headers["content-security-policy"]), /script-src 'self'(;|$)/);
      assert.equal(headers["x-content-type-options"], "nosniff");
    });
  });
}

describe("REST API without a token", () => {
  test("POST is disabled with 403 and a clear message", async () => {
    const db = await openTestStore("sqlite");
    const app = await buildApp({ store: db.store });
    try {
      const res = await app.inject({ method: "POST", url: "/api/reports", payload: { text: "Some words." } });
      assert.equal(res.statusCode, 403);
      assert.equal(res.json().error, "writes_disabled");
      assert.match(res.json().message, /--token|TRIANGULATE_TOKEN/);
      assert.equal((await db.store.stats()).documents, 0);
    } finally {
      await app.close();
      await db.cleanup();
    }
  });
});

describe("exports", () => {
  test("CSV and GeoJSON of claims and figures parse back and hold the stored claims", async () => {
    const db = await openTestStore("sqlite");
    await seedFixtures(db.store);
    const app = await buildApp({ store: db.store });
    try {
      const csv = await app.inject({ method: "GET", url: "/api/export.csv" });
      assert.equal(csv.statusCode, 200);
      assert.match(String(csv.headers["content-type"]), /^text\/csv/);
      const rows = parseCsv(csv.body);
      assert.equal(rows.length, 1 + 5, "a header and one row per claim");
      const killedOnly = parseCsv((await app.inject({ method: "GET", url: "/api/export.csv?category=killed" })).body);
      assert.equal(killedOnly.length, 1 + 2);

      const geo = await app.inject({ method: "GET", url: "/api/export.geojson" });
      assert.equal(geo.statusCode, 200);
      assert.match(String(geo.headers["content-type"]), /^application\/geo\+json/);
      const collection = geo.json();
      assert.equal(collection.type, "FeatureCollection");
      assert.equal(collection.features.length, 5, "every fixture claim has coordinates");
      assert.deepEqual(collection.features[0].geometry.coordinates.length, 2);
      const figures = (await app.inject({ method: "GET", url: "/api/export.geojson?kind=figures" })).json();
      assert.equal(figures.features.length, 1);
      assert.deepEqual(figures.features[0].geometry.coordinates, [41.05, 33.12]);
      const bad = await app.inject({ method: "GET", url: "/api/export.geojson?kind=cats" });
      assert.equal(bad.statusCode, 400);
    } finally {
      await app.close();
      await db.cleanup();
    }
  });
});

describe("POST /api/reports with a URL", () => {
  test("fetches the page from a local server only when private addresses are allowed", async () => {
    const page = "<html><head><title>Flooding in Drevna</title></head><body><article><h1>Flooding in Drevna</h1>" +
      "<p>Floodwater covered the lower streets of Drevna on Sunday, and the mayor said 40 families were moved to the school.</p>" +
      "<p>Volunteers handed out blankets and bread through the night while engineers checked the old bridge.</p></article></body></html>";
    const server = createServer((_req, res) => res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/drevna`;
    const db = await openTestStore("sqlite");
    const publicApp = await buildApp({ store: db.store, token: TOKEN });
    const testApp = await buildApp({ store: db.store, token: TOKEN, allowPrivateFetch: true });
    const post = (app: Api) => app.inject({ method: "POST", url: "/api/reports", payload: { url }, headers: { authorization: `Bearer ${TOKEN}` } });
    try {
      const refused = await post(publicApp);
      assert.equal(refused.statusCode, 422);
      assert.equal(refused.json().error, "fetch_failed");
      assert.equal((await db.store.stats()).documents, 0);

      const added = await post(testApp);
      assert.equal(added.statusCode, 201, added.body);
      const report = await db.store.getReport(added.json().id);
      assert.ok(report, "the fetched report is stored");
      assert.match(report.text, /Floodwater covered the lower streets of Drevna/);
      // Ids made from URLs hold slashes and colons; they travel percent-encoded in the path.
      const byId = await testApp.inject({ method: "GET", url: `/api/reports/${encodeURIComponent(added.json().id)}` });
      assert.equal(byId.statusCode, 200);
      assert.equal(byId.json().id, added.json().id);
    } finally {
      await publicApp.close();
      await testApp.close();
      await db.cleanup();
      server.close();
    }
  });
});
