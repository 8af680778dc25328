// buildFigures with a memo gives exactly what it gives without one, ids included, as claims and reports change,
// and regroups only the components a change touches.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Claim } from "../doc/document.ts";
import { claimOn, during, MARRAT, QASR, QASR_VARIANT, report, src, type FixtureReport } from "../../test/reconcile/fixtures.ts";
import { buildFigures, createFigureMemo } from "./figures.ts";

const siege = report("siege", "Up to 800 fighters are still inside Qasr Talha, a commander said. "
  + "An air strike killed 12 civilians in Qasr Talha on Friday. Shelling killed 4 people in Marrat al-Sahl on Monday.",
  { published: "2031-05-10", agency: "Wire One" });
const later = report("later", "About 350 fighters remain in Qasr Talhah. Rockets killed 4 people in Marrat al-Sahl on Monday. "
  + "The 4 people who died were farmers.",
  { published: "2031-05-12", outlet: "Daily Courier" });
const camp = report("camp", "Some 2,000 people reached the camp near Marrat al-Sahl this week, aid workers said.",
  { published: "2031-05-13", outlet: "Camp Monitor" });

function claimsOf(r: FixtureReport): Claim[] {
  if (r.id === "siege") return [
    claimOn(r, "Up to 800 fighters", { category: "present", value: 800, low: null, high: 800, qualifier: "max", subject: "fighters", place: QASR, source: src("a commander") }),
    claimOn(r, "12 civilians", { category: "killed", value: 12, subject: "civilians", place: QASR, time: during("2031-05-09") }),
    claimOn(r, "4 people", { category: "killed", value: 4, place: MARRAT, time: during("2031-05-06") }),
  ];
  if (r.id === "later") return [
    claimOn(r, "About 350 fighters", { category: "present", value: 350, low: 315, high: 385, qualifier: "approx", subject: "fighters", place: QASR_VARIANT }),
    claimOn(r, "4 people", { category: "killed", value: 4, place: MARRAT, time: during("2031-05-06") }),
    // No place of its own: it joins the figure its report places (through the report, not a place key).
    claimOn(r, "4 people", { category: "killed", value: 4, time: during("2031-05-06") }, 1),
  ];
  return [claimOn(r, "Some 2,000 people", { category: "arrived", value: 2000, low: 1800, high: 2200, qualifier: "approx", place: MARRAT, time: during("2031-05-07", "2031-05-13"), source: src("aid workers") })];
}

const plain = (claims: Claim[], reports: FixtureReport[]) => JSON.parse(JSON.stringify(buildFigures(claims, reports)));

describe("buildFigures with a memo", () => {
  const memo = createFigureMemo();
  const step = (claims: Claim[], reports: FixtureReport[]) => {
    const figures = JSON.parse(JSON.stringify(buildFigures(claims, reports, memo)));
    assert.deepEqual(figures, plain(claims, reports));
    return { reused: memo.reused, computed: memo.computed, figures: figures.length };
  };

  it("first computes every component", () => {
    const r = step(claimsOf(siege), [siege]);
    assert.equal(r.reused, 0);
    assert.ok(r.computed >= 2, "a place's claims and another place's are separate components");
  });

  it("reuses what a new report leaves alone and regroups what it joins", () => {
    const reports = [siege, later, camp];
    const r = step(reports.flatMap(claimsOf), reports);
    assert.ok(r.computed > 0);
    assert.ok(r.reused + r.computed >= 3);
    const again = step(reports.flatMap(claimsOf), reports);
    assert.equal(again.computed, 0, "nothing changed: nothing regrouped");
    assert.equal(again.reused, r.reused + r.computed);
  });

  it("regroups when what summaries read changes: an agency, a copy link, a date, the text", () => {
    const claims = [siege, later, camp].flatMap(claimsOf);
    const cases: FixtureReport[][] = [
      [siege, { ...later, agency: "Wire One" }, camp],
      [siege, { ...later, copyOf: ["siege"] }, camp],
      [{ ...siege, published: "2031-05-11" }, later, camp],
      [siege, { ...later, text: later.text.replace("Rockets", "Artillery") }, camp],
      [siege, later, { ...camp, title: "Another title" }],
    ];
    for (const reports of cases) {
      const r = step(claims, reports);
      assert.ok(r.computed > 0, "a changed report's components are regrouped");
    }
  });

  it("a claim without a place joins its report's figure, and a copy link between one agency's reports counts", () => {
    const reports = [siege, later, camp];
    const figures = step(reports.flatMap(claimsOf), reports);
    const unplaced = claimsOf(later)[2]!;
    const built = buildFigures(reports.flatMap(claimsOf), reports);
    const home = built.find((f) => f.members.some((m) => m.doc === "later" && m.span[0] === unplaced.span[0]))!;
    assert.ok(home.members.length > 1, "grouped with the placed claim of its report");
    assert.ok(figures.figures > 0);

    const sameWire = [siege, { ...later, agency: "Wire One" }, camp];
    step(reports.flatMap(claimsOf), sameWire);
    const copied = [siege, { ...later, agency: "Wire One", copyOf: ["siege"] }, camp];
    const r = step(reports.flatMap(claimsOf), copied);
    assert.ok(r.computed > 0, "the copy's statements are no longer independent: regrouped");
  });

  it("follows removed claims and changed values", () => {
    const reports = [siege, later, camp];
    const claims = reports.flatMap(claimsOf);
    step(claims.filter((c) => c.doc !== "later"), reports);
    step(claims.map((c) => (c.value === 12 ? { ...c, value: 13, low: 13, high: 13 } : c)), reports);
    step(claims, reports);
    step([], reports);
  });
});
