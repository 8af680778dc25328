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
  assert.equal(paragraphs.length, 5);
  assert.equal(paragraphs[0], "Valley braces for flood");
  assert.match(paragraphs[2]!, /^Paragraph 2: rescue teams .* 20 people/);
  assert.doesNotMatch(text, /Home|Sport|tracking|Copyright/);
});

test("the headline Readability leaves out is the first paragraph, once; a headline in a list of other stories is not", () => {
  const body = "<p>KHARKIV — Shelling killed nine civilians in the city on Tuesday and wounded 21 more, the regional governor said, as rescuers searched a collapsed block of flats through the night.</p><p>The governor said two of the dead were children and that the search would go on until every resident was found.</p>";
  const html = `<html><head><title>Shelling kills nine | Courier</title></head><body><article><h1>Shelling kills nine in Kharkiv</h1>${body}</article></body></html>`;
  const paragraphs = htmlToArticle(html).text.split("\n\n");
  assert.equal(paragraphs[0], "Shelling kills nine in Kharkiv");
  assert.match(paragraphs[1]!, /^KHARKIV — Shelling killed nine/);
  assert.equal(paragraphs.filter((p) => p.includes("Shelling kills nine")).length, 1);
  const listed = `<html><head><title>T</title></head><body><aside class="most-read"><h1>Storm kills two</h1></aside><div>${body}</div></body></html>`;
  assert.doesNotMatch(htmlToArticle(listed).text, /Storm kills two/);
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

test("a cookie or consent banner is no part of the article; a date written only in a byline is the page's publication day", () => {
  const body = "<p>MEMPHIS — Two men were killed in a shooting in South Memphis late Saturday, police said. Officers found the men in a car shortly before midnight.</p><p>A person of interest was detained early Sunday morning, police said, and detectives asked anyone with information to call the tip line.</p>";
  const html = `<html><head><title>Two killed</title></head><body><div class="consent-banner">We value your privacy. We and our 842 partners store information on a device. <button>I Accept</button></div><article><h1>Two killed in Memphis</h1><span class="byline">By Jo Smith | Published April 22, 2024</span>${body}</article></body></html>`;
  const { text, meta } = htmlToArticle(html);
  assert.ok(!/842 partners|privacy/.test(text), text);
  assert.match(text, /Two men were killed/);
  assert.equal(meta.published, "2024-04-22");
  const updated = htmlToArticle(html.replace('<span class="byline">By Jo Smith | Published April 22, 2024</span>', '<p class="dateline">Updated 6:45 AM CDT April 23, 2024</p>'));
  assert.equal(updated.meta.published, "2024-04-23");
});

test("a table comes out as Markdown rows, one line a row, its cells in order", () => {
  const body = [1, 2].map(paragraph).join("\n") + "<table><tr><th>Town</th><th>Killed</th></tr><tr><td>Kharkiv</td><td> 12 </td></tr><tr><td>Izium</td><td>3</td></tr></table>" + paragraph(3);
  const { text } = htmlToArticle(page("<title>T</title>", body));
  assert.match(text, /\n\n\| Town \| Killed \|\n\| Kharkiv \| 12 \|\n\| Izium \| 3 \|\n\n/);
});

test("the page's own <time> dates it, not one stamping a story in a 'Latest' list before the article", () => {
  const body = `<aside class="latest"><time datetime="2023-01-15T10:00:00Z">15 Jan 2023</time> An older story</aside>
  <article><p><time datetime="2024-03-02T10:21:00+02:00">2 March 2024</time></p>${[1, 2, 3].map(paragraph).join("")}</article>`;
  assert.equal(htmlToArticle(`<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`).meta.published, "2024-03-02");
});

test("a 'Read also:' link inside the article is another story's headline, left out", () => {
  const body = `${paragraph(1)}<p><em>Read also:</em> <a href="/x">In the north, 47 soldiers killed in ambush</a></p>${paragraph(2)}${paragraph(3)}`;
  assert.doesNotMatch(htmlToArticle(page("<title>T</title>", body)).text, /47 soldiers/);
});

test("a table's caption is kept as the line above its rows", () => {
  const body = `${paragraph(1)}<table><caption>Casualties by province, July 1 – August 4, 2024</caption><tr><th>Province</th><th>Killed</th></tr><tr><td>Punjab</td><td>42</td></tr></table>${paragraph(2)}${paragraph(3)}`;
  assert.match(htmlToArticle(page("<title>T</title>", body)).text, /Casualties by province, July 1 – August 4, 2024:\n\| Province \| Killed \|\n\| Punjab \| 42 \|/);
});

test("a live blog's updates side by side in one <article> are all read, not only the first", () => {
  const html = `<html><head><title>Live</title></head><body><nav><a href="/">Home</a></nav><article>
<h1>Live: border clashes</h1>
<div class="update"><time datetime="2026-03-13T18:40:00+07:00">18:40</time>
<p>A refugee official said some 2,300 people had crossed the border into the district since Wednesday evening.</p></div>
<div class="update"><time datetime="2026-03-12T07:20:00+07:00">07:20</time>
<p>Shelling killed at least seven people near the river town on Wednesday night, a camp leader said.</p></div>
</article><footer>Copyright</footer></body></html>`;
  const { text } = htmlToArticle(html);
  assert.match(text, /some 2,300 people/);
  assert.match(text, /at least seven people/);
  assert.doesNotMatch(text, /Copyright|Home/);
});
