// Formatting and small pure helpers of the dashboard, as tables of cases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatClaimValue, formatDate, formatNumber, formatPeriod, midSentence } from "./format.ts";
import { parseHash, href } from "./router.ts";
import { niceTicks } from "./components/timeline-chart.tsx";

test("numbers get thousands separators; missing ones a dash", () => {
  const cases: [number | null, string][] = [[0, "0"], [999, "999"], [3000, "3,000"], [370000, "370,000"], [1234567, "1,234,567"], [null, "—"]];
  for (const [value, expected] of cases) assert.equal(formatNumber(value), expected);
});

test("dates read as day, month and year; periods as a span", () => {
  assert.equal(formatDate("2019-03-05"), "5 Mar 2019");
  assert.equal(formatDate(null), "undated");
  assert.equal(formatDate("not a date"), "undated");
  assert.equal(formatPeriod("2019-03-05", "2019-03-05"), "5 Mar 2019");
  assert.equal(formatPeriod("2019-02-22", "2019-03-01"), "22 Feb 2019 – 1 Mar 2019");
});

test("claim values read as they were stated", () => {
  const cases: [Parameters<typeof formatClaimValue>[0], string][] = [
    [{ value: 280, low: 280, high: 280, qualifier: "exact" }, "280"],
    [{ value: 3000, low: 2700, high: 3300, qualifier: "approx" }, "about 3,000"],
    [{ value: 1500, low: 1500, high: null, qualifier: "min" }, "at least 1,500"],
    [{ value: 600, low: null, high: 600, qualifier: "max" }, "up to 600"],
    [{ value: 200, low: 200, high: 300, qualifier: "range" }, "200 to 300"],
    [{ value: null, low: 200, high: 999, qualifier: "vague", vague: "hundreds" }, "hundreds (200–999)"],
    [{ value: null, low: 2000, high: 9999, qualifier: "vague" }, "2,000–9,999"],
  ];
  for (const [claim, expected] of cases) assert.equal(formatClaimValue(claim), expected);
});

test("a speaker's leading article is lower-cased mid-sentence only", () => {
  assert.equal(midSentence("An SDF official"), "an SDF official");
  assert.equal(midSentence("The Observatory"), "the Observatory");
  assert.equal(midSentence("Mustefa Bali"), "Mustefa Bali");
  assert.equal(midSentence("Anne Marie"), "Anne Marie");
});

test("hash routes round-trip ids with slashes and query parameters", () => {
  const link = href(["reports", "https://example.invalid/a/b?c"], { span: "10-20", empty: "" });
  const route = parseHash(link);
  assert.deepEqual(route.path, ["reports", "https://example.invalid/a/b?c"]);
  assert.equal(route.params.get("span"), "10-20");
  assert.equal(route.params.has("empty"), false);
  assert.deepEqual(parseHash("").path, []);
});

test("axis ticks are round and always reach the largest value", () => {
  const cases: [number, number[]][] = [[35.6, [0, 10, 20, 30, 40]], [5, [0, 1, 2, 3, 4, 5]], [80000, [0, 20000, 40000, 60000, 80000]], [0, [0]]];
  for (const [max, expected] of cases) assert.deepEqual(niceTicks(max), expected);
  for (const max of [1, 7, 33, 999, 56000 * 1.15, 370000]) {
    const ticks = niceTicks(max);
    assert.ok(ticks[ticks.length - 1] >= max, `ticks for ${max} reach it`);
  }
});
