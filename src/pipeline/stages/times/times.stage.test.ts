import { test } from "node:test";
import assert from "node:assert/strict";
import { findTimes } from "./times.stage.ts";
import { parseIso } from "./dates.ts";

// [published, sentence, expression, from, to] — 2024-05-08 is a Wednesday.
const cases: [string, string, string, string, string][] = [
  ["2024-05-08", "Troops withdrew on Tuesday.", "on Tuesday", "2024-05-07", "2024-05-07"],
  // "N days ago", "a week ago": one day that far back.
  ["2024-05-08", "Ten people died two days ago.", "two days ago", "2024-05-06", "2024-05-06"],
  ["2024-05-08", "Police arrested four men a week ago.", "a week ago", "2024-05-01", "2024-05-01"],
  // A figure right after a date is not part of the date.
  ["2024-05-08", "Since the war began in February 2022, 10,000 civilians have died.", "Since the war began in February 2022", "2022-02-01", "2024-05-08"],
  // "early", "mid-" and "late" before a month take a third of it.
  ["2024-11-08", "Some 40,000 people have fled since late October.", "since late October", "2024-10-21", "2024-11-08"],
  ["2024-11-08", "The camp filled up in early March.", "early March", "2024-03-01", "2024-03-10"],
  ["2024-11-08", "The siege began in mid-January.", "mid-January", "2024-01-11", "2024-01-20"],
  // "last month" alone is the calendar month before; "over the last month" runs up to publication.
  ["2024-03-14", "Last month the camp took in 900 people.", "Last month", "2024-02-01", "2024-02-29"],
  ["2024-03-14", "Over the last month the camp took in 900 people.", "Over the last month", "2024-02-14", "2024-03-14"],
  ["2024-05-08", "Shelling resumed on Wednesday.", "on Wednesday", "2024-05-08", "2024-05-08"],
  ["2024-05-08", "Shelling resumed on Thursday.", "on Thursday", "2024-05-02", "2024-05-02"],
  ["2024-05-08", "They have fled since Sunday.", "since Sunday", "2024-05-05", "2024-05-08"],
  ["2024-05-08", "Aid arrived between April 22 and May 1.", "between April 22 and May 1", "2024-04-22", "2024-05-01"],
  ["2024-05-08", "Over the past 48 hours, 300 left.", "Over the past 48 hours", "2024-05-06", "2024-05-08"],
  ["2024-05-08", "In the past two months, many fled.", "In the past two months", "2024-03-08", "2024-05-08"],
  ["2024-05-08", "Clashes continued at the weekend.", "at the weekend", "2024-05-04", "2024-05-05"],
  ["2024-05-08", "The war has killed thousands since it began in 2011.", "since it began in 2011", "2011-01-01", "2024-05-08"],
  ["2024-05-08", "They surrendered since March 9, officials said.", "since March 9", "2024-03-09", "2024-05-08"],
  ["2024-05-08", "The army has shelled the town for a week.", "for a week", "2024-05-01", "2024-05-08"],
  ["2024-05-08", "Fighting broke out in September.", "September", "2023-09-01", "2023-09-30"],
  ["2024-05-08", "Hundreds fled overnight.", "overnight", "2024-05-07", "2024-05-08"],
  ["2024-05-08", "It happened on March 5, 2019.", "March 5, 2019", "2019-03-05", "2019-03-05"],
];
for (const [published, sentence, expression, from, to] of cases) {
  test(`${JSON.stringify(expression)} published ${published}`, () => {
    const times = findTimes(sentence, 0, sentence.length, parseIso(published)!);
    const t = times.find((x) => x.text.toLowerCase().includes(expression.toLowerCase().replace(/^(on|in|at) /, "")));
    assert.ok(t, `found among ${JSON.stringify(times.map((x) => x.text))}`);
    assert.deepEqual([t.from, t.to], [from, to]);
    assert.equal(sentence.slice(t.start, t.end), t.text);
  });
}

test("a time of day alone gives no date", () => {
  const s = "They escaped at one in the morning.";
  assert.equal(findTimes(s, 0, s.length, parseIso("2024-05-08")!).length, 0);
});
