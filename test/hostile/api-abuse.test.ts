// The API on a real HTTP server (127.0.0.1) under abuse: missing or wrong tokens, oversized and malformed bodies,
// malformed query parameters and odd paths — each a clear JSON error, the server still up, and nothing stored.
import assert from "node:assert/strict";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, test } from "node:test";
import { buildApp, type Api } from "../../src/api/app.ts";
import { openTestStore, type TestStore } from "../support/dialects.ts";

const TOKEN = "hostile-suite-token-7d21";
const GOOD = { id: "harbour-fire", published: "2025-07-01", text: "Firefighters in the harbour town of Kelso said 4 dockers were injured in the blaze on Monday." };

interface Reply {
  status: number;
  type: string;
  body: { error?: string; message?: string } & Record<string, unknown>;
}

describe("API under abuse", () => {
  let db: TestStore;
  let app: Api;
  let port = 0;

  /** One raw HTTP request; `chunks` are sent one by one without a content-length (chunked). */
  const send = (method: string, path: string, opts: { headers?: Record<string, string>; body?: string; chunks?: Iterable<string> } = {}) =>
    new Promise<Reply>((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, method, path, headers: opts.headers }, (res) => {
        let data = "";
        res.setEncoding("utf8");
        res.on("data", (d) => (data += d));
        res.on("end", () => {
          let body = {};
          try {
            body = JSON.parse(data);
          } catch {
            body = { raw: data };
          }
          resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"] ?? ""), body });
        });
      });
      // The server may answer 413 and close before the whole body is sent; that is the point.
      req.on("error", (e: NodeJS.ErrnoException) => (e.code === "EPIPE" || e.code === "ECONNRESET" ? undefined : reject(e)));
      if (opts.chunks) {
        for (const c of opts.chunks) req.write(c);
        req.end();
      } else req.end(opts.body);
    });
  const post = (body: string, headers: Record<string, string> = {}) =>
    send("POST", "/api/reports", { body, headers: { "content-type": "application/json", ...headers } });
  const auth = { authorization: `Bearer ${TOKEN}` };
  const counts = async () => {
    const s = await db.store.stats();
    return { documents: s.documents, claims: s.claims, entities: s.entities, figures: s.figures };
  };

  before(async () => {
    db = await openTestStore("sqlite");
    app = await buildApp({ store: db.store, token: TOKEN });
    await app.listen({ port: 0, host: "127.0.0.1" });
    port = (app.server.address() as AddressInfo).port;
    // One report stored the normal way, so "nothing changed" is checked against a non-empty store.
    assert.equal((await post(JSON.stringify(GOOD), auth)).status, 201);
  });
  after(async () => {
    await app.close();
    await db.cleanup();
  });

  const assertJsonError = (reply: Reply, status: number, error?: string, what = "") => {
    assert.equal(reply.status, status, `${what} ${JSON.stringify(reply.body).slice(0, 300)}`);
    assert.match(reply.type, /^application\/json/);
    assert.equal(typeof reply.body.error, "string");
    assert.equal(typeof reply.body.message, "string");
    assert.ok(reply.body.message!.length > 5);
    if (error) assert.equal(reply.body.error, error);
    assert.doesNotMatch(JSON.stringify(reply.body), /\n\s+at |node_modules|\/work\//, "no stack or paths leak");
  };

  test("writes without the token, with a wrong one, or in the wrong place are 401; nothing stored", async () => {
    const before = await counts();
    const body = JSON.stringify({ ...GOOD, id: "intruder" });
    for (const headers of <Record<string, string>[]>[
      {},
      { authorization: "Bearer wrong-token" },
      { authorization: `Bearer ${TOKEN}x` },
      { authorization: `Bearer ${TOKEN.slice(0, -1)}` },
      { authorization: `Basic ${Buffer.from(`user:${TOKEN}`).toString("base64")}` },
      { authorization: TOKEN },
      { authorization: "Bearer " },
      { "x-api-key": TOKEN },
    ]) {
      assertJsonError(await post(body, headers), 401, "unauthorized");
    }
    assertJsonError(await send("POST", `/api/reports?token=${TOKEN}`, { body, headers: { "content-type": "application/json" } }), 401, "unauthorized");
    assert.deepEqual(await counts(), before);
    assert.equal(await db.store.getReport("intruder"), null);
  });

  test("oversized bodies are 413, with or without a content-length; nothing stored", async () => {
    const before = await counts();
    const big = JSON.stringify({ ...GOOD, id: "too-big", text: "Officials said 2 people died. ".repeat(250_000) });
    assertJsonError(await post(big, auth), 413, "payload_too_large");
    const piece = "Officials said 2 people died. ".repeat(10_000);
    const chunks = (function* () {
      yield `{"id": "too-big-chunked", "text": "`;
      for (let i = 0; i < 40; i++) yield piece;
      yield `"}`;
    })();
    assertJsonError(await send("POST", "/api/reports", { chunks, headers: { "content-type": "application/json", ...auth } }), 413, "payload_too_large");
    assert.deepEqual(await counts(), before);
  });

  test("malformed bodies are 400 (or 415 for a foreign media type); nothing stored", async () => {
    const before = await counts();
    assertJsonError(await post("{not json", auth), 400, "bad_request");
    assertJsonError(await post("[1, 2, 3]", auth), 400);
    assertJsonError(await post('"just a string"', auth), 400);
    assertJsonError(await post("null", auth), 400);
    assertJsonError(await post("[".repeat(100_000) + "]".repeat(100_000), auth), 400);
    assertJsonError(await post(JSON.stringify({ text: GOOD.text, id: "../../etc/passwd", published: "not-a-date" }), auth), 400);
    assertJsonError(await post(JSON.stringify({ ...GOOD, id: "proto", __proto__: { admin: true }, constructor: { prototype: {} } }), auth), 400);
    const foreign = await send("POST", "/api/reports", { body: GOOD.text, headers: { "content-type": "application/x-www-form-urlencoded", ...auth } });
    assert.ok([400, 415].includes(foreign.status), `status ${foreign.status}`);
    assertJsonError(foreign, foreign.status);
    assert.deepEqual(await counts(), before);
  });

  test("malformed query parameters are 400 with a clear message", async () => {
    for (const path of [
      "/api/claims?limit=abc", "/api/claims?limit=-5", "/api/claims?limit=1e12", "/api/claims?offset=-1",
      "/api/claims?offset=NaN", "/api/claims?from=2025-99-99", "/api/claims?to=tomorrow", "/api/claims?category=%00",
      "/api/claims?category=killed%27%20OR%201%3D1--", "/api/reports?limit=99999", "/api/figures?limit=-1", "/api/entities?type=%3Cscript%3E",
    ]) {
      assertJsonError(await send("GET", path), 400, undefined, path);
    }
  });

  test("hostile search words and odd paths do not break the server", async () => {
    for (const q of ['"', "AND OR NOT", "*", "NEAR(", "x' OR '1'='1", "%", "😀".repeat(500), "a".repeat(5000)]) {
      const reply = await send("GET", `/api/reports?q=${encodeURIComponent(q)}`);
      assert.ok(reply.status === 200 || reply.status === 400, `q=${q.slice(0, 20)}: ${reply.status}`);
      assert.match(reply.type, /^application\/json/);
    }
    for (const path of ["/api/reports/..%2f..%2fetc%2fpasswd", "/api/reports/%2e%2e", "/api/figures/%00", "/api/nothing-here"]) {
      const reply = await send("GET", path);
      assert.ok([400, 404].includes(reply.status), `${path}: ${reply.status}`);
      assert.match(reply.type, /^application\/json/);
    }
    const health = await send("GET", "/api/stats");
    assert.equal(health.status, 200, "the server still answers");
    assert.equal((health.body as { documents?: number }).documents, 1);
  });

  // Query strings are coerced to their types; bodies are not: a number where text belongs is refused.
  test("a body whose text is a number, not a string, is 400", async () => {
    const before = await counts();
    const reply = await post(JSON.stringify({ id: "numeric-text", text: 12345 }), auth);
    assertJsonError(reply, 400);
    assert.deepEqual(await counts(), before);
  });
});
