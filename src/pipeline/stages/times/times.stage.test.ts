import { test } from "node:test";
import assert from "node:assert/strict";
import * as chrono from "chrono-node";
import { chronoDates, findTimes } from "./times.stage.ts";
import { parseIso } from "./dates.ts";

// [published, sentence, expression, from, to] — 2024-05-08 is a Wednesday.
const cases: [string, string, string, string, string][] = [
  ["2024-05-08", "Troops withdrew on Tuesday.", "on Tuesday", "2024-05-07", "2024-05-07"],
  // A week of a month named; a superlative's "since X, when …" is X itself.
  ["2024-06-15", "About 3,500 people crossed into Chad in the last week of May.", "in the last week of May", "2024-05-25", "2024-05-31"],
  ["2024-06-15", "About 3,500 people crossed into Chad in the first week of June.", "in the first week of June", "2024-06-01", "2024-06-07"],
  ["2023-01-31", "It was the deadliest attack since December 2014, when gunmen killed 150 people.", "December 2014", "2014-12-01", "2014-12-31"],
  // "the night of March 3": the part of the day before "of" leaves the date whole.
  ["2024-05-08", "Soldiers came on the night of March 3 and killed 14 villagers.", "March 3", "2024-03-03", "2024-03-03"],
  ["2024-05-08", "On the morning of 4 May, 30 people fled.", "4 May", "2024-05-04", "2024-05-04"],
  // Two years joined: every day from the first year's start to the last one's end.
  ["2024-05-08", "Between 1992 and 2002, a civil war left 200,000 people dead.", "Between 1992 and 2002", "1992-01-01", "2002-12-31"],
  ["2024-05-08", "The 2014-2016 fighting killed 5,000 people.", "2014-2016", "2014-01-01", "2016-12-31"],
  // A numeric date that month first would put after publication is read day first.
  ["2024-05-08", "On 07/05/2024, 30 people fled the village.", "07/05/2024", "2024-05-07", "2024-05-07"],
  ["2024-05-08", "On 05/04/2024, 30 people fled the village.", "05/04/2024", "2024-05-04", "2024-05-04"],
  // "N days ago", "a week ago": one day that far back.
  ["2024-05-08", "Ten people died two days ago.", "two days ago", "2024-05-06", "2024-05-06"],
  ["2024-05-08", "Police arrested four men a week ago.", "a week ago", "2024-05-01", "2024-05-01"],
  // A figure right after a date is not part of the date.
  ["2024-05-08", "Since the war began in February 2022, 10,000 civilians have died.", "Since the war began in February 2022", "2022-02-01", "2024-05-08"],
  // "early", "mid-" and "late" before a month take a third of it.
  ["2024-11-08", "Some 40,000 people have fled since late October.", "since late October", "2024-10-21", "2024-11-08"],
  ["2024-11-08", "The camp filled up in early March.", "early March", "2024-03-01", "2024-03-10"],
  ["2024-11-08", "The siege began in mid-January.", "mid-January", "2024-01-11", "2024-01-20"],
  // "since the morning", "since dawn": the day of publication.
  ["2024-05-10", "About 1,775 people have been evacuated since the morning.", "since the morning", "2024-05-10", "2024-05-10"],
  ["2024-05-10", "Rescuers pulled 12 bodies from the rubble since dawn.", "since dawn", "2024-05-10", "2024-05-10"],
  // May, which chrono reads only after "in", is a month after "since", "early", "late" and "mid-" too.
  ["2024-06-14", "Over 500 people have been killed since early May.", "since early May", "2024-05-01", "2024-06-14"],
  ["2024-06-14", "The clashes have displaced 9,000 people since mid-May.", "since mid-May", "2024-05-11", "2024-06-14"],
  ["2024-06-14", "Twelve villagers were abducted in late May.", "late May", "2024-05-21", "2024-05-31"],
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
  // A count after a date and a comma is no two-digit year.
  ["2024-06-20", "On March 5, 12 people were killed.", "March 5", "2024-03-05", "2024-03-05"],
  ["2024-06-20", "On 5 March, 12 people were killed.", "5 March", "2024-03-05", "2024-03-05"],
  ["2024-06-20", "Between March 3 and March 9, 40 people died.", "Between March 3 and March 9", "2024-03-03", "2024-03-09"],
  ["2024-06-20", "It fell on Saturday, 23 Feb, 2019.", "Saturday, 23 Feb, 2019", "2019-02-23", "2019-02-23"],
  // Days of one month: "between 10 and 14 February", "5-6 March", "March 5-6".
  ["2024-06-20", "Between 10 and 14 February, 50 people were killed.", "Between 10 and 14 February", "2024-02-10", "2024-02-14"],
  ["2024-06-20", "On the night of 5-6 March, 12 civilians were killed.", "5-6 March", "2024-03-05", "2024-03-06"],
  ["2024-06-20", "On March 5-6, 12 people died.", "March 5-6", "2024-03-05", "2024-03-06"],
  ["2024-02-10", "Between 20 and 24 December, 300 people fled.", "Between 20 and 24 December", "2023-12-20", "2023-12-24"],
  ["2024-06-20", "Between 1 and 7 March 2023, 300 people fled.", "Between 1 and 7 March 2023", "2023-03-01", "2023-03-07"],
  // The first months, half, quarter or week of a year or month.
  ["2024-06-20", "In the first three months of the year, 1,200 civilians were killed.", "In the first three months of the year", "2024-01-01", "2024-03-31"],
  ["2024-06-20", "In the first half of 2023, about 2,000 people were killed.", "In the first half of 2023", "2023-01-01", "2023-06-30"],
  ["2024-06-20", "In the first six months of 2024, 800 people were killed.", "In the first six months of 2024", "2024-01-01", "2024-06-20"],
  ["2024-06-20", "At least 40 people were killed in the first week of March.", "in the first week of March", "2024-03-01", "2024-03-07"],
  ["2024-06-20", "During the first quarter of 2022, 90 people died.", "During the first quarter of 2022", "2022-01-01", "2022-03-31"],
  // "the previous day" is one day; "earlier in the week/month/day"; a year naming an event ("the 2014 war").
  ["2024-06-20", "The previous day, gunmen killed nine worshippers.", "The previous day", "2024-06-19", "2024-06-19"],
  ["2024-06-20", "Over the past day, 30 people were killed.", "Over the past day", "2024-06-19", "2024-06-20"],
  ["2024-06-20", "Earlier in the week, 20 migrants drowned off Libya.", "Earlier in the week", "2024-06-17", "2024-06-20"],
  ["2024-06-20", "Earlier in the month, 20 migrants drowned off Libya.", "Earlier in the month", "2024-06-01", "2024-06-20"],
  ["2024-06-20", "Earlier in the day, a drone hit the market.", "Earlier in the day", "2024-06-20", "2024-06-20"],
  ["2024-06-20", "The 2014 war killed 2,251 Palestinians.", "2014", "2014-01-01", "2014-12-31"],
  // A month of last year or this year.
  ["2024-10-03", "Since October last year, more than 2,000 people have been killed.", "Since October last year", "2023-10-01", "2024-10-03"],
  ["2024-10-03", "In December last year, 12 soldiers were killed.", "December last year", "2023-12-01", "2023-12-31"],
  // A reporting window closing on a day named opens that many hours before it.
  ["2024-05-29", "In the 24 hours to Tuesday morning, 35 people were killed.", "In the 24 hours to Tuesday morning", "2024-05-27", "2024-05-28"],
  ["2024-05-29", "Over the 48 hours until Sunday, 12 people died.", "Over the 48 hours until Sunday", "2024-05-24", "2024-05-26"],
  // A holiday or long weekend runs from Saturday to Monday, no later than publication.
  ["2024-05-28", "Four people were killed in crashes over the holiday weekend.", "over the holiday weekend", "2024-05-25", "2024-05-27"],
  ["2024-05-27", "Four people were killed over the long weekend.", "over the long weekend", "2024-05-25", "2024-05-27"],
  // "over the week": the seven days up to publication.
  ["2024-03-14", "ACLED recorded 112 reported fatalities in North Kivu over the week.", "over the week", "2024-03-07", "2024-03-14"],
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

test("two days of a month joined by 'and' are not a period unless 'between' says so", () => {
  const s = "Strikes on October 11 and 14 killed 30 people.";
  const times = findTimes(s, 0, s.length, parseIso("2024-06-20")!);
  assert.ok(!times.some((t) => t.kind === "period"), JSON.stringify(times));
});

test("'this past weekend' is the latest Saturday and Sunday", () => {
  const t = "Gunmen killed nine people this past weekend.";
  const [found] = findTimes(t, 0, t.length, new Date(Date.UTC(2024, 2, 13)));
  assert.deepEqual([found?.from, found?.to], ["2024-03-09", "2024-03-10"]);
});

test("chrono run with only the parsers that may match finds what chrono.parse finds", () => {
  const published = parseIso("2024-05-08")!;
  const sentences = [
    "On 2019-03-05 and 3/5/2019 and 4/2021 they met.", "The 2019 Mar 05 report, 2021.03.04.", "Five people died two weeks ago.",
    "Three days later, 12 were freed; 48 hours after that, more.", "LAST NIGHT and tonight, TOMORROW or now.", "This morning at 10am, then at noon.",
    "By the end of the month, +3 days.", "Next week and this year, the past 3 months.", "Sun., MON, on Tuesday, the weekend of March 3.",
    "Between 10 and 14 February 2024, 300 fled.", "In May, 5 May, May 5th, the 5th of may, Sept. 9, 2019 Dec.", "A few days before Friday.",
    "10 million people, 3.5 percent, 1-2 km, 2001/09/11.", "Forward out henceforth the s h d w y.", "",
  ];
  for (const s of sentences) {
    const all = chrono.parse(s, { instant: published, timezone: 0 } as chrono.ParsingReference, { forwardDate: false });
    const gated = chronoDates(s, published);
    assert.deepEqual(gated.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]), all.map((r) => [r.index, r.text, r.start.date().toISOString(), r.end?.date().toISOString()]), s);
  }
});

