// HTML pages: the article's paragraphs come out separated by blank lines, furniture stays out, metadata is kept.
import assert from "node:assert/strict";
import { test } from "node:test";
import { blocksText, htmlToArticle } from "./html.reader.ts";
import { parseHTML } from "linkedom";

const paragraph = (n: number) =>
  `<p>Paragraph ${n}: rescue teams in the valley said that ${n * 10} people had been moved to higher ground overnight, while engineers inspected the dam for cracks and the river kept rising.</p>`;

const page = (head: string, body = [1, 2, 3, 4].map(paragraph).join("\n")) => `<!doctype html><html><head>${head}</head><body>
  <nav><a href="/">Home</a> <a href="/sport">Sport</a></nav>
  <article><h1>Valley braces for flood</h1>${body}</article>
  <footer>Copyright the Valley Courier</footer>
  <script>var tracking = "300 people";</script></body></html>`;

test("article text keeps paragraphs apart and leaves navigation and scripts out", () => {
  const { text } = htmlToArticle(page("<title>Valley braces for flood</title>"));
  const paragraphs = text.split("\n\n");
  assert.equal(paragraphs.length, 4);
  assert.match(paragraphs[1]!, /^Paragraph 2: rescue teams .* 20 people/);
  assert.doesNotMatch(text, /Home|Sport|tracking|Copyright/);
});

test("metadata: title, canonical URL, published time, outlet", () => {
  const { meta } = htmlToArticle(
    page(`<title>Flood | Courier</title><meta property="og:title" content="Valley braces for flood">
      <link rel="canonical" href="/news/flood"><meta property="og:site_name" content="Valley Courier">
      <meta property="article:published_time" content="2024-05-02T22:10:00Z">`),
    "https://courier.example/amp/flood",
  );
  assert.deepEqual(meta, {
    title: "Valley braces for flood",
    url: "https://courier.example/news/flood",
    published: "2024-05-02",
    outlet: "Valley Courier",
  });
});

test("the date falls back to JSON-LD, then to <time datetime>", () => {
  const ld = `<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2023-01-09T08:00:00Z","publisher":{"name":"Hill Post"}}]}</script>`;
  assert.equal(htmlToArticle(page(ld)).meta.published, "2023-01-09");
  assert.equal(htmlToArticle(page(ld)).meta.outlet, "Hill Post");
  assert.equal(htmlToArticle(page(`<script type="application/ld+json">{broken</script>`, `<time datetime="2022-12-31">New Year's Eve</time>${paragraph(1)}${paragraph(2)}`)).meta.published, "2022-12-31");
});

test("a short page with no article still gives its body text", () => {
  const { text } = htmlToArticle("<html><body><div>Four people were hurt.</div><div>Police said.</div></body></html>");
  assert.equal(text, "Four people were hurt.\n\nPolice said.");
});

test("blocksText collapses whitespace in a block; one <br> is a space, two end a paragraph", () => {
  const { document } = parseHTML("<html><body><p>one\n\n   two<br>three<br> <br>four</p><ul><li>a</li><li>b</li></ul></body></html>");
  assert.equal(blocksText(document.body), "one two three\n\nfour\n\na\n\nb");
});

test("a paragraph that only points to another story ('Read more: …', 'RELATED: …') is left out of the article", () => {
  const body = "<p>Floods cut off villages across the county on Sunday, and rescuers worked through the night to reach families stranded by the water in their homes.</p>";
  const html = `<html><head><title>Floods</title></head><body><article><h1>Floods</h1>${body.repeat(3)}<p class="promo"><strong>Read more:</strong> <a href="/live">Storm Hollis LIVE: 2 dead as 80mph winds batter Scotland</a></p><p>RELATED: Three hurt as tree falls on car</p><p>Officials said more rain was expected.</p></article></body></html>`;
  const { text } = htmlToArticle(html);
  assert.ok(!/Storm Hollis|tree falls/.test(text), text);
  assert.match(text, /more rain was expected/);
});
