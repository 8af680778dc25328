// readSources on real folders built in a temp dir: formats, manifests, date precedence, and bad input that never stops a batch.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { readSources } from "./read-sources.ts";
import type { ReadOptions, ReadResult } from "./read.types.ts";

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "triangulate-read-"));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function folder(name: string, files: Record<string, string | Uint8Array>): Promise<string> {
  const root = join(dir, name);
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, ".."), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

async function collect(paths: string[], opts?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readSources(paths, opts)) out.push(r);
  return out;
}
const docs = (rs: ReadResult[]) => rs.flatMap((r) => (r.ok ? [r.doc] : []));
const errors = (rs: ReadResult[]) => rs.flatMap((r) => (r.ok ? [] : [r.error]));

test("a folder is read recursively, sorted, skipping hidden files, node_modules and unknown extensions", async () => {
  const root = await folder("walk", {
    "b.txt": "Bravo report.",
    "a.md": "# Alpha\n\nAlpha report.",
    "sub/c.txt": "Charlie report.",
    ".hidden.txt": "never",
    "node_modules/pkg/d.txt": "never",
    "notes.csv": "never",
  });
  const rs = await collect([root]);
  assert.deepEqual(errors(rs), []);
  assert.deepEqual(docs(rs).map((d) => [d.id, d.meta.path]), [["a", "a.md"], ["b", "b.txt"], ["c", join("sub", "c.txt")]]);
  assert.equal(docs(rs)[0]!.text, "# Alpha\n\nAlpha report.");
});

test("text is kept exactly as read: BOM, CRLF and leading spaces", async () => {
  const text = "\uFEFF  Twelve people fled.\r\n\r\nOfficials said.\r\n";
  const root = await folder("exact", { "r.txt": text });
  const [d] = docs(await collect([join(root, "r.txt")]));
  assert.equal(d!.text, text);
});

test("manifest metadata wins, and unlisted files are still read", async () => {
  const root = await folder("manifest", {
    "one.txt": "date 2020-01-01 First report.",
    "two.txt": "Second report, 14 March 2021.",
    "manifest.json": JSON.stringify({
      collection: "demo",
      documents: [{ file: "one.txt", published: "2020-02-02", agency: "Wire", outlet: "Daily", id: "first" }],
    }),
  });
  const rs = await collect([root], { published: "2022-03-03" });
  assert.deepEqual(errors(rs), []);
  const [one, two] = docs(rs);
  assert.equal(one!.id, "first");
  assert.deepEqual([one!.meta.published, one!.meta.publishedFrom, one!.meta.agency, one!.meta.outlet, one!.meta.collection], ["2020-02-02", "manifest", "Wire", "Daily", "demo"]);
  assert.deepEqual([two!.id, two!.meta.published, two!.meta.publishedFrom], ["two", "2022-03-03", "option"]);
});

test("publication date falls back to the text when nothing else gives one", async () => {
  const root = await folder("dateline", { "s.txt": "Storm hits coast  Saturday, 23 Feb, 2019  Hundreds were evacuated." });
  const [d] = docs(await collect([root]));
  assert.deepEqual([d!.meta.published, d!.meta.publishedFrom], ["2019-02-23", "text"]);
});

test("a file named on its own still takes its folder's manifest metadata", async () => {
  const root = await folder("single", {
    "x.txt": "A report.",
    "manifest.json": JSON.stringify({ documents: [{ file: "x.txt", published: "2018-08-08" }, { file: "missing.txt" }] }),
  });
  const rs = await collect([join(root, "x.txt")]);
  assert.deepEqual(errors(rs), []);
  assert.equal(docs(rs)[0]!.meta.published, "2018-08-08");
});

test("manifest entries naming missing files or escaping the folder are errors; the rest go on", async () => {
  await folder("outside", { "secret.txt": "outside" });
  const root = await folder("escape", {
    "ok.txt": "Fine.",
    "manifest.json": JSON.stringify({
      documents: [{ file: "gone.txt" }, { file: "../outside/secret.txt" }, { file: "/etc/hostname" }, { file: "ok.txt", published: "2019-01-01" }, { nope: 1 }],
    }),
  });
  const rs = await collect([root]);
  const messages = errors(rs).map((e) => e.message);
  assert.equal(messages.length, 4);
  assert.match(messages[0]!, /gone\.txt.*does not exist/);
  assert.match(messages[1]!, /secret\.txt.*outside/);
  assert.match(messages[2]!, /hostname.*outside/);
  assert.match(messages[3]!, /needs a "file"/);
  assert.ok(errors(rs).every((e) => e.file.endsWith("manifest.json")));
  assert.deepEqual(docs(rs).map((d) => [d.id, d.meta.published]), [["ok", "2019-01-01"]]);
});

