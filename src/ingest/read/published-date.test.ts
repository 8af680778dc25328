// Datelines: the formats reports write near their top, and what must not count as a date.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datelineDate, isoDay } from "./published-date.ts";

const cases: [string, string | null][] = [
  ["date 2024-11-05 Town square: officials said", "2024-11-05"],
  ["Harbour fire spreads  Saturday, 12 Oct, 2024  Crews battled", "2024-10-12"],
  ["Ceasefire talks stall. 3 min read 07 September, 2023 Negotiators", "2023-09-07"],
  ["LONDON, July 4, 2022 (Wire) - Rescuers", "2022-07-04"],
  ["Posted Sept. 21 2021 by the desk", "2021-09-21"],
  ["Report of 2020-02-30 is not a day", null],
  ["He was 1,200 km away on 45 March 2020", null],
  ["No date here at all, only 300 people and 12 trucks.", null],
];

for (const [text, want] of cases) {
  test(`dateline in ${JSON.stringify(text.slice(0, 40))}`, () => assert.equal(datelineDate(text), want));
}

test("only the opening of the text is searched", () => {
  const text = "x".repeat(500) + " 2019-03-05";
  assert.equal(datelineDate(text), null);
  assert.equal(datelineDate(text, 600), "2019-03-05");
});

test("the earliest date wins when several formats appear", () => {
  assert.equal(datelineDate("Monday, 4 March 2019. Updated 2019-03-06."), "2019-03-04");
});

test("metadata timestamps become days", () => {
  assert.equal(isoDay("2025-03-06T09:15:00+01:00"), "2025-03-06");
  assert.equal(isoDay("6 March 2025"), "2025-03-06");
  assert.equal(isoDay("yesterday"), null);
  assert.equal(isoDay(42), null);
});

// The timeout guards against catastrophic backtracking, which would hang rather than fail.
test("a 4 MB line of digits and commas is scanned without backtracking", { timeout: 20_000 }, () => {
  const text = "1,".repeat(2 * 1024 * 1024);
  assert.equal(datelineDate(text), null);
  assert.equal(datelineDate(text, text.length), null);
  assert.equal(datelineDate(text + " 2019-03-05", text.length + 20), "2019-03-05");
});
