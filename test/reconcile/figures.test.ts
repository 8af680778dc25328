// Grouping, grades and conflicts of figures built from hand-made claims about an invented siege.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../../src/doc/document.ts";
import { mergedVoices } from "../../src/reconcile/figure-summary.ts";
import { buildFigures } from "../../src/reconcile/figures.ts";
import type { FigureRecord } from "../../src/store/store.ts";
import { CAMP, claimOn, COUNTRY, during, MARRAT, PROVINCE, QASR, QASR_VARIANT, report, src, type FixtureReport } from "./fixtures.ts";

const key = (c: Claim) => `${c.doc}:${c.span[0]}`;
function figureOf(figures: FigureRecord[], c: Claim): FigureRecord {
  const found = figures.filter((f) => f.members.some((m) => m.doc === c.doc && m.span[0] === c.span[0]));
  assert.equal(found.length, 1, `claim ${key(c)} "${c.text}" is in exactly one figure`);
  return found[0]!;
}
const together = (fs: FigureRecord[], a: Claim, b: Claim) => figureOf(fs, a).id === figureOf(fs, b).id;

// Report A (wire, 10 May): fighters still inside, civilians who fled, an air strike.
const a = report("a", "Up to 800 militants are still holed up in Qasr Talha, a commander said on Saturday. "
  + "Overnight, a group of 500 civilians escaped from the town. "
  + "An air strike killed 12 civilians in Qasr Talha on Friday, the monitor said.",
  { published: "2031-05-10", agency: "Wire One", outlet: "Daily Courier" });
// Report B (another agency, 20 May): the same fighters, fewer now; landmine deaths elsewhere.
const b = report("b", "Officials estimate there are still about 350 fighters in Qasr Talhah. "
  + "Left-over landmines killed 12 people in Sahl province on Sunday. "
  + "At least 20 people were killed by landmines across Lorania at the weekend, the monitor said. "
  + "At least 51 people have been killed by landmines across Lorania in the past three weeks.",
  { published: "2031-05-20", agency: "Wire Two" });
// Report C: the camp: arrivals and its population; surrenders with a part among them.
const c = report("c", "Around 9,000 people reached Wadi Nour camp between May 1 and May 8, pushing the camp's population to over 40,000. "
  + "Nearly 30,000 people have surrendered since April 2, including more than 4,000 fighters. "
  + "Hundreds of people fled the town during the night, aid workers said. "
  + "A separate blast killed 3 people in Marrat al-Sahl. Rockets killed 3 people in Marrat al-Sahl on Monday.",
  { published: "2031-05-09", outlet: "Camp Monitor" });

const claims = {
  upTo800: claimOn(a, "Up to 800 militants", { category: "present", value: 800, low: null, high: 800, qualifier: "max", subject: "militants", place: QASR, said: "2031-05-08", source: src("a commander", "Free Sahl Army") }),
  fled500: claimOn(a, "500 civilians", { category: "fled", value: 500, subject: "civilians", place: QASR, time: during("2031-05-09", "2031-05-10") }),
  strike12: claimOn(a, "12 civilians", { category: "killed", value: 12, subject: "civilians", place: QASR, time: during("2031-05-09"), source: src("the monitor", "Lorania Observatory for Human Rights") }),
  about350: claimOn(b, "about 350 fighters", { category: "present", value: 350, low: 315, high: 385, qualifier: "approx", subject: "fighters", place: QASR_VARIANT, source: src("Officials", "Coalition") }),
  mines12: claimOn(b, "12 people", { category: "killed", value: 12, place: PROVINCE, time: during("2031-05-19") }),
  weekend20: claimOn(b, "At least 20 people", { category: "killed", value: 20, low: 20, high: null, qualifier: "min", place: COUNTRY, time: during("2031-05-18", "2031-05-19") }),
  weeks51: claimOn(b, "At least 51 people", { category: "killed", value: 51, low: 51, high: null, qualifier: "min", place: COUNTRY, time: during("2031-04-29", "2031-05-20") }),
  arrived9000: claimOn(c, "Around 9,000 people", { category: "arrived", value: 9000, low: 8100, high: 9900, qualifier: "approx", place: CAMP, time: during("2031-05-01", "2031-05-08") }),
  camp40000: claimOn(c, "over 40,000", { category: "present", value: 40000, low: 40000, high: null, qualifier: "min", place: CAMP }),
  surrendered30000: claimOn(c, "Nearly 30,000 people", { category: "surrendered", value: 30000, low: 27000, high: 30000, qualifier: "max", time: during("2031-04-02", "2031-05-09") }),
  surrendered4000: claimOn(c, "more than 4,000 fighters", { category: "surrendered", value: 4000, low: 4000, high: null, qualifier: "min", subject: "fighters", time: during("2031-04-02", "2031-05-09") }),
  hundredsFled: claimOn(c, "Hundreds of people", { category: "fled", value: null, low: 200, high: 999, qualifier: "vague", vague: "hundreds", time: during("2031-05-08", "2031-05-09"), source: src("aid workers") }),
  blast3: claimOn(c, "3 people", { category: "killed", value: 3, place: MARRAT }, 0),
  rockets3: claimOn(c, "3 people", { category: "killed", value: 3, place: MARRAT, time: during("2031-05-05") }, 1),
};
const all = Object.values(claims);
const reports = [a, b, c];