test("JSONL: ids default to stem-line, offsets are into text untouched, bad lines are reported and skipped", async () => {
  const text = "  Five people were hurt.\n\tPolice said.  ";
  const lines = [
    JSON.stringify({ id: "r1", title: "T", url: "https://x.example/1", published: "2021-05-05T10:00:00Z", text }),
    "",
    "{not json",
    JSON.stringify({ title: "no text" }),
    JSON.stringify({ text: "Second record, no id." }),
    JSON.stringify(["array"]),
  ];
  const root = await folder("jsonl", { "batch.jsonl": lines.join("\n") + "\n" });
  const rs = await collect([join(root, "batch.jsonl")], { published: "2000-01-01" });
  const [first, second] = docs(rs);
  assert.deepEqual([first!.id, first!.text, first!.meta.published, first!.meta.publishedFrom, first!.meta.title], ["r1", text, "2021-05-05", "record", "T"]);
  assert.deepEqual([second!.id, second!.meta.published, second!.meta.publishedFrom], ["batch-5", "2000-01-01", "option"]);
  assert.deepEqual(errors(rs).map((e) => e.line), [3, 4, 6]);
  assert.match(errors(rs)[0]!.message, /not valid JSON/);
  assert.match(errors(rs)[1]!.message, /no "text"/);
});

test("JSONL: a record whose 'published' is no date is still read, dated by the next source, and the bad date is reported", async () => {
  const root = await folder("bad-date", { "b.jsonl": [JSON.stringify({ id: "x", published: "2024-13-45", text: "Two people were killed." }), JSON.stringify({ id: "y", published: "2024-03-05", text: "One." })].join("\n") + "\n" });
  const rs = await collect([join(root, "b.jsonl")], { published: "2024-01-01" });
  assert.deepEqual(docs(rs).map((d) => [d.id, d.meta.published, d.meta.publishedFrom]), [["x", "2024-01-01", "option"], ["y", "2024-03-05", "record"]]);
  assert.deepEqual(errors(rs).map((e) => [e.line, e.message]), [[1, '"published" is not a date ("2024-13-45"); ignored']]);
});

test("JSONL: a file of triangulate's own claims left in the folder is skipped whole, with one message", async () => {
  const claim = (start: number) => JSON.stringify({ doc: "a", span: [start, start + 2], text: "12", sentence: [0, 20], category: "killed", value: 12 });
  const root = await folder("claims-left", { "a.txt": "Gunmen killed 12 people.", "out.jsonl": [claim(0), claim(5), claim(9)].join("\n") + "\n" });
  const rs = await collect([root], { published: "2024-01-01" });
  assert.deepEqual(docs(rs).map((d) => d.id), ["a"]);
  assert.equal(errors(rs).length, 1);
  assert.match(errors(rs)[0]!.message, /own claim records/);
});

test("JSONL: a byte-order mark before the first record is not an error", async () => {
  const root = await folder("jsonl-bom", { "bom.jsonl": "\uFEFF" + JSON.stringify({ id: "a", text: "One." }) + "\r\n" + JSON.stringify({ id: "b", text: "Two." }) + "\r\n" });
  const rs = await collect([root]);
  assert.deepEqual(errors(rs), []);
  assert.deepEqual(docs(rs).map((d) => [d.id, d.text]), [["a", "One."], ["b", "Two."]]);
});