test("'two years ago' and 'six months ago' are that year and month; 'in May' is the month; 'since October' early in October is last year's", () => {
  const read = (s: string, published: string) => findTimes(s, 0, s.length, parseIso(published)!).map((t) => [t.text, t.from, t.to]);
  assert.deepEqual(read("She was killed two years ago.", "2024-05-15"), [["two years ago", "2022-01-01", "2022-12-31"]]);
  assert.deepEqual(read("He was shot six months ago.", "2024-05-15"), [["six months ago", "2023-11-01", "2023-11-30"]]);
  assert.deepEqual(read("Three people were killed in May.", "2024-08-15"), [["May", "2024-05-01", "2024-05-31"]]);
  assert.deepEqual(read("Officials may release the toll.", "2024-08-15"), []);
  assert.deepEqual(read("Nine have been killed since October.", "2024-10-02"), [["since October", "2023-10-01", "2024-10-02"]]);
  assert.deepEqual(read("Nine have been killed since October.", "2024-10-20"), [["since October", "2024-10-01", "2024-10-20"]]);
});

test("'since' reaches a date past a name that holds digits ('since the M23 resumed fighting in 2021')", () => {
  const read = (s: string, published: string) => findTimes(s, 0, s.length, parseIso(published)!).map((t) => [t.text, t.from, t.to]);
  assert.deepEqual(read("Since the M23 resumed fighting in 2021, thousands have fled.", "2024-10-24"), [["Since the M23 resumed fighting in 2021", "2021-01-01", "2024-10-24"]]);
  // (A figure between is no name: "since 40 people were killed in 2021" dates the killing, not a period.)
  assert.deepEqual(read("Since 40 people were killed in 2021, no one has come back.", "2024-10-24"), [["2021", "2021-01-01", "2021-12-31"]]);
});

