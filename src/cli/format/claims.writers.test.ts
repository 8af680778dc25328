// Claim writers: documented key order, valid JSON in every format, a readable table row.
import assert from "node:assert/strict";
import { PassThrough } from "node:stream";
import { test } from "node:test";
import type { Claim } from "../../doc/document.ts";
import { CLAIM_KEYS, claimRecord } from "./claim-record.ts";
import { claimWriter, valueCell, type ClaimFormat } from "./claims.writers.ts";
import { Output } from "./output.ts";

function claim(over: Partial<Claim> = {}): Claim {
  return {
    hedge: null, said: "2024-06-02", time: { start: "2024-06-01", end: "2024-06-02", text: "since Saturday" },
    place: { name: "Riverton", lat: 10.5, lon: 20.25 }, source: { name: "Dana Reyes", org: "Valley Relief", text: "Dana Reyes said" },
    subject: "residents", qualifier: "approx", high: 1320, low: 1080, value: 1200, category: "evacuated",
    sentence: [0, 60], text: "about 1,200 residents", span: [10, 31], doc: "riverton-flood",
    ...over,
  };
}

async function render(format: ClaimFormat, claims: Claim[]): Promise<string> {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (b: Buffer) => (text += b.toString()));
  const writer = claimWriter(format, new Output(stream));
  await writer.begin();
  for (const c of claims) await writer.write(c);
  await writer.end();
  return text;
}

test("records follow the documented key order, extra fields last", () => {
  const record = claimRecord({ ...claim(), confidence: 0.8 } as Claim);
  // (Optional fields, "vague" and "derived", appear only where the claim has them.)
  assert.deepEqual(Object.keys(record), [...CLAIM_KEYS.filter((k) => k !== "vague" && k !== "derived"), "confidence"]);
  assert.equal(Object.keys(claimRecord(claim({ value: 2, derived: "Three shot, one of them dead" }))).at(-1), "derived");
  assert.deepEqual(Object.keys(claimRecord(claim({ qualifier: "vague", vague: "hundreds" }))).slice(8, 11), ["qualifier", "vague", "subject"]);
});

test("jsonl prints one parseable record a line", async () => {
  const out = await render("jsonl", [claim(), claim({ doc: "other", value: 3 })]);
  const lines = out.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => [l.doc, l.value]), [["riverton-flood", 1200], ["other", 3]]);
});

test("json prints one array, empty or not", async () => {
  assert.deepEqual(JSON.parse(await render("json", [])), []);
  const parsed = JSON.parse(await render("json", [claim(), claim({ value: 7 })]));
  assert.deepEqual(parsed.map((c: Claim) => c.value), [1200, 7]);
});

test("table shows the figure, its source with organisation, place, period and quantity text", async () => {
  const [header, rule, row] = (await render("table", [claim()])).split("\n");
  assert.match(header!, /^doc\s+category\s+value\s+qualifier\s+subject\s+source\s+place\s+time\s+quantity$/);
  assert.match(rule!, /^-+ -+/);
  assert.match(row!, /riverton-flood\s+evacuated\s+~1200\s+approx\s+residents\s+Dana Reyes \(Valley Relief\)\s+Riverton\s+2024-06-01\.\.2024-06-02\s+"about 1,200 residents"$/);
});

test("value cells say how the figure was stated", () => {
  assert.equal(valueCell(claim({ qualifier: "exact", value: 4, low: 4, high: 4 })), "4");
  assert.equal(valueCell(claim({ qualifier: "min", value: 300, low: 300, high: null })), ">=300");
  assert.equal(valueCell(claim({ qualifier: "range", value: 200, low: 200, high: 300 })), "200-300");
  assert.equal(valueCell(claim({ qualifier: "vague", value: null, low: 200, high: 999, vague: "hundreds" })), "200-999 hundreds");
});