test("bad files each give one error and never stop the batch", async () => {
  const root = await folder("bad", {
    "a-binary.txt": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]),
    "b-latin1.txt": Buffer.from("Caf\xe9 report", "latin1"),
    "c-empty.txt": "",
    "d-blank.md": "  \n\n ",
    "e-good.txt": "Three soldiers were wounded.",
    "f-empty.jsonl": "",
    "g-page.html": "<html><head><script>x()</script></head><body></body></html>",
  });
  const rs = await collect([root, join(dir, "does-not-exist")]);
  assert.deepEqual(docs(rs).map((d) => d.id), ["e-good"]);
  const byFile = Object.fromEntries(errors(rs).map((e) => [e.file.split(/[\\/]/).pop(), e.message]));
  assert.match(byFile["a-binary.txt"]!, /binary/);
  assert.match(byFile["b-latin1.txt"]!, /invalid UTF-8 at byte 3/);
  assert.match(byFile["c-empty.txt"]!, /empty/);
  assert.match(byFile["d-blank.md"]!, /whitespace/);
  assert.match(byFile["f-empty.jsonl"]!, /empty/);
  assert.match(byFile["g-page.html"]!, /no article text/);
  assert.match(byFile["does-not-exist"]!, /no such file/);
  assert.equal(errors(rs).length, 7);
});

test("files and JSONL records over the size limit are refused; smaller ones still read", async () => {
  const big = "9 ".repeat(3000);
  const root = await folder("limits", {
    "big.txt": big,
    "small.txt": "Two died.",
    "mixed.jsonl": [JSON.stringify({ text: big }), JSON.stringify({ text: "Ok." })].join("\n"),
  });
  const rs = await collect([root], { maxBytes: 1000 });
  assert.deepEqual(docs(rs).map((d) => d.id), ["mixed-2", "small"]);
  assert.deepEqual(errors(rs).map((e) => [e.file.split(/[\\/]/).pop(), e.line]), [["big.txt", undefined], ["mixed.jsonl", 1]]);
  assert.match(errors(rs)[0]!.message, /over the .* limit/);
});

test("a 4 MB line of '1,1,1' is read as text and as a bad JSONL record without trouble", { timeout: 30_000 }, async () => {
  const line = "1,".repeat(2 * 1024 * 1024);
  const root = await folder("huge-line", { "ones.txt": line, "ones.jsonl": line + "\n" + JSON.stringify({ text: "After." }) });
  const rs = await collect([root]);
  assert.deepEqual(docs(rs).map((d) => [d.id, d.text.length]), [["ones-2", 6], ["ones", line.length]]);
  assert.deepEqual(errors(rs).map((e) => e.line), [1]);
});

test("an invalid --published is refused up front", async () => {
  await assert.rejects(collect([dir], { published: "last Tuesday" }), /YYYY-MM-DD/);
});

test("symlinked files are read; dangling links and links back up the tree are skipped by the walk", async () => {
  const root = await folder("links", { "real.txt": "Real report." });
  await symlink(join(root, "real.txt"), join(root, "alias.txt"));
  await symlink(join(root, "nowhere.txt"), join(root, "dangling.txt"));
  await symlink(root, join(root, "loop"));
  const rs = await collect([root]);
  assert.deepEqual(docs(rs).map((d) => d.id), ["alias", "real"]);
  assert.deepEqual(errors(rs), []);
});

test("a folder's README and LICENSE are not read as reports", async () => {
  const { mkdtemp, writeFile } = await import("node:fs/promises");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = await mkdtemp(join(tmpdir(), "tri-readme-"));
  await writeFile(join(dir, "README.md"), "# About this collection\n\nTwelve people were killed in these reports.\n");
  await writeFile(join(dir, "LICENSE"), "Some licence text.\n");
  await writeFile(join(dir, "report.txt"), "Five people were killed on Monday, police said.\n");
  const ids: string[] = [];
  for await (const r of readSources([dir], {})) if (r.ok) ids.push(r.doc.id);
  assert.deepEqual(ids, ["report"]);
});

test("a .json file named on its own: an article, an array of articles, or JSON Lines saved as .json", async () => {
  const one = { id: "j1", published: "2024-03-02", text: "Three people were hurt." };
  const root = await folder("json", {
    "one.json": JSON.stringify(one),
    "many.json": JSON.stringify([{ id: "a1", text: "First." }, { title: "no text" }, { text: "Third, no id." }]),
    "lines.json": [JSON.stringify({ id: "l1", text: "One." }), JSON.stringify({ id: "l2", text: "Two." })].join("\n") + "\n",
    "broken.json": "{\"id\": \"x\", \"text\": ",
  });
  const rs = await collect(["one.json", "many.json", "lines.json", "broken.json"].map((f) => join(root, f)));
  assert.deepEqual(docs(rs).map((d) => [d.id, d.text, d.meta.published ?? null]), [
    ["j1", one.text, "2024-03-02"], ["a1", "First.", null], ["many-3", "Third, no id.", null], ["l1", "One.", null], ["l2", "Two.", null],
  ]);
  const failures = errors(rs);
  assert.equal(failures.length, 2);
  assert.match(failures[0]!.message, /^item 2: .*no "text"/);
  assert.match(failures[1]!.file, /broken\.json$/);
  assert.match(failures[1]!.message, /not valid JSON/);
});