test("'the previous day' is the day before another day its sentence names, else before publication", () => {
  const read = (s: string) => findTimes(s, 0, s.length, parseIso("2024-03-20")!).map((t) => [t.text, t.from]);
  assert.deepEqual(read("Gunmen killed 12 people the previous day, officials said on Tuesday."), [["the previous day", "2024-03-18"], ["on Tuesday", "2024-03-19"]]);
  assert.deepEqual(read("Gunmen killed 12 people the previous day."), [["the previous day", "2024-03-19"]]);
});

test("two days told together a day or two apart are one stretch ('on Monday night and Tuesday morning'); a figure for each day is not", () => {
  const read = (s: string) => findTimes(s, 0, s.length, parseIso("2024-03-20")!).map((t) => [t.text, t.from, t.to]);
  assert.deepEqual(read("Gunmen killed 12 people on Monday night and Tuesday morning."), [["on Monday night and Tuesday morning", "2024-03-18", "2024-03-19"]]);
  assert.deepEqual(read("Strikes went on through the night of Saturday to Sunday."), [["Saturday to Sunday", "2024-03-16", "2024-03-17"]]);
  assert.deepEqual(read("Gunmen killed 12 people on Monday and 5 more on Wednesday.").length, 2);
});

test("holidays on a fixed day are the last such day up to publication; 'a Christmas party' dates nothing", () => {
  const read = (s: string, published: string) => findTimes(s, 0, s.length, parseIso(published)!).map((t) => [t.text, t.from]);
  assert.deepEqual(read("Two people were killed on Christmas Eve.", "2024-01-05"), [["Christmas Eve", "2023-12-24"]]);
  assert.deepEqual(read("A man was shot dead on New Year's Day.", "2024-01-05"), [["New Year's Day", "2024-01-01"]]);
  assert.deepEqual(read("Gunmen killed 12 people on Christmas.", "2024-12-28"), [["Christmas", "2024-12-25"]]);
  assert.deepEqual(read("Two men were shot at a Christmas party.", "2024-12-28"), []);
});