describe("buildFigures grouping", () => {
  const figures = buildFigures(all, reports);

  const same: [keyof typeof claims, keyof typeof claims, string][] = [
    ["upTo800", "about350", "a stock of fighters followed across reports, places spelled two ways"],
  ];
  for (const [x, y, why] of same) it(`holds together: ${why}`, () => assert.ok(together(figures, claims[x], claims[y])));

  const apart: [keyof typeof claims, keyof typeof claims, string][] = [
    ["strike12", "mines12", "12 killed: an air strike in one town vs landmines in a province, a fortnight later"],
    ["fled500", "upTo800", "civilians who escaped vs fighters inside"],
    ["arrived9000", "camp40000", "arrivals at a camp vs the camp's population"],
    ["surrendered30000", "surrendered4000", "a total vs the fighters among them"],
    ["weekend20", "weeks51", "a weekend's landmine deaths vs three weeks'"],
    ["weekend20", "mines12", "a nationwide toll vs a province's"],
    ["blast3", "rockets3", "another incident in the same town"],
    ["hundredsFled", "fled500", "different reports, one without a place"],
  ];
  for (const [x, y, why] of apart) it(`keeps apart: ${why}`, () => assert.ok(!together(figures, claims[x], claims[y])));

  it("puts every people claim in exactly one figure and drops 'other' counts", () => {
    const other = claimOn(a, "a group of 500", { category: "other", value: 1 });
    const withOther = buildFigures([...all, other], reports);
    const members = withOther.flatMap((f) => f.members.map((m) => `${m.doc}:${m.span[0]}`));
    assert.equal(members.length, all.length);
    assert.equal(new Set(members).size, all.length);
    for (const cl of all) figureOf(withOther, cl);
  });

  it("is deterministic whatever the order of claims and reports", () => {
    const shuffled = [...all].reverse();
    assert.deepEqual(buildFigures(shuffled, [...reports].reverse()), figures);
  });
});

describe("buildFigures summaries", () => {
  const figures = buildFigures(Object.values(claims), reports);

  it("flags a stock whose sources disagree as contested and spells out why", () => {
    const f = figureOf(figures, claims.upTo800);
    assert.equal(f.grade, "contested");
    assert.equal(f.category, "present");
    assert.equal(f.subject, "fighters");
    assert.deepEqual(f.conflicts, ["up to 800 (Free Sahl Army, 8 May) vs about 350 (Coalition, 20 May)"]);
    assert.deepEqual(f.latest, { value: 350, date: "2031-05-20" });
    assert.deepEqual(f.history.map((h) => h.date), ["2031-05-08", "2031-05-20"]);
    // Both statements are recent enough to count now: the range spans the disagreement, best is the latest.
    assert.equal(f.best, 350);
    assert.equal(f.low, 315);
    assert.equal(f.high, 800);
    assert.equal(f.place?.name.startsWith("Qasr Talha"), true);
  });

  it("grades a lone statement as single source", () => {
    assert.equal(figureOf(figures, claims.fled500).grade, "single source");
  });

  it("ranks killed figures first and numbers ids in that order", () => {
    assert.equal(figures[0]!.category, "killed");
    assert.deepEqual(figures.map((f) => f.id), figures.map((_, i) => `f${i + 1}`));
  });
});

describe("independence", () => {
  const text = (n: string) => `Shelling killed ${n} people in Qasr Talha on Tuesday.`;
  const one = report("w1", text("40"), { published: "2031-06-04", agency: "Wire One", outlet: "Paper A" });
  const sameWire = report("w2", text("40"), { published: "2031-06-04", agency: "Wire One", outlet: "Paper B" });
  const copy = report("w3", text("40"), { published: "2031-06-05", outlet: "Paper C", copyOf: ["w1"] });
  const other = report("w4", text("40"), { published: "2031-06-04", agency: "Wire Two" });
  const disputed = report("w5", text("90"), { published: "2031-06-04", outlet: "Paper D" });
  const killed = (r: typeof one, n: number) =>
    claimOn(r, `${n} people`, { category: "killed", value: n, place: QASR, time: during("2031-06-03") });

  const cases: [string, typeof one[], string][] = [
    ["one agency's wire in two outlets", [one, sameWire], "single source"],
    ["a syndicated copy", [one, copy], "single source"],
    ["two agencies agreeing", [one, other], "corroborated"],
    ["two reports disagreeing", [one, disputed], "contested"],
  ];
  for (const [what, rs, grade] of cases) {
    it(`${what} -> ${grade}`, () => {
      const fs = buildFigures(rs.map((r) => killed(r, r === disputed ? 90 : 40)), rs);
      assert.equal(fs.length, 1, "one figure");
      assert.equal(fs[0]!.grade, grade);
      if (grade === "contested") assert.match(fs[0]!.conflicts[0]!, /^40 \(Wire One, 4 Jun\) vs 90 \(Paper D, 4 Jun\)$/);
    });
  }

  it("a headline's unnamed figure, then the lead naming its voice, is one statement", () => {
    const r = report("hl", "At least 12 dead in Qasr Talha floods. At least 12 people were killed in Qasr Talha on Friday, local officials said.", { published: "2031-03-15", outlet: "Paper H" });
    const fs = buildFigures([
      claimOn(r, "At least 12 dead", { category: "killed", value: 12, low: 12, high: null, qualifier: "min", place: QASR, time: during("2031-03-14") }),
      claimOn(r, "At least 12 people", { category: "killed", value: 12, low: 12, high: null, qualifier: "min", place: QASR, time: during("2031-03-14"), source: src("local officials") }),
    ], [r]);
    assert.deepEqual(fs[0]!.history.map((h) => h.independent), [false, true]);
  });

  it("marks repeats and copies as not independent in the history", () => {
    const fs = buildFigures([killed(one, 40), killed(copy, 40), killed(other, 40)], [one, copy, other]);
    // (The copy came out a day later but repeats what was said on its original's day.)
    assert.deepEqual(fs[0]!.history.map((h) => [h.doc, h.date, h.independent]), [["w1", "2031-06-04", true], ["w3", "2031-06-04", false], ["w4", "2031-06-04", true]]);
  });
});