test("a saved RSS or Atom feed is one report per item, dated by the item (a headline-only item by its title); an item with no text or a broken feed is reported and skipped", async () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Wire</title>
<item><title>Flood toll rises</title><link>https://wire.example/1</link><pubDate>Tue, 12 Nov 2024 14:05:00 GMT</pubDate>
<description><![CDATA[<p>Floods killed <b>12 people</b> in the valley, officials said.</p>]]></description></item>
<item><link>https://wire.example/2</link><description></description></item>
<item><title>Quake kills at least 14 in the east</title><pubDate>2024-11-11</pubDate></item>
<item><title>Bridge closed</title><pubDate>2024-11-10</pubDate><description>Four people were hurt when the bridge gave way.</description></item>
</channel></rss>`;
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill News</title><entry><title>Camp</title><link href="https://hill.example/a"/>
<updated>2024-10-01T08:00:00Z</updated><summary type="html">&lt;p&gt;About 300 families arrived at the camp.&lt;/p&gt;</summary></entry></feed>`;
  const root = await folder("feeds", { "valley.rss": rss, "hill.xml": atom, "saved-feed.txt": atom, "broken.xml": "<rss><channel><item>", "plain.xml": "<note>hello</note>" });
  const rs = await collect([root]);
  const got = docs(rs).map((d) => [d.id, d.text, d.meta.published, d.meta.publishedFrom, d.meta.url, d.meta.title, d.meta.outlet]);
  assert.deepEqual(got, [
    // (An item with a link is known by it, whatever the file is called: the same feed saved twice is the same reports.)
    ["https://hill.example/a", "About 300 families arrived at the camp.", "2024-10-01", "record", "https://hill.example/a", "Camp", "Hill News"],
    ["https://hill.example/a", "About 300 families arrived at the camp.", "2024-10-01", "record", "https://hill.example/a", "Camp", "Hill News"],
    ["https://wire.example/1", "Floods killed 12 people in the valley, officials said.", "2024-11-12", "record", "https://wire.example/1", "Flood toll rises", "Valley Wire"],
    ["valley-3", "Quake kills at least 14 in the east", "2024-11-11", "record", null, "Quake kills at least 14 in the east", "Valley Wire"],
    ["valley-4", "Four people were hurt when the bridge gave way.", "2024-11-10", "record", null, "Bridge closed", "Valley Wire"],
  ]);
  const messages = errors(rs).map((e) => `${e.file.split("/").pop()}: ${e.message}`);
  assert.equal(messages.length, 3);
  assert.match(messages[0]!, /^broken\.xml: /);
  assert.match(messages[1]!, /^plain\.xml: XML that is not an RSS or Atom feed/);
  assert.match(messages[2]!, /^valley\.rss: item 2: no text/);
});

