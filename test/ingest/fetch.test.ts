// Fetching pages and feeds from a real local HTTP server: safety checks, limits, redirects, feeds and fallbacks.
import assert from "node:assert/strict";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { lookup } from "node:dns/promises";
import { hostname } from "node:os";
import { after, before, describe, test } from "node:test";
import { blockedReason } from "../../src/ingest/fetch/address-guard.ts";
import { fetchSources } from "../../src/ingest/fetch/fetch-sources.ts";
import { looksLikeFeed, parseFeed } from "../../src/ingest/read/feed.reader.ts";
import { safeFetch } from "../../src/ingest/fetch/safe-fetch.ts";
import type { ReadResult } from "../../src/ingest/read/index.ts";

const PARAGRAPHS = [
  "Flooding along the lower reaches of the Sarn river forced about 1,200 people from their homes overnight, the district council said on Wednesday.",
  "Volunteers used fishing boats to reach villages cut off by the water, and at least three people were reported missing near the ferry landing.",
  "The council opened two schools as shelters and asked residents on the east bank to move to higher ground before the next high tide.",
];

function page(title: string, body: string[], extraHead = ""): string {
  return `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="River Gazette">${extraHead}</head>
<body><nav>Home | World | Sport</nav><article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join("")}</article><footer>Contact us</footer></body></html>`;
}

const RSS = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>River Gazette news</title>
<item><title>Floods on the Sarn</title><link>${base}/article</link><pubDate>Wed, 06 Mar 2024 08:00:00 GMT</pubDate></item>
<item><title>Gone story</title><link>${base}/missing</link><pubDate>Thu, 07 Mar 2024 09:30:00 GMT</pubDate>
<description><![CDATA[<p>Officials said 40 families had been moved to the sports hall after the levee near the mill gave way in the night.</p>]]></description></item>
<item><title>Nothing at all</title><link>${base}/missing-too</link></item>
</channel></rss>`;

const ATOM = (base: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Sarn updates</title>
<entry><title>Floods</title><link rel="alternate" href="${base}/article"/><published>2024-03-08T10:00:00Z</published></entry>
</feed>`;