describe("figures that move over time", () => {
  const r = (id: string, published: string, n: string) =>
    report(id, `The toll in Qasr Talha since the truce began on March 1 rose to ${n}, the monitor said.`, { published, outlet: `Paper ${id}` });
  const total = (rep: ReturnType<typeof r>, n: number, source: string) =>
    claimOn(rep, String(n), { category: "killed", value: n, place: QASR, time: during("2031-03-01", rep.published!), source: src(source) });
  const early = r("t1", "2031-04-01", "120"), later = r("t2", "2031-05-01", "180"), lower = r("t3", "2031-05-02", "150");

  it("a running total that grows is one figure, updated, not contested", () => {
    const fs = buildFigures([total(early, 120, "the monitor"), total(later, 180, "a medic")], [early, later]);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.grade, "corroborated");
    assert.equal(fs[0]!.best, 180);
    assert.deepEqual(fs[0]!.conflicts, []);
  });

  it("a disaster's toll told risen by another voice two days later is an update: the older value is history, not a rival", () => {
    const d1 = report("tl1", "The death toll in Qasr Talha rose to 19 on Sunday, the agency said.", { published: "2031-03-16", outlet: "Paper X" });
    const d2 = report("tl2", "The death toll in Qasr Talha had risen to 27 on Tuesday, police said.", { published: "2031-03-18", outlet: "Paper Y" });
    const fs = buildFigures([
      claimOn(d1, "19", { category: "killed", value: 19, place: QASR, time: during("2031-03-16"), source: src("the agency") }),
      claimOn(d2, "27", { category: "killed", value: 27, place: QASR, time: during("2031-03-18"), source: src("police") }),
    ], [d1, d2]);
    assert.equal(fs.length, 1);
    assert.deepEqual(fs[0]!.conflicts, []);
    assert.deepEqual([fs[0]!.low, fs[0]!.best, fs[0]!.high], [27, 27, 27]);
    // (The same day, two voices' different tolls still disagree.)
    const d3 = report("tl3", "The death toll in Qasr Talha rose to 22 on Tuesday, the agency said.", { published: "2031-03-18", outlet: "Paper Z" });
    const same = buildFigures([
      claimOn(d2, "27", { category: "killed", value: 27, place: QASR, time: during("2031-03-18"), source: src("police") }),
      claimOn(d3, "22", { category: "killed", value: 22, place: QASR, time: during("2031-03-18"), source: src("the agency") }),
    ], [d2, d3]);
    assert.equal(same[0]!.grade, "contested");
  });

  it("a count dated only by the day it was said still meets an earlier one: two voices' tolls the same day disagree, whatever came before", () => {
    const d1 = report("sd1", "Floods killed at least 12 people in Qasr Talha on Saturday, officials said.", { published: "2031-03-15", outlet: "Paper P" });
    const d2 = report("sd2", "The governor said on Monday that 31 people had been killed by the floods in Qasr Talha.", { published: "2031-03-17", outlet: "Paper Q" });
    const d3 = report("sd3", "The agency said on Monday that the flood death toll in Qasr Talha stood at 22.", { published: "2031-03-17", outlet: "Paper R" });
    const monday = { start: "2031-03-17", end: "2031-03-17", text: "on Monday" };
    const fs = buildFigures([
      claimOn(d1, "at least 12 people", { category: "killed", value: 12, low: 12, high: null, qualifier: "min", place: QASR, time: during("2031-03-15"), source: src("officials") }),
      claimOn(d2, "31 people", { category: "killed", value: 31, place: QASR, time: monday, said: "2031-03-17", source: src("The governor") }),
      claimOn(d3, "22", { category: "killed", value: 22, place: QASR, time: monday, said: "2031-03-17", source: src("The agency") }),
    ], [d1, d2, d3]);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.grade, "contested");
  });

  it("two voices giving different running totals at the same time disagree", () => {
    const fs = buildFigures([total(later, 180, "a medic"), total(lower, 150, "the council")], [later, lower]);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.grade, "contested");
    assert.deepEqual(fs[0]!.conflicts, ["180 (a medic, 1 May) vs 150 (the council, 2 May)"]);
  });

  it("a stock's statements weeks apart are history, not a disagreement", () => {
    const a1 = report("s1", "About 900 people are sheltering in Wadi Nour camp.", { published: "2031-01-05", agency: "Wire One" });
    const a2 = report("s2", "About 400 people are sheltering in Wadi Nour camp.", { published: "2031-03-01", agency: "Wire Two" });
    const stock = (rep: typeof a1, n: number) => claimOn(rep, `About ${n} people`, { category: "present", value: n, low: n * 0.9, high: n * 1.1, qualifier: "approx", place: CAMP });
    const fs = buildFigures([stock(a1, 900), stock(a2, 400)], [a1, a2]);
    assert.equal(fs.length, 1);
    assert.deepEqual(fs[0]!.conflicts, []);
    assert.equal(fs[0]!.best, 400);
  });

  it("across reports, undated counts are not joined", () => {
    const u1 = report("u1", "Gunfire killed 2 people in Qasr Talha.", {}), u2 = report("u2", "Gunfire killed 2 people in Qasr Talha.", {});
    const two = (rep: typeof u1) => claimOn(rep, "2 people", { category: "killed", value: 2, place: QASR });
    assert.equal(buildFigures([two(u1), two(u2)], [u1, u2]).length, 2);
  });
});