test("a feed item is known by its link (permalink guid), as when fetched: a re-saved or renamed feed gives the same ids; no absolute link, or a repeated one, falls back to stem-position", async () => {
  const item = (title: string, ident: string, text: string) => `<item><title>${title}</title>${ident}<description>${text}</description></item>`;
  const toll = item("Toll rises", "<link>https://wire.example/toll</link>", "Floods killed 19 people, officials said.");
  const cattle = item("Cattle", '<guid isPermaLink="true">https://wire.example/cattle</guid>', "Herders lost 300 cattle.");
  const bare = item("Bare", "", "Five people were hurt.");
  const relative = item("Relative", "<link>/local/1</link>", "Two people were hurt.");
  const tag = item("Tag", '<guid isPermaLink="false">tag:wire,2025:9</guid>', "Three people were hurt.");
  const again = item("Toll again", "<link>https://wire.example/toll</link>", "Floods killed 19 people, officials said again.");
  const rss = (...items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join("")}</channel></rss>`;
  const fresh = item("Rain eases", "<link>https://wire.example/rain</link>", "Rain eased on Tuesday; 40 people were evacuated.");
  const root = await folder("feed-ids", {
    "old/wire.rss": rss(toll, cattle, bare, relative, tag, again),
    "new/wire.rss": rss(fresh, toll, cattle),
    "new/wire-0512.rss": rss(toll, cattle),
  });
  const ids = async (path: string) => docs(await collect([join(root, path)])).map((d) => d.id);
  assert.deepEqual(await ids("old/wire.rss"), ["https://wire.example/toll", "https://wire.example/cattle", "wire-3", "wire-4", "wire-5", "wire-6"]);
  assert.deepEqual(await ids("new/wire.rss"), ["https://wire.example/rain", "https://wire.example/toll", "https://wire.example/cattle"]);
  assert.deepEqual(await ids("new/wire-0512.rss"), ["https://wire.example/toll", "https://wire.example/cattle"]);
});

test("JSON Lines and JSON: a record without an id is known by its http(s) URL, else (or when the URL repeats) by stem-line", async () => {
  const rec = (o: object) => JSON.stringify(o);
  const root = await folder("jsonl-url-ids", {
    "a.jsonl": [
      rec({ url: "https://x.example/1", text: "Five people were hurt." }),
      rec({ id: "own", url: "https://x.example/2", text: "Six people were hurt." }),
      rec({ url: "ftp://x.example/3", text: "Seven people were hurt." }),
      rec({ url: "https://x.example/1", text: "Eight people were hurt." }),
      rec({ text: "Nine people were hurt." }),
    ].join("\n") + "\n",
    "b.json": JSON.stringify([{ url: "https://x.example/1", text: "Five people were hurt." }, { text: "Ten people were hurt." }]),
  });
  assert.deepEqual(docs(await collect([join(root, "a.jsonl")])).map((d) => d.id), ["https://x.example/1", "own", "a-3", "a-4", "a-5"]);
  assert.deepEqual(docs(await collect([join(root, "b.json")])).map((d) => d.id), ["https://x.example/1", "b-2"]);
});

test("feeds: Atom's XHTML content is read as HTML; a body that is only 'Read more' gives way to the title; an undated item takes the channel's date", async () => {
  const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Hill News</title><entry><title>Strikes</title><published>2024-11-19T17:00:00Z</published>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Strikes killed 10 civilians, rescuers said.</p><p>Volunteers pulled 32 people from the rubble.</p></div></content></entry></feed>`;
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Aid Wire</title><pubDate>Wed, 20 Mar 2024 10:00:00 GMT</pubDate>
<item><title>Floods kill more than 300 in the north</title><pubDate>Sat, 11 May 2024 14:00:00 +0000</pubDate><description>Read more</description></item>
<item><title>Camp</title><description>Some 1,500 people fled the camp on Wednesday.</description></item>
</channel></rss>`;
  const root = await folder("feeds2", { "hill.atom": atom, "aid.rss": rss });
  const got = docs(await collect([root])).map((d) => [d.id, d.text, d.meta.published]);
  assert.deepEqual(got, [
    ["aid-1", "Floods kill more than 300 in the north", "2024-05-11"],
    ["aid-2", "Some 1,500 people fled the camp on Wednesday.", "2024-03-20"],
    ["hill-1", "Strikes killed 10 civilians, rescuers said.\n\nVolunteers pulled 32 people from the rubble.", "2024-11-19"],
  ]);
});

test("a folder walk passes over an excluded file (the command's own output written into the folder it reads)", async () => {
  const { stat } = await import("node:fs/promises");
  const root = await folder("own-output", { "a.txt": "Gunmen killed 12 villagers on Monday.", "claims.jsonl": '{"id":"c1","text":"One dead, 212 homicides"}\n' });
  const out = await stat(join(root, "claims.jsonl"));
  const all: ReadResult[] = [];
  for await (const r of readSources([root], { exclude: [{ dev: out.dev, ino: out.ino }] })) all.push(r);
  assert.deepEqual(all.map((r) => (r.ok ? r.doc.id : "error")), ["a"]);
  // (Without the exclusion the collection is read like any other.)
  const plain: ReadResult[] = [];
  for await (const r of readSources([root])) plain.push(r);
  assert.equal(plain.length, 2);
});
