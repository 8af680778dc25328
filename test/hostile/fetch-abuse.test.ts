// Hostile servers and addresses against the fetcher and `ingest URL`: private addresses in every spelling, redirects
// to other schemes or with credentials, a server that trickles bytes and one that never stops sending.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { safeFetch } from "../../src/ingest/fetch/safe-fetch.ts";
import { lines, runCli } from "./hostile-support.ts";

describe("fetching from hostile places", () => {
  let server: Server;
  let base = "";
  let port = 0;
  const open = { allowPrivate: true };

  before(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? "/";
      if (url === "/to-file") res.writeHead(302, { location: "file:///etc/passwd" }).end();
      else if (url === "/to-ftp") res.writeHead(301, { location: "ftp://127.0.0.1/pub" }).end();
      else if (url === "/to-credentials") res.writeHead(307, { location: `http://admin:secret@127.0.0.1:${port}/page` }).end();
      else if (url === "/trickle") {
        // One byte every 50 ms: each read is quick, the whole never finishes in time.
        res.writeHead(200, { "content-type": "text/plain" });
        const timer = setInterval(() => res.write("a"), 50);
        res.on("close", () => clearInterval(timer));
      } else if (url === "/endless") {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = "<p>" + "more words without end ".repeat(2000) + "</p>";
        const pump = () => {
          while (!res.destroyed && res.write(chunk));
          if (!res.destroyed) res.once("drain", pump);
        };
        pump();
      } else if (url === "/lying-length") {
        res.writeHead(200, { "content-type": "text/plain", "content-length": String(50 * 1024 * 1024) });
        res.write("short");
      } else res.writeHead(200, { "content-type": "text/plain" }).end("Officials said 3 people were hurt in Lowmoor on Monday.");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  });
  after(() => {
    server.closeAllConnections();
    server.close();
  });

  test("private, loopback and link-local addresses are refused in every spelling", async () => {
    for (const host of [
      "127.0.0.1", "127.1", "2130706433", "0x7f000001", "0177.0.0.1", "0.0.0.0", "[::1]", "[::ffff:127.0.0.1]", "[::ffff:7f00:1]",
      "10.1.2.3", "192.168.0.10", "172.16.5.4", "169.254.169.254", "[fe80::1]", "[fd00::1]", "100.64.0.1", "localhost", "api.localhost",
    ]) {
      await assert.rejects(safeFetch(`http://${host}:${port}/`), /refused/, host);
    }
  });

  test("redirects to other schemes, to URLs with credentials, or past the limit are refused", async () => {
    await assert.rejects(safeFetch(`${base}/to-file`, open), /only http and https/);
    await assert.rejects(safeFetch(`${base}/to-ftp`, open), /only http and https/);
    await assert.rejects(safeFetch(`${base}/to-credentials`, open), /credentials/);
  });

  test("a link-local metadata address is refused before any connection", async () => {
    // Refused by the address check itself; the same check runs on every redirect target (see fetch.test.ts).
    await assert.rejects(safeFetch("http://169.254.169.254/latest/meta-data/"), /refused: 169\.254\.169\.254/);
  });

  test("a trickling server is cut by the time limit, an endless one by the size limit", async () => {
    await assert.rejects(safeFetch(`${base}/trickle`, { ...open, timeoutMs: 700 }), /timed out after 700 ms/);
    await assert.rejects(safeFetch(`${base}/endless`, { ...open, maxBytes: 2 * 1024 * 1024, timeoutMs: 20_000 }), /limit/);
    await assert.rejects(safeFetch(`${base}/lying-length`, { ...open, maxBytes: 1024 * 1024 }), /limit/);
  });

  test("ingest of a loopback URL without --allow-private: one clear line, nothing stored; with it, stored", async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), "triangulate-fetch-"));
    ctx.after(() => rmSync(dir, { recursive: true, force: true }));
    const db = join(dir, "s.db");
    const refused = await runCli(["ingest", `${base}/page`, `${base}/trickle`, "--db", db, "--timeout", "1"]);
    assert.equal(refused.code, 1);
    const errors = lines(refused.stderr).filter((l) => l.startsWith("triangulate:"));
    assert.equal(errors.length, 2, refused.stderr);
    for (const line of errors) assert.match(line, /refused: 127\.0\.0\.1/);
    assert.match(refused.stdout, /^ingest: 0 inserted/);

    const allowed = await runCli(["ingest", `${base}/page`, `${base}/trickle`, "--db", db, "--timeout", "1", "--allow-private"]);
    assert.equal(allowed.code, 1, "the trickling URL still fails");
    assert.match(allowed.stdout, /^ingest: 1 inserted, 0 updated, 0 unchanged, 1 failed/);
    assert.match(allowed.stderr, /trickle.*timed out/);
  });
});