describe("more quantities that look alike", () => {
  const pair = (t1: string, t2: string, p1: string, p2: string, f1: Partial<Claim> & Pick<Claim, "category">, f2: Partial<Claim> & Pick<Claim, "category">) => {
    const r1 = report("x1", t1, { published: "2031-07-02", agency: "Wire One" });
    const r2 = report("x2", t2, { published: "2031-07-02", agency: "Wire Two" });
    const c1 = claimOn(r1, p1, f1), c2 = claimOn(r2, p2, f2);
    const fs = buildFigures([c1, c2], [r1, r2]);
    return together(fs, c1, c2);
  };
  const day = during("2031-07-01");
  const cases: [string, boolean, () => boolean][] = [
    ["one air strike's toll told by two agencies", true, () => pair(
      "An air strike killed 11 people in Qasr Talha on Tuesday.", "Warplanes killed 11 people in Qasr Talha on Tuesday, medics said.",
      "11 people", "11 people", { category: "killed", value: 11, place: QASR, time: day }, { category: "killed", value: 11, place: QASR, time: day, source: src("medics") })],
    ["an air strike's toll vs a landmine's, same town and day", false, () => pair(
      "An air strike killed 11 people in Qasr Talha on Tuesday.", "A landmine killed 11 people in Qasr Talha on Tuesday.",
      "11 people", "11 people", { category: "killed", value: 11, place: QASR, time: day }, { category: "killed", value: 11, place: QASR, time: day })],
    ["families registered vs people arrived", false, () => pair(
      "About 1,200 families arrived in Wadi Nour camp on Tuesday.", "About 1,200 people arrived in Wadi Nour camp on Tuesday.",
      "About 1,200 families", "About 1,200 people",
      { category: "arrived", value: 1200, low: 1080, high: 1320, qualifier: "approx", subject: "families", place: CAMP, time: day },
      { category: "arrived", value: 1200, low: 1080, high: 1320, qualifier: "approx", subject: "people", place: CAMP, time: day })],
    ["a toll of 3 vs a toll of 40 the same day in one town", false, () => pair(
      "Shelling killed 3 people in Qasr Talha on Tuesday.", "Shelling killed 40 people in Qasr Talha on Tuesday.",
      "3 people", "40 people", { category: "killed", value: 3, place: QASR, time: day }, { category: "killed", value: 40, place: QASR, time: day })],
    ["SDF-style fighters vs the other side's fighters", false, () => pair(
      "Two LDF fighters were killed in Qasr Talha on Tuesday.", "Two ISL fighters were killed in Qasr Talha on Tuesday.",
      "Two LDF fighters", "Two ISL fighters", { category: "killed", value: 2, subject: "fighters", place: QASR, time: day }, { category: "killed", value: 2, subject: "fighters", place: QASR, time: day })],
  ];
  for (const [what, same, run] of cases) it(`${same ? "holds together" : "keeps apart"}: ${what}`, () => assert.equal(run(), same));

  it("a vague word only disagrees with numbers well outside its range", () => {
    const r1 = report("v1", "Scores of fighters surrendered in Qasr Talha on Tuesday.", { published: "2031-07-02", agency: "Wire One" });
    const r2 = report("v2", "About 140 fighters surrendered in Qasr Talha on Tuesday, the army said.", { published: "2031-07-02", agency: "Wire Two" });
    const fs = buildFigures([
      claimOn(r1, "Scores of fighters", { category: "surrendered", value: null, low: 40, high: 99, qualifier: "vague", vague: "scores", subject: "fighters", place: QASR, time: day }),
      claimOn(r2, "About 140 fighters", { category: "surrendered", value: 140, low: 126, high: 154, qualifier: "approx", subject: "fighters", place: QASR, time: day, source: src("the army") }),
    ], [r1, r2]);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.grade, "corroborated");
  });
});

