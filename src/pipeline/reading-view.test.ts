import { test } from "node:test";
import assert from "node:assert/strict";
import { readingView } from "./reading-view.ts";
import { extract } from "./pipeline.ts";

const WRAPPED = [
  "ISLAMABAD: Continuous heavy rain over the past three days has triggered",
  "flash floods in the northern districts of the province, where rescue",
  "teams said the worst damage was along the river banks near the town.",
  "Officials said 41 people were killed and 63 were injured in the area",
  "on Tuesday, the disaster authority said in a statement.",
  "",
  "- Shelters: 12",
  "- Camps: 3",
].join("\n");

test("a hard-wrapped paragraph is read with its wraps as spaces; offsets, blank lines and list lines stay", () => {
  const view = readingView(WRAPPED);
  assert.equal(view.length, WRAPPED.length);
  assert.ok(view.includes("has triggered flash floods"));
  assert.ok(view.includes("in the area on Tuesday"));
  assert.ok(view.includes("statement.\n\n- Shelters: 12\n- Camps: 3"));
});

test("a sentence going on in lower case, or after 'of' or 'the', joins; CRLF and an e-mail's quote marks become spaces", () => {
  assert.equal(readingView("At least 41 people were\nkilled on Tuesday."), "At least 41 people were killed on Tuesday.");
  assert.equal(readingView("The Ministry of\nJustice said 3,600 inmates escaped."), "The Ministry of Justice said 3,600 inmates escaped.");
  assert.equal(readingView("> Two officers were\r\n> injured in the raid."), "> Two officers were    injured in the raid.");
  // (Lines of their own stay: a headline, a dateline, list items, a label, a hyphenated word.)
  for (const text of ["Floods kill 41 in Swat\nISLAMABAD — Rain fell.", "Casualties:\n- Kharkiv: 3 killed\n- Sumy: 1 killed", "Q: How many died?\nMINISTER: Nine.", "Fighting has dis-\nplaced 134,000 people."]) {
    assert.equal(readingView(text), text);
  }
});

test("claims across a wrap are found, with offsets and texts into the text as read", () => {
  const text = "According to the NDMA, 41 people were\nkilled on Tuesday. On Wednesday floods killed\n12 people in Swat.";
  const doc = extract({ id: "t", text, meta: { published: "2024-08-28" } });
  assert.equal(doc.text, text);
  assert.deepEqual(doc.claims.map((c) => [c.value, c.source?.name ?? null, text.slice(c.span[0], c.span[1]) === c.text]), [[41, "NDMA", true], [12, null, true]]);
});

test("a wire slug glued by a hyphen is read apart from the headline ('UPDATE 2-At least 40 killed')", () => {
  assert.equal(readingView("UPDATE 2-At least 40 killed in floods\nEXCLUSIVE-Dozens dead"), "UPDATE 2 At least 40 killed in floods\nEXCLUSIVE Dozens dead");
  assert.equal(readingView("A pro-UPDATE-Army rally"), "A pro-UPDATE-Army rally");
  const doc = extract({ id: "t", text: "UPDATE 2-At least 40 killed in Libya floods", meta: { published: "2023-09-12" } });
  assert.deepEqual(doc.claims.map((c) => [c.value, c.qualifier, c.text]), [[40, "min", "At least 40"]]);
});

test("footnote marks after a word or a stop are read as spaces, so the sentence they close ends there", () => {
  assert.equal(readingView("Some 7,000 fled by the end of April.⁵ Thirty were hurt on Monday."), "Some 7,000 fled by the end of April.  Thirty were hurt on Monday.");
  assert.equal(readingView("At least 104 were killed[3] in the attack."), "At least 104 were killed    in the attack.");
  // (Not a power or a list's number: "10⁶", "[1] Item".)
  for (const text of ["The fund holds 10⁶ dollars.", "[1] Item one"]) assert.equal(readingView(text), text);
  const doc = extract({ id: "t", text: "Some 7,000 people fled by the end of April.⁵ Thirty villagers were wounded on Monday. At least 104 people were killed, the Red Crescent said.⁴", meta: { published: "2024-06-15" } });
  assert.deepEqual(doc.claims.map((c) => [c.value, c.time?.start ?? null, c.source?.name ?? null]), [[7000, "2024-04-30", null], [30, "2024-06-10", null], [104, null, "Red Crescent"]]);
});

test("HTML left in a record's text is read as blank lines and spaces, Markdown's emphasis marks as spaces; the length stays", () => {
  const html = "<p>Of those, 1,554 were killed, the mission said.</p><ul><li>95,000 fled the capital in March</li></ul>";
  const view = readingView(html);
  assert.equal(view.length, html.length);
  assert.ok(view.includes("Of those, 1,554 were killed, the mission said."));
  assert.ok(/said\.\s*\n\n\s*95,000 fled/.test(view), JSON.stringify(view));
  assert.equal(readingView("Partners relocated **350 people** with disabilities."), "Partners relocated   350 people   with disabilities.");
  // (A sign before a figure is no tag: "<50 people" stays as written.)
  assert.equal(readingView("Fewer than <50 people remain."), "Fewer than <50 people remain.");
  const found = extract({ id: "h", text: html, meta: { published: "2024-04-12" } }).claims;
  assert.deepEqual(found.map((c) => [c.category, c.value, c.text, c.source?.name ?? null]), [["killed", 1554, "1,554", "the mission"], ["fled", 95000, "95,000", null]]);
});