test("Easter moves with the moon; 'late last month' is its last third; 'a fortnight ago'; 'on Wednesday last week' is in the week before", () => {
  const read = (s: string, published: string) => findTimes(s, 0, s.length, parseIso(published)!).map((t) => [t.text, t.from, t.to]);
  assert.deepEqual(read("Eight people died over the Easter weekend.", "2024-05-08"), [["over the Easter weekend", "2024-03-29", "2024-04-01"]]);
  assert.deepEqual(read("Eight people died on Easter Sunday.", "2019-05-01"), [["on Easter Sunday", "2019-04-21", "2019-04-21"]]);
  assert.deepEqual(read("Eight people died on Easter Sunday.", "2025-05-01"), [["on Easter Sunday", "2025-04-20", "2025-04-20"]]);
  // (Before this year's Easter, the last one.)
  assert.deepEqual(read("Eight people died on Easter Sunday.", "2023-03-01"), [["on Easter Sunday", "2022-04-17", "2022-04-17"]]);
  assert.deepEqual(read("Seven people were killed late last month.", "2024-05-08"), [["late last month", "2024-04-21", "2024-04-30"]]);
  assert.deepEqual(read("Three people were killed a fortnight ago.", "2024-05-08"), [["a fortnight ago", "2024-04-24", "2024-04-24"]]);
  assert.deepEqual(read("Four people were killed on Friday last week.", "2024-05-08"), [["on Friday last week", "2024-05-03", "2024-05-03"]]);
  assert.deepEqual(read("Four people were killed on Wednesday last week.", "2024-05-08"), [["on Wednesday last week", "2024-05-01", "2024-05-01"]]);
});

test("the modal 'may' is no month, even after a word that may come before one ('early may be too soon')", () => {
  for (const s of ["The toll may rise, and many may still be trapped.", "Officials said early may be too soon to tell."]) {
    assert.equal(findTimes(s, 0, s.length, parseIso("2024-06-14")!).length, 0, s);
  }
});

test("a day told from another ('the next day', 'a day later', 'the previous day', 'hours later') counts from the last day named before it", async () => {
  const { extract } = await import("../../pipeline.ts");
  const text = "Gunmen attacked Kaya on Sunday. The town lies north of the capital. The next day, 6 villagers were killed nearby. On Tuesday 4 soldiers were wounded. The previous day, 3 civilians were killed in Djibo. A day later, 5 people were detained. Hours later, 2 more were shot.";
  const doc = extract({ id: "t", text, meta: { published: "2024-03-14" } });
  assert.deepEqual(doc.claims.map((c) => [c.text, c.time?.start, c.time?.text]), [
    ["6 villagers", "2024-03-11", "The next day"],
    ["4 soldiers", "2024-03-12", "On Tuesday"],
    ["3 civilians", "2024-03-11", "The previous day"],
    ["5 people", "2024-03-12", "A day later"],
    ["2 more", "2024-03-12", "Hours later"],
  ]);
  // With no day named before, a later day is no day at all; the previous day is the day before publication.
  const alone = extract({ id: "t", text: "The next day, 6 villagers were killed. The previous day, 3 were wounded.", meta: { published: "2024-03-14" } });
  assert.deepEqual(alone.claims.map((c) => c.time?.start ?? null), [null, "2024-03-13"]);
  // ("cremated the same day" repeats the day already told.)
  const same = extract({ id: "t", text: "The boy died on Tuesday 12 March and was cremated the same day, 2 relatives said.", meta: { published: "2024-03-14" } });
  assert.deepEqual(same.times.map((t) => t.text), ["on Tuesday 12 March"]);
});