describe("odd input", () => {
  it("never throws and loses no claim, whatever the fields hold", () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const r = report("odd", "Short text. Another one here!", { published: pick([null, "2031-13-45", "2031-01-01", "yesterday"]) as string | null });
    const claims: Claim[] = Array.from({ length: 300 }, (_, i) => ({
      doc: pick(["odd", "missing-report"]),
      span: [i, i + pick([0, 3, 1000])] as [number, number],
      text: pick(["", "12 people", "SDF IS ISIS", "hundreds"]),
      sentence: pick([[0, 12], [-5, 9999], [20, 3]]) as [number, number],
      category: pick(["killed", "present", "fled", "other"]) as Claim["category"],
      value: pick([null, 0, 3, -2, Number.NaN, 1e12]),
      low: pick([null, 0, 5]), high: pick([null, 10, Infinity]),
      qualifier: pick(["exact", "approx", "min", "max", "range", "vague"]) as Claim["qualifier"],
      subject: pick(["", "people", "IS fighters", "families", "dogs"]),
      source: pick([null, { name: "", org: null, text: "" }, { name: "Someone", org: "Org", text: "said" }]),
      place: pick([null, QASR, { name: "", lat: null, lon: null }, { name: "Nowhere", lat: 95, lon: 400 }, COUNTRY]),
      time: pick([null, { start: "2031-01-01", end: "2030-01-01", text: "" }, { start: "bad", end: "bad", text: "" }, during("2031-01-02")]),
      said: pick([null, "2031-01-03", "not a date"]),
      hedge: null,
    }));
    const figures = buildFigures(claims, [r]);
    const people = claims.filter((c) => c.category !== "other");
    assert.equal(figures.reduce((n, f) => n + f.members.length, 0), people.length);
    for (const f of figures) assert.ok(["single source", "corroborated", "contested"].includes(f.grade));
  });
});

describe("corroboration needs a second report or a second named source", () => {
  const text = "Shelling killed 40 people in Qasr Talha on Tuesday, the council said. The toll was 40, a medic said.";
  const r = report("one", text, { published: "2031-06-04", agency: "Wire One" });
  const at = (phrase: string, source: ReturnType<typeof src> | null, nth = 0) =>
    claimOn(r, phrase, { category: "killed", value: 40, place: QASR, time: during("2031-06-03"), source }, nth);

  it("a report's own words and the source they paraphrase are one voice", () => {
    const own = report("own", "Shelling killed 40 people in Qasr Talha on Tuesday. \"We counted 40 people,\" the council said.", { published: "2031-06-04", agency: "Wire One" });
    const fs = buildFigures([
      claimOn(own, "40 people", { category: "killed", value: 40, place: QASR, time: during("2031-06-03") }),
      claimOn(own, "40 people", { category: "killed", value: 40, place: QASR, time: during("2031-06-03"), source: src("the council", "Town Council") }, 1),
    ], [own]);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.grade, "single source");
  });

  it("two named sources agreeing in one report corroborate", () => {
    const fs = buildFigures([at("40 people", src("the council", "Town Council")), at("40", src("a medic", "Field Hospital"), 1)], [r]);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.grade, "corroborated");
  });
});

describe("one voice, two numbers in one report", () => {
  const text = "Gunmen killed at least 23 people in Qasr Talha on Sunday, the monitor said. Later the monitor put the toll at around 30. It also said at least 44 people were killed in Qasr Talha on Sunday.";
  const r = report("voice", text, { published: "2031-08-02", agency: "Wire One" });
  const monitor = src("the monitor", "Talha Monitor");
  const c = (phrase: string, f: Partial<Claim>) => claimOn(r, phrase, { category: "killed", place: QASR, time: during("2031-07-31"), source: monitor, ...f });
  const atLeast23 = c("at least 23 people", { value: 23, low: 23, high: null, qualifier: "min" });
  const around30 = c("around 30", { value: 30, low: 27, high: 33, qualifier: "approx" });
  const atLeast44 = c("at least 44 people", { value: 44, low: 44, high: null, qualifier: "min" });
  const fs = buildFigures([atLeast23, around30, atLeast44], [r]);

  it("a firm floor and a rounded count that fits it are one toll", () => assert.ok(together(fs, atLeast23, around30)));
  it("two firm floors from one voice are two tolls", () => assert.ok(!together(fs, atLeast23, atLeast44)));
});

describe("one voice worded twice", () => {
  it("a headline's 'security sources' and the body's 'two security sources' in one report are one source", () => {
    const r = report("v1", "Gunmen kill 20 soldiers in Qasr Talha, security sources say. Gunmen killed 20 soldiers in Qasr Talha on Monday, two security sources said.", { published: "2031-04-02" });
    const head = claimOn(r, "20 soldiers", { category: "killed", value: 20, subject: "troops", place: QASR, source: src("security sources") });
    const body = claimOn(r, "20 soldiers", { category: "killed", value: 20, subject: "troops", place: QASR, source: src("two security sources") }, 1);
    const fs = buildFigures([head, body], [r]);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.grade, "single source");
  });
});