describe("fetching", () => {
  let server: Server;
  let base = "";

  before(async () => {
    server = createServer((req, res) => {
      const url = req.url ?? "/";
      const hop = /^\/hop\/(\d+)$/.exec(url);
      if (hop) {
        const n = Number(hop[1]);
        res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/article" }).end();
      } else if (url === "/article") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page("Floods on the Sarn", PARAGRAPHS, '<meta property="article:published_time" content="2024-03-06T07:00:00Z">'));
      } else if (url === "/latin1") {
        res.writeHead(200, { "content-type": "text/plain; charset=iso-8859-1" }).end(Buffer.from("Caf\xe9 owners in the square counted 12 wounded after the blast.", "latin1"));
      } else if (url === "/rss") {
        res.writeHead(200, { "content-type": "application/rss+xml" }).end(RSS(base));
      } else if (url === "/atom") {
        res.writeHead(200, { "content-type": "application/xml" }).end(ATOM(base));
      } else if (url === "/sitemap") {
        res.writeHead(200, { "content-type": "application/xml" }).end('<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>');
      } else if (url === "/image") {
        res.writeHead(200, { "content-type": "image/png" }).end(Buffer.alloc(100));
      } else if (url === "/huge") {
        res.writeHead(200, { "content-type": "text/plain" }); // chunked: no content-length to refuse early
        const chunk = "x".repeat(64 * 1024);
        let sent = 0;
        const pump = () => {
          while (sent < 64 && res.write(chunk)) sent++;
          if (sent < 64) res.once("drain", pump);
          else res.end();
        };
        pump();
      } else if (url === "/bomb") {
        res.writeHead(200, { "content-type": "text/plain", "content-encoding": "gzip" }).end(gzipSync(Buffer.alloc(4 * 1024 * 1024, 97)));
      } else if (url === "/gzip") {
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(page("Compressed", PARAGRAPHS)));
      } else if (url === "/slow") {
        res.writeHead(200, { "content-type": "text/plain" });
        res.write("Still loading"); // and never ends
      } else if (url === "/error") {
        res.writeHead(500).end("boom");
      } else {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => {
    server.closeAllConnections();
    server.close();
  });

  const open = { allowPrivate: true };
  const collect = async (urls: string[], opts = {}) => {
    const out: ReadResult[] = [];
    for await (const r of fetchSources(urls, { ...open, ...opts })) out.push(r);
    return out;
  };

  test("refuses loopback and localhost without --allow-private", async () => {
    await assert.rejects(safeFetch(`${base}/article`), /refused: 127\.0\.0\.1/);
    const port = (server.address() as AddressInfo).port;
    await assert.rejects(safeFetch(`http://localhost:${port}/article`), /refused/);
    await assert.rejects(safeFetch(`http://[::1]:${port}/article`), /refused/);
    await assert.rejects(safeFetch("ftp://example.org/file"), /only http and https/);
    const [result] = await collect([`${base}/article`], { allowPrivate: false });
    assert.equal(result?.ok, false);
  });

  test("a host name is resolved and every address checked before connecting", async (ctx) => {
    // The machine's own name resolves (through /etc/hosts or DNS) to one of its own, non-public addresses.
    const host = hostname();
    const addresses = await lookup(host, { all: true }).catch(() => []);
    if (!addresses.length || !addresses.every((a) => blockedReason(a.address)) || !addresses.some((a) => a.address === "127.0.0.1")) {
      ctx.diagnostic(`${host} does not resolve to 127.0.0.1 here; checked through localhost only`);
      return;
    }
    const port = (server.address() as AddressInfo).port;
    await assert.rejects(safeFetch(`http://${host}:${port}/article`), new RegExp(`${host}: refused`));
    const ok = await safeFetch(`http://${host}:${port}/article`, open);
    assert.ok(ok.body.includes("Sarn river"));
  });

  test("fetches an article page: text, title, outlet and date", async () => {
    const [result] = await collect([`${base}/article`]);
    assert.ok(result?.ok, JSON.stringify(result));
    assert.equal(result.doc.id, `${base}/article`);
    assert.ok(result.doc.text.includes("about 1,200 people"));
    assert.ok(!result.doc.text.includes("Contact us"));
    assert.equal(result.doc.meta.outlet, "River Gazette");
    assert.equal(result.doc.meta.published, "2024-03-06");
    assert.equal(result.doc.meta.publishedFrom, "page");
  });

  test("follows redirects up to five, each one checked", async () => {
    const ok = await safeFetch(`${base}/hop/4`, open);
    assert.equal(ok.finalUrl, `${base}/article`);
    await assert.rejects(safeFetch(`${base}/hop/5`, open), /more than 5 redirects/);
  });

  test("enforces size and time limits while streaming, decompressed size included", async () => {
    await assert.rejects(safeFetch(`${base}/huge`, { ...open, maxBytes: 1024 * 1024 }), /over the 1048576-byte limit/);
    await assert.rejects(safeFetch(`${base}/bomb`, { ...open, maxBytes: 1024 * 1024 }), /limit/);
    await assert.rejects(safeFetch(`${base}/slow`, { ...open, timeoutMs: 300 }), /timed out after 300 ms/);
    const gz = await safeFetch(`${base}/gzip`, open);
    assert.ok(gz.body.includes("Sarn river"));
  });

  test("accepts only HTML, XML and plain text; reports HTTP errors; decodes the declared charset", async () => {
    await assert.rejects(safeFetch(`${base}/image`, open), /image\/png is not HTML/);
    await assert.rejects(safeFetch(`${base}/error`, open), /HTTP 500/);
    const latin = await safeFetch(`${base}/latin1`, open);
    assert.ok(latin.body.startsWith("Café owners"));
    const [sitemap] = await collect([`${base}/sitemap`]);
    assert.equal(sitemap?.ok, false);
  });

  test("an RSS feed gives one report per item: the linked page, else the item's content, else an error", async () => {
    const results = await collect([`${base}/rss`]);
    assert.equal(results.length, 3);
    const [first, second, third] = results;
    assert.ok(first?.ok && second?.ok);
    assert.equal(first.doc.id, `${base}/article`);
    assert.equal(first.doc.meta.published, "2024-03-06", "the item's pubDate is kept");
    assert.equal(first.doc.meta.publishedFrom, "record");
    assert.ok(first.doc.text.includes("fishing boats"));
    assert.equal(second.doc.id, `${base}/missing`);
    assert.ok(second.doc.text.includes("40 families"));
    assert.equal(second.doc.meta.published, "2024-03-07");
    assert.equal(second.doc.meta.title, "Gone story");
    assert.equal(third?.ok, false);
    assert.match(third.ok ? "" : third.error.message, /HTTP 404/);
  });

  test("an Atom feed served as generic XML is detected by its root", async () => {
    const results = await collect([`${base}/atom`]);
    assert.equal(results.length, 1);
    assert.ok(results[0]?.ok);
    assert.equal(results[0].doc.meta.published, "2024-03-08");
  });
});

test("address guard refuses non-public addresses and passes public ones", () => {
  for (const ip of ["10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "127.0.0.1", "0.0.0.0", "100.64.0.1", "::1", "::", "fe80::1", "fd00::1", "::ffff:127.0.0.1", "::ffff:7f00:1", "::ffff:a9fe:a9fe"]) {
    assert.ok(blockedReason(ip), `${ip} should be refused`);
  }
  for (const ip of ["8.8.8.8", "93.184.216.34", "2001:4860:4860::8888", "::ffff:8.8.8.8"]) {
    assert.equal(blockedReason(ip), null, `${ip} should pass`);
  }
});

test("feed detection and parsing", () => {
  assert.ok(looksLikeFeed("application/rss+xml", ""));
  assert.ok(looksLikeFeed("text/xml", '\uFEFF<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0"><channel/></rss>'));
  assert.ok(!looksLikeFeed("text/html", "<html><body>rss</body></html>"));
  assert.throws(() => parseFeed("<urlset></urlset>"), /not an RSS or Atom feed/);
  const feed = parseFeed(RSS("http://news.example"));
  assert.equal(feed.title, "River Gazette news");
  assert.deepEqual(feed.items.map((i) => i.link), ["http://news.example/article", "http://news.example/missing", "http://news.example/missing-too"]);
});