test("'the attack came a day after …': what follows happened that many days before the day named", async () => {
  const { extract } = await import("../../pipeline.ts");
  const text = "Gunmen killed 9 people in Kalo on Monday. The attack came a day after soldiers killed 12 fighters near the town.";
  const doc = extract({ id: "t", text, meta: { published: "2024-05-08" } });
  assert.deepEqual(doc.claims.map((c) => [c.text, c.time?.start]), [["9 people", "2024-05-06"], ["12 fighters", "2024-05-05"]]);
  // (With no day named before, nothing is guessed.)
  const alone = extract({ id: "t", text: "The raid came two days after soldiers killed 12 fighters.", meta: { published: "2024-05-08" } });
  assert.equal(alone.claims[0]?.time ?? null, null);
});

test("a weekday that is someone's first name ('Local leader Sunday Abdu said') is no day", () => {
  const at = (text: string) => findTimes(text, 0, text.length, parseIso("2023-12-27")!).map((t) => text.slice(t.start, t.end));
  assert.deepEqual(at("Local leader Sunday Abdu said 40 people were killed."), []);
  assert.deepEqual(at("The chairman, Monday Kassah, told journalists 113 people were killed."), []);
  assert.deepEqual(at("On Sunday Abdu said 40 people were killed."), ["On Sunday"]);
  assert.deepEqual(at("Police said Monday 12 people were killed."), ["Monday"]);
});

test("'from Thursday until Saturday', 'from Monday through Wednesday' are periods; 'since the weekend' runs from the latest Saturday", () => {
  const at = (text: string) => findTimes(text, 0, text.length, parseIso("2025-01-10")!).map((t) => [text.slice(t.start, t.end), t.from, t.to]);
  // (A Friday: the Monday to Wednesday just gone.)
  assert.deepEqual(at("Some 40 people were killed from Monday through Wednesday."), [["from Monday through Wednesday", "2025-01-06", "2025-01-08"]]);
  assert.deepEqual(at("Some 40 people were killed from Thursday until Saturday.")[0]?.[0], "from Thursday until Saturday");
  assert.deepEqual(at("More than 200 people have been killed since the weekend."), [["since the weekend", "2025-01-04", "2025-01-10"]]);
});

test("'since' reaches no time past a comma ('since the conflict began, most of them in the past two months')", () => {
  const text = "The ministry said 3,544 people had been killed since the conflict began, most of them in the past two months.";
  const found = findTimes(text, 0, text.length, parseIso("2024-11-20")!).map((t) => text.slice(t.start, t.end));
  assert.deepEqual(found, ["in the past two months"]);
});

test("a weekday after a verb of the future is the next such day ('would be transferred on Friday')", () => {
  const at = (text: string) => findTimes(text, 0, text.length, parseIso("2024-08-18")!).map((t) => [text.slice(t.start, t.end), t.from]);
  assert.deepEqual(at("Officials said 600 people would be transferred to Sicily by ferry on Friday."), [["on Friday", "2024-08-23"]]);
  assert.deepEqual(at("Officials said 600 people were transferred to Sicily by ferry on Friday."), [["on Friday", "2024-08-16"]]);
});

test("a dateline's date, a dash, then 'On 7 February' are two dates, not a period", () => {
  const s = "GOMA, 12 February 2024 – On 7 February, shelling killed two children.";
  assert.deepEqual(findTimes(s, 0, s.length, parseIso("2024-02-12")!).map((t) => [t.text, t.from, t.to]), [["12 February 2024", "2024-02-12", "2024-02-12"], ["On 7 February", "2024-02-07", "2024-02-07"]]);
  const range = "Between 12 February – 17 February, 20 people died.";
  assert.deepEqual(findTimes(range, 0, range.length, parseIso("2024-02-20")!).map((t) => [t.from, t.to]), [["2024-02-12", "2024-02-17"]]);
});

test("a capitalised 'Now' after a name is an outlet, no time ('told Myanmar Now')", () => {
  const text = "A spokesperson told Myanmar Now that about 400 soldiers had been killed.";
  assert.deepEqual(findTimes(text, 0, text.length, parseIso("2025-01-14")!), []);
});