describe("a toll followed over days", () => {
  // An invented flood: the first count, a toll that rose the next day, bodies recovered, a later count elsewhere.
  const first = report("t1", "Floods killed at least 900 people in Qasr Talha, officials said on Monday. Rescuers recovered 240 bodies by the evening.",
    { published: "2031-09-12", agency: "Wire One" });
  const rose = report("t2", "The death toll from the floods in Qasr Talhah rose to 2,100 on Tuesday, a ministry spokesman said.",
    { published: "2031-09-13", agency: "Wire Two" });
  const copy = report("t3", first.text, { published: "2031-09-15", outlet: "Paper C", copyOf: ["t1"] });
  const elsewhere = report("t4", "Floods killed 1,000 people in Marrat al-Sahl on Monday, while thousands were displaced across Lorania.",
    { published: "2031-09-12", agency: "Wire Three" });
  const claims = {
    first900: claimOn(first, "at least 900 people", { category: "killed", value: 900, low: 900, high: null, qualifier: "min", place: QASR, time: during("2031-09-11"), said: "2031-09-11" }),
    bodies240: claimOn(first, "240 bodies", { category: "killed", value: 240, place: QASR, time: during("2031-09-11") }),
    rose2100: claimOn(rose, "2,100", { category: "killed", value: 2100, place: QASR_VARIANT, time: during("2031-09-12"), source: src("a ministry spokesman") }),
    copy900: claimOn(copy, "at least 900 people", { category: "killed", value: 900, low: 900, high: null, qualifier: "min", place: QASR, time: during("2031-09-11"), said: null }),
    copyBodies: claimOn(copy, "240 bodies", { category: "killed", value: 240, place: QASR, time: during("2031-09-11") }),
    elsewhere1000: claimOn(elsewhere, "1,000 people", { category: "killed", value: 1000, place: MARRAT, time: during("2031-09-11") }),
  };
  const figures = buildFigures(Object.values(claims), [first, rose, copy, elsewhere]);

  it("holds a count and the toll it rose to the next day together", () => assert.ok(together(figures, claims.first900, claims.rose2100)));
  it("keeps bodies recovered so far apart from the toll", () => assert.ok(!together(figures, claims.bodies240, claims.first900)));
  it("keeps another town's toll apart, and reads 'across' only in its own clause", () => {
    assert.ok(!together(figures, claims.elsewhere1000, claims.first900));
  });
  it("dates a syndicated copy's statement by its original", () => {
    const f = figureOf(figures, claims.bodies240);
    assert.deepEqual(f.history.map((h) => h.date), ["2031-09-12", "2031-09-12"]);
    assert.deepEqual(f.latest?.date, "2031-09-12");
  });
  it("keeps two days' counts apart when neither is a toll (a city has many shootings)", () => {
    const monday = report("s1", "Gunmen killed 3 people in Qasr Talha on Monday.", { published: "2031-10-07" });
    const friday = report("s2", "Gunmen killed 3 people in Qasr Talha on Friday.", { published: "2031-10-11" });
    const fs = buildFigures([
      claimOn(monday, "3 people", { category: "killed", value: 3, place: QASR, time: during("2031-10-06") }),
      claimOn(friday, "3 people", { category: "killed", value: 3, place: QASR, time: during("2031-10-10") }),
    ], [monday, friday]);
    assert.equal(fs.length, 2);
  });
});

describe("a shipwreck toll three voices disagree on", () => {
  // Three reports of one sinking: the IOM's 61, the Red Crescent's 73 (a headline that restates it), the coastguard's 40
  // (named two ways in one report).
  const one = report("ship1", "At least 61 people drowned off Qasr Talha on Monday, the IOM said.", { published: "2031-04-03", agency: "Wire One" });
  const two = report("ship2", "Shipwreck toll rises to 73. The toll from Monday's shipwreck off Qasr Talha rose to 73, the Red Crescent said. The IOM still put the number of dead at 61.", { published: "2031-04-04", agency: "Wire Two" });
  const three = report("ship3", "Lorania's coastguard says 40 died. The Loranian coastguard said 40 migrants died off Qasr Talha on Monday.", { published: "2031-04-04", outlet: "Local Times" });
  const monday = during("2031-04-02");
  const claims = [
    claimOn(one, "At least 61 people", { category: "killed", value: 61, low: 61, high: null, qualifier: "min", place: QASR, time: monday, source: src("the IOM", "International Organization for Migration") }),
    claimOn(two, "73", { category: "killed", value: 73, place: COUNTRY }),
    claimOn(two, "73", { category: "killed", value: 73, place: QASR, time: monday, source: src("the Red Crescent", "Red Crescent") }, 1),
    claimOn(two, "61", { category: "killed", value: 61, place: QASR, source: src("The IOM", "International Organization for Migration") }),
    claimOn(three, "40", { category: "killed", value: 40, place: QASR, source: src("Lorania's coastguard") }),
    claimOn(three, "40 migrants", { category: "killed", value: 40, place: QASR, time: monday, source: src("The Loranian coastguard") }),
  ];
  const fs = buildFigures(claims, [one, two, three]);

  it("is one figure, the headline placed only in the country included", () => {
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.grade, "contested");
  });

  it("its best estimate is the middle voice, not the last one listed, nor a voice counted twice", () => {
    assert.deepEqual([fs[0]!.low, fs[0]!.best, fs[0]!.high], [40, 61, 73]);
  });
});

