// The brief ranks figures, cites the reports' sentences, spells out conflicts and escapes report text.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../doc/document.ts";
import { buildFigures } from "../reconcile/figures.ts";
import type { ReportInfo } from "../reconcile/report-info.ts";
import { buildBrief } from "./brief.ts";
import { briefToHtml } from "./brief-html.ts";
import { briefToMarkdown } from "./brief-markdown.ts";

const TOWN = { name: "Tel Safra", lat: 36.1, lon: 41.2 };
const one = "<b>Shelling</b> killed 14 civilians in Tel Safra on Monday, the council said. About 2,000 people fled the town.";
const two = "A medic said 30 civilians were killed in Tel Safra on Monday & more were missing.";
const reports: (ReportInfo & { text: string })[] = [
  { id: "r1", text: one, published: "2030-07-02", outlet: "Plains Herald", agency: null, copyOf: [], title: "Shelling <script>alert(1)</script> hits town", url: "javascript:alert(1)" },
  { id: "r2", text: two, published: "2030-07-03", outlet: null, agency: "Wire Two", copyOf: [], title: "Toll rises", url: "https://news.example/toll" },
];
const base = { low: null, high: null, qualifier: "exact" as const, source: null, said: null, hedge: null, time: { start: "2030-06-30", end: "2030-06-30", text: "on Monday" } };
const at = (r: typeof reports[number], phrase: string) => {
  const i = r.text.indexOf(phrase);
  const end = r.text.indexOf(".", i) + 1;
  const start = r.text.lastIndexOf(". ", i) < 0 ? 0 : r.text.lastIndexOf(". ", i) + 2;
  return { doc: r.id, span: [i, i + phrase.length] as [number, number], text: phrase, sentence: [start, end] as [number, number] };
};
const claims: Claim[] = [
  { ...base, ...at(reports[0]!, "14 civilians"), category: "killed", value: 14, low: 14, high: 14, subject: "civilians", place: TOWN, source: { name: "the council", org: "Tel Safra Council", text: "the council said" } },
  { ...base, ...at(reports[0]!, "About 2,000 people"), category: "fled", value: 2000, low: 1800, high: 2200, qualifier: "approx", subject: "people", place: TOWN, time: null },
  { ...base, ...at(reports[1]!, "30 civilians"), category: "killed", value: 30, low: 30, high: 30, subject: "civilians", place: TOWN, source: { name: "A medic", org: null, text: "A medic said" } },
];

describe("brief", () => {
  const figures = buildFigures(claims, reports);
  const brief = buildBrief(figures, claims, reports, { title: "Tel Safra <update>" });

  it("ranks deaths first and cites every statement", () => {
    assert.equal(brief.items[0]!.category, "killed");
    assert.equal(brief.items[0]!.grade, "contested");
    assert.equal(brief.items[0]!.timeline.length, 2);
    assert.equal(brief.items[1]!.category, "fled");
    assert.equal(brief.citations.length, 3);
    assert.equal(brief.citations[0]!.quote, "<b>Shelling</b> killed 14 civilians in Tel Safra on Monday, the council said.");
  });

  it("Markdown quotes the sentence, names the report and spells out the conflict", () => {
    const md = briefToMarkdown(brief);
    assert.match(md, /## 1\. Civilians killed in Tel Safra — contested/);
    assert.match(md, /14 \(Tel Safra Council, 2 Jul\) vs 30 \(A medic, 3 Jul\)/);
    assert.match(md, /“A medic said 30 civilians were killed in Tel Safra on Monday & more were missing\.”/);
    assert.ok(md.includes("&lt;b&gt;Shelling&lt;/b&gt;"), "angle brackets are escaped");
    assert.match(md, /\*Toll rises\*, Wire Two, 3 Jul 2030 <https:\/\/news\.example\/toll>/);
    assert.ok(!md.includes("<script>") && !md.includes("<b>"), "no raw HTML from the reports");
    assert.ok(!md.includes("javascript:"), "no link with a script scheme");
  });

  it("HTML is self-contained and escapes every piece of report text", () => {
    const html = briefToHtml(brief);
    assert.match(html, /^<!doctype html>/);
    assert.ok(!/<script/i.test(html), "no script element at all");
    assert.ok(!html.includes("<b>Shelling"), "report markup is escaped");
    assert.ok(html.includes("&lt;b&gt;Shelling&lt;/b&gt;"));
    assert.ok(html.includes("Shelling &lt;script&gt;alert(1)&lt;/script&gt; hits town"));
    assert.ok(!html.includes('href="javascript:'), "no script links");
    assert.ok(html.includes('href="https://news.example/toll"'));
    assert.ok(html.includes("<title>Tel Safra &lt;update&gt;</title>"));
    assert.ok(!/(src|href)="(https?:)?\/\/(?!news\.example)/.test(html), "loads nothing from elsewhere");
    assert.match(html, /<blockquote>A medic said 30 civilians were killed in Tel Safra on Monday &amp; more were missing\.<\/blockquote>/);
  });

  it("says so when there is nothing to report", () => {
    const empty = buildBrief([], [], []);
    assert.match(briefToMarkdown(empty), /No figures about people were found/);
    assert.match(briefToHtml(empty), /No figures about people were found/);
  });
});

describe("brief of a syndicated copy", () => {
  it("cites the original report for the latest figure, not the copy that repeats it the same day", () => {
    const text = "The toll rose to 73 on Sunday, the civil defence said.";
    const copyText = "Oct 21 (Daily Star) - The toll rose to 73 on Sunday, the civil defence said.";
    const wire: (ReportInfo & { text: string })[] = [
      { id: "w1", text, published: "2030-07-03", outlet: null, agency: "Wire", copyOf: [], title: "Toll rises", url: null },
      { id: "w2", text: copyText, published: "2030-07-03", outlet: "Daily Star", agency: "Wire", copyOf: ["w1"], title: "Toll rises", url: null },
    ];
    const claim = (r: typeof wire[number]): Claim => ({ ...base, ...at(r, "73"), category: "killed", value: 73, low: 73, high: 73, subject: "people", place: TOWN, source: { name: "the civil defence", org: null, text: "the civil defence said" } });
    const both = [claim(wire[0]!), claim(wire[1]!)];
    const copied = buildBrief(buildFigures(both, wire), both, wire, {});
    const latest = copied.items[0]!.latest!;
    assert.equal(copied.citations.find((c) => c.n === latest.citation)?.doc, "w1");
  });
});

describe("brief counts", () => {
  it("say one key figure from one report in the singular, in Markdown and HTML", () => {
    const single = [reports[1]!];
    const only = [claims[2]!];
    const figures = buildFigures(only, single);
    const brief = buildBrief(figures, only, single);
    assert.equal(brief.items.length, 1);
    for (const out of [briefToMarkdown(brief), briefToHtml(brief)]) {
      assert.ok(out.includes("1 key figure from 1 report (1 figure in all)"), out);
      assert.ok(!/1 key figures|1 reports|1 figures/.test(out));
    }
    const both = buildBrief(buildFigures(claims, reports), claims, reports);
    assert.ok(briefToMarkdown(both).includes(`${both.items.length} key figures from 2 reports (${both.figures} figures in all)`));
  });
});