test("'march' in small letters is the walk, not the month ('joined the march on Friday')", () => {
  const text = "Thousands joined the march on Friday.";
  assert.deepEqual(findTimes(text, 0, text.length, parseIso("2025-09-06")!).map((t) => t.text), ["on Friday"]);
});

test("'after three days of protests' and 'for 15 minutes' are stretches of time, no date", () => {
  const texts = (text: string, published: string) => findTimes(text, 0, text.length, parseIso(published)!).map((t) => t.text);
  assert.deepEqual(texts("LOME, June 30 (AFP) — Seven bodies were recovered after three days of protests, a coalition said on Sunday.", "2025-06-30"), ["June 30", "on Sunday"]);
  assert.deepEqual(texts("Students block roads for 15 minutes to mark the 15 people killed when the canopy fell on November 1.", "2025-01-25"), ["November 1"]);
});

test("'overnight Tuesday to Wednesday', 'overnight into Sunday': the night its days name, not the one before publication", () => {
  const read = (s: string) => findTimes(s, 0, s.length, parseIso("2024-03-22")!).map((t) => [t.text, t.from, t.to]);
  assert.deepEqual(read("Raiders killed 19 herders overnight Tuesday to Wednesday."), [["overnight Tuesday to Wednesday", "2024-03-19", "2024-03-20"]]);
  assert.deepEqual(read("Raiders killed 19 herders overnight into Wednesday."), [["overnight into Wednesday", "2024-03-19", "2024-03-20"]]);
  assert.deepEqual(read("Raiders killed 19 herders overnight Tuesday."), [["overnight Tuesday", "2024-03-19", "2024-03-19"]]);
  // (Alone, the night before publication.)
  assert.deepEqual(read("Raiders killed 19 herders overnight."), [["overnight", "2024-03-21", "2024-03-22"]]);
});

test("'in a week of fighting' is the week up to the report, unless a year is given for it", () => {
  const read = (s: string) => findTimes(s, 0, s.length, parseIso("2021-02-14")!).map((t) => [t.text, t.from, t.to]);
  assert.deepEqual(read("Some 80 rebels were killed in a week of heavy fighting near the dam."), [["in a week of heavy fighting", "2021-02-07", "2021-02-14"]]);
  assert.deepEqual(read("Some 80 rebels were killed in a week of clashes in 2017.").map((t) => t[0]), ["2017"]);
});

test("the stage's gated hints still read a list under its caption, 'that year', 'the same month', 'the 13th', a day after another", async () => {
  const { extract } = await import("../../pipeline.ts");
  const read = (text: string) => extract({ id: "x", text, meta: { published: "2024-08-22" } }).times.map((t) => [t.text, t.from, t.to]);
  assert.deepEqual(read("Key figures (as of 20 August 2024):\n- Deaths: 312\n- Injured: 1,020"), [["20 August 2024", "2024-08-20", "2024-08-20"]]);
  assert.deepEqual(read("The war began in March 2021. By December of that year, 3,000 people had been killed."), [["March 2021", "2021-03-01", "2021-03-31"], ["December of that year", "2021-12-01", "2021-12-31"]]);
  assert.deepEqual(read("Police recorded 87 homicides in January, down from 104 in the same month last year."), [["January", "2024-01-01", "2024-01-31"], ["the same month last year", "2023-01-01", "2023-01-31"]]);
  assert.deepEqual(read("Gunmen killed 12 people on the 13th, officials said."), [["on the 13th", "2024-08-13", "2024-08-13"]]);
  // (A weekday that is a first name says no day.)
  assert.deepEqual(read("Local leader Sunday Abdu said 14 people were killed in the raid."), []);
  assert.deepEqual(read("Four people were killed on Monday. The next day, 6 more bodies were found."), [["on Monday", "2024-08-19", "2024-08-19"], ["The next day", "2024-08-20", "2024-08-20"]]);
});

test("'the night of 8/9 May', 'May 8/9': a night told by the two days it spans, not a year", async () => {
  const { extract } = await import("../../pipeline.ts");
  const read = (text: string) => extract({ id: "x", text, meta: { published: "2024-05-10" } }).times.map((t) => [t.text, t.from, t.to]);
  assert.deepEqual(read("Four guards were killed on the night of 8/9 May near the dam."), [["8/9 May", "2024-05-08", "2024-05-09"]]);
  assert.deepEqual(read("Four guards were killed on the night of May 8/9 near the dam."), [["May 8/9", "2024-05-08", "2024-05-09"]]);
});