describe("a day's toll beside the war's toll in one report", () => {
  // One report: 19 killed in Qasr Talha, and the war's tens of thousands; both placed in the town by the report's context.
  const r = report("war1", "At least 19 people were killed in fighting in Qasr Talha over the past day, an official said. The war in Lorania has killed tens of thousands of people, the UN says.", { published: "2031-03-15", agency: "Wire One" });
  const day = claimOn(r, "At least 19 people", { category: "killed", value: 19, low: 19, high: null, qualifier: "min", place: QASR, time: during("2031-03-14", "2031-03-15") });
  const war = claimOn(r, "tens of thousands of people", { category: "killed", value: null, low: 20000, high: 99999, qualifier: "vague", place: QASR });
  const fs = buildFigures([day, war], [r]);

  it("are two figures: the war's toll neither corroborates nor contests the day's", () => {
    assert.equal(fs.length, 2);
    assert.ok(!together(fs, day, war));
    assert.equal(figureOf(fs, day).grade, "single source");
  });
});

describe("a toll one source raises over days", () => {
  // An invented shelling: the ministry's count on Monday, raised on Tuesday and Wednesday, named a new way each day.
  const monday = report("m1", "Shelling killed 40 people in Qasr Talha on Monday, the health ministry said.", { published: "2031-03-03", agency: "Wire One" });
  const tuesday = report("m2", "Lorania's health ministry said the toll from Monday's shelling of Qasr Talha rose to 55.", { published: "2031-03-04", agency: "Wire Two" });
  const wednesday = report("m3", "The Ministry of Health put the toll from Monday's shelling of Qasr Talha at 61.", { published: "2031-03-05", outlet: "Paper C" });
  const shelling = during("2031-03-03");
  const rising = [
    claimOn(monday, "40 people", { category: "killed", value: 40, place: QASR, time: shelling, source: src("the health ministry") }),
    claimOn(tuesday, "55", { category: "killed", value: 55, place: QASR, time: shelling, source: src("Lorania's health ministry") }),
    claimOn(wednesday, "61", { category: "killed", value: 61, place: QASR, time: shelling, source: src("Ministry of Health", "Ministry of Health") }),
  ];

  it("is one figure whose value moved, not a contested one", () => {
    const fs = buildFigures(rising, [monday, tuesday, wednesday]);
    assert.equal(fs.length, 1);
    assert.deepEqual(fs[0]!.conflicts, []);
    assert.equal(fs[0]!.grade, "single source");
    assert.deepEqual([fs[0]!.low, fs[0]!.best, fs[0]!.high], [61, 61, 61]);
    assert.deepEqual(fs[0]!.history.map((h) => h.value), [40, 55, 61]);
  });

  it("still flags another source giving another number the same day", () => {
    const medics = report("m4", "Medics said 90 people were killed in Monday's shelling of Qasr Talha.", { published: "2031-03-05", agency: "Wire Three" });
    const fs = buildFigures([...rising, claimOn(medics, "90 people", { category: "killed", value: 90, place: QASR, time: shelling, source: src("Medics", "Qasr Talha Hospital") })], [monday, tuesday, wednesday, medics]);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.grade, "contested");
    assert.deepEqual(fs[0]!.conflicts, ["61 (Ministry of Health, 5 Mar) vs 90 (Qasr Talha Hospital, 5 Mar)"]);
  });
});

describe("an organisation and its spokesman in one report", () => {
  it("are one voice, not two confirmations", () => {
    const r = report("rc", "Fighting killed 23 people in Qasr Talha on Sunday, the Lorania Red Crescent Society said. Red Crescent spokesman Adil Hamid said 23 people had died.", { published: "2031-03-10", outlet: "Paper X" });
    const fs = buildFigures([
      claimOn(r, "23 people", { category: "killed", value: 23, place: QASR, time: during("2031-03-09"), source: src("the Lorania Red Crescent Society", "Lorania Red Crescent Society") }),
      claimOn(r, "23 people", { category: "killed", value: 23, place: QASR, time: during("2031-03-09"), source: src("Adil Hamid", "Red Crescent") }, 1),
    ], [r]);
    assert.equal(fs.length, 1);
    assert.equal(fs[0]!.grade, "single source");
  });

  it("a bare 'ministry' beside two ministries stays its own voice", () => {
    const merged = mergedVoices(["source:ministry", "source:health ministry", "source:interior ministry", "source:ministry of health"]);
    assert.equal(merged.get("source:ministry"), undefined);
    assert.equal(merged.get("source:ministry of health"), "source:health ministry");
  });
});

describe("a recap of an earlier day", () => {
  // Thursday's report tells Monday's strike again; its claim's time is Monday, the figure's timeline must say so too.
  const tuesday = report("rc1", "An air strike killed 12 people in Qasr Talha on Monday, medics said.", { published: "2031-03-04", agency: "Wire One" });
  const thursday = report("rc2", "Aid reached Qasr Talha on Thursday. On Monday, 12 people were killed in an air strike on the town's market.", { published: "2031-03-06", agency: "Wire Two" });
  const monday = during("2031-03-03");
  const fs = buildFigures([
    claimOn(tuesday, "12 people", { category: "killed", value: 12, place: QASR, time: monday, source: src("medics") }),
    claimOn(thursday, "12 people", { category: "killed", value: 12, place: QASR, time: monday }),
  ], [tuesday, thursday]);

  it("is dated by the day it tells, not the day it was published", () => {
    assert.equal(fs.length, 1);
    assert.deepEqual(fs[0]!.history.map((h) => [h.doc, h.date]), [["rc2", "2031-03-03"], ["rc1", "2031-03-04"]]);
    assert.deepEqual(fs[0]!.latest, { value: 12, date: "2031-03-04" });
  });
});

describe("two kinds of evacuation", () => {
  // The same day, town and number: people pulled from collapsed buildings, and patients moved to other hospitals.
  const rubble = report("ev1", "Rescuers pulled 30 people from the rubble of collapsed buildings in Qasr Talha on Tuesday.", { published: "2031-03-12", agency: "Wire One" });
  const hospital = report("ev2", "Thirty patients were evacuated from the hospital in Qasr Talha to other hospitals on Tuesday.", { published: "2031-03-12", agency: "Wire Two" });
  const again = report("ev3", "Civil defence teams brought 30 people out of the debris in Qasr Talha on Tuesday.", { published: "2031-03-12", agency: "Wire Three" });
  const tuesday = during("2031-03-11");
  const evacuated = (r: FixtureReport, phrase: string) => claimOn(r, phrase, { category: "evacuated", value: 30, place: QASR, time: tuesday });
  const claims = [evacuated(rubble, "30 people"), evacuated(hospital, "Thirty patients"), evacuated(again, "30 people")];
  const fs = buildFigures(claims, [rubble, hospital, again]);

  it("keeps people rescued from rubble apart from patients moved between hospitals", () => assert.ok(!together(fs, claims[0]!, claims[1]!)));
  it("still joins two reports of the rescue", () => assert.ok(together(fs, claims[0]!, claims[2]!)));
});

describe("a part of a toll, and a withdrawn figure", () => {
  it("'30 of the dead were women' is a part of the toll, not a competing total", () => {
    const r = report("pt", "At least 80 people were killed in the attack on Qasr Talha on Friday, the ministry said. Thirty of the dead were women.", { published: "2031-03-15", outlet: "Paper W" });
    const toll = claimOn(r, "At least 80 people", { category: "killed", value: 80, low: 80, high: null, qualifier: "min", place: QASR, time: during("2031-03-14"), source: src("the ministry") });
    const women = claimOn(r, "Thirty of the dead", { category: "killed", value: 30, subject: "women", place: QASR, time: during("2031-03-14") });
    const fs = buildFigures([toll, women], [r]);
    assert.ok(!together(fs, toll, women));
    assert.equal(figureOf(fs, toll).grade, "single source");
    assert.equal(figureOf(fs, toll).low, 80);
  });

  it("a figure its source withdrew counts for nothing in low, best and high", () => {
    const r1 = report("wd1", "The ministry revised the toll from Friday's attack on Qasr Talha down from 90 to 70.", { published: "2031-03-15", agency: "Wire One" });
    const r2 = report("wd2", "The ministry withdrew its earlier figure of 90 dead in Qasr Talha, saying 70 people were killed on Friday.", { published: "2031-03-15", agency: "Wire Two" });
    const friday = during("2031-03-14");
    const fs = buildFigures([
      claimOn(r1, "70", { category: "killed", value: 70, place: QASR, time: friday, source: src("The ministry") }),
      claimOn(r2, "90 dead", { category: "killed", value: 90, place: QASR, time: friday }),
      claimOn(r2, "70 people", { category: "killed", value: 70, place: QASR, time: friday }),
    ], [r1, r2]);
    assert.equal(fs.length, 1);
    assert.deepEqual([fs[0]!.low, fs[0]!.best, fs[0]!.high], [70, 70, 70]);
    assert.deepEqual(fs[0]!.conflicts, []);
    assert.equal(fs[0]!.history.length, 3, "the withdrawn figure stays in the history");
  });

  it("the value a source withdrew no longer stands where another report carried it before, nor counts as the latest", () => {
    const r1 = report("hd1", "Floods kill 31 in Qasr Talha. The ministry said 31 people were killed on Friday.", { published: "2031-03-15", outlet: "Paper A" });
    const r2 = report("hd2", "The ministry revised the toll down to 27 on Sunday, from its earlier figure of 31.", { published: "2031-03-16", outlet: "Paper B" });
    const friday = during("2031-03-14");
    const fs = buildFigures([
      claimOn(r1, "31", { category: "killed", value: 31, place: QASR, time: friday }),
      claimOn(r1, "31 people", { category: "killed", value: 31, place: QASR, time: friday, source: src("The ministry") }),
      claimOn(r2, "27", { category: "killed", value: 27, place: QASR, time: friday, source: src("The ministry") }),
      claimOn(r2, "31", { category: "killed", value: 31, place: QASR, time: friday, source: src("The ministry") }, 0),
    ], [r1, r2]);
    assert.equal(fs.length, 1);
    assert.deepEqual([fs[0]!.low, fs[0]!.best, fs[0]!.high, fs[0]!.latest?.value], [27, 27, 27, 27]);
    assert.deepEqual(fs[0]!.conflicts, []);
  });
});