test("one person giving himself up is dated by the sentence that tells it ('The militant surrendered on Friday')", async () => {
  const { extract } = await import("../../pipeline.ts");
  const read = (text: string) => extract({ id: "x", text, meta: { published: "2024-05-10" } }).times.map((t) => t.text);
  assert.deepEqual(read("The militant surrendered to the army on Tuesday in the hills."), ["on Tuesday"]);
});

test("'over the past fortnight', 'over four days', 'in three months': spans up to publication, not a record's yardstick", () => {
  const read = (s: string) => findTimes(s, 0, s.length, parseIso("2024-06-20")!).map((t) => [t.text, t.from, t.to]);
  assert.deepEqual(read("Frost killed 30 goatherds in the hills over the past fortnight."), [["over the past fortnight", "2024-06-06", "2024-06-20"]]);
  assert.deepEqual(read("The clinic buried 85 patients over four days."), [["over four days", "2024-06-16", "2024-06-20"]]);
  assert.deepEqual(read("The number of dead rose to 310 in three months."), [["in three months", "2024-03-20", "2024-06-20"]]);
  // (A comparison's span dates nothing of the deaths; nor does a span counted from another event.)
  assert.deepEqual(read("It was the deadliest flood in two months."), []);
  assert.deepEqual(read("Two nurses fell ill in three days after the first case."), []);
});

test("'Bloody Sunday' names a massacre, not last Sunday; a plain Sunday is still read", () => {
  const read = (s: string) => findTimes(s, 0, s.length, parseIso("2024-06-20")!).map((t) => t.text);
  assert.deepEqual(read("The sergeant was cleared of two killings on Bloody Sunday."), []);
  assert.deepEqual(read("The sergeant was cleared on Monday of two killings on Bloody Friday."), ["on Monday"]);
  assert.deepEqual(read("Gunmen killed two farmers on Sunday."), ["on Sunday"]);
});

test("'earlier in the day' is the day named in the sentence before, or the day of publication when none is named", async () => {
  const { extract } = await import("../../pipeline.ts");
  const times = (text: string) => extract({ id: "t", text, meta: { published: "2024-05-08" } }).claims.map((c) => c.time?.start ?? null);
  assert.deepEqual(times("The toll from the crush at the fair rose to 14 by Monday night. Earlier in the day, the mayor had said 5 people had died."), ["2024-05-06", "2024-05-06"]);
  assert.deepEqual(times("Earlier in the day, the mayor had said 5 people had died."), ["2024-05-08"]);
});

test("periods: a yearless month range early in the year is last year's; a year at its end is the whole range's; 'and the end of last year'; 'the past decade'; 'the previous year' after a year named; '1950-53'; 'the 1980s'", () => {
  const read = (s: string, d = "2024-02-01") => findTimes(s, 0, s.length, parseIso(d)!).map((t) => [t.text, t.from, t.to]);
  assert.deepEqual(read("Floods drowned 30 herders between January and April."), [["between January and April", "2023-01-01", "2023-04-30"]]);
  assert.deepEqual(read("Floods drowned 30 herders between January and June 2023."), [["between January and June 2023", "2023-01-01", "2023-06-30"]]);
  assert.deepEqual(read("Raids killed 80 farmers between 3 March 2022 and the end of last year."), [["between 3 March 2022 and the end of last year", "2022-03-03", "2023-12-31"]]);
  assert.deepEqual(read("Over the past decade, 300 rangers have been killed."), [["Over the past decade", "2014-02-01", "2024-02-01"]]);
  assert.deepEqual(read("Storms killed 12 fishermen in 2022, down from 20 the previous year."), [["2022", "2022-01-01", "2022-12-31"], ["the previous year", "2021-01-01", "2021-12-31"]]);
  assert.deepEqual(read("The bones of 40 sailors lost in the 1939-45 war were reburied."), [["1939-45", "1939-01-01", "1945-12-31"]]);
  assert.deepEqual(read("Militias killed 25 miners in the 1970s and 12 more in the late 1990s."), [["1970s", "1970-01-01", "1979-12-31"], ["late 1990s", "1996-01-01", "1999-12-31"]]);
  // (A month range two months under way is still read up to its end, as before.)
  assert.deepEqual(read("Cholera killed 40 people between June and September.", "2024-08-05"), [["between June and September", "2024-06-01", "2024-09-30"]]);
});
