// Reports analysed in memory: the real pipeline runs, and syndicated copies are linked to their original.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyseDocs, linkCopies } from "../../src/reconcile/report-set.ts";

const wire = "Gunmen on motorbikes attacked a cattle market in the river town of Qasr Talha on Sunday, killing 14 traders "
  + "and wounding dozens of others, a district official said. The attackers set fire to stalls and drove off hundreds of "
  + "cows before troops arrived, witnesses said. Residents said the market had been attacked twice in the past year and "
  + "that many families had already left for the provincial capital. The army said it had sent reinforcements.";

describe("linkCopies", () => {
  it("links a syndicated copy (new headline and ending) to the earlier original, not unrelated reports", () => {
    const reports = [
      { id: "paper-b", text: `Market raid leaves 14 dead\n\n${wire} Aid groups appealed for calm.`, published: "2031-02-03", outlet: "Paper B", agency: "Wire One", copyOf: [] as string[] },
      { id: "paper-a", text: `Gunmen kill 14 at cattle market\n\n${wire}`, published: "2031-02-02", outlet: "Paper A", agency: "Wire One", copyOf: [] as string[] },
      { id: "other", text: "Floods cut the main road north of the capital on Tuesday, stranding buses and trucks for hours while engineers repaired a collapsed culvert near the bridge, officials said, adding that no one was hurt.", published: "2031-02-03", outlet: null, agency: null, copyOf: [] as string[] },
    ];
    linkCopies(reports);
    assert.deepEqual(reports.map((r) => [r.id, r.copyOf]), [["paper-b", ["paper-a"]], ["paper-a", []], ["other", []]]);
  });
});

describe("analyseDocs", () => {
  it("runs the pipeline on each report and keeps its metadata", () => {
    const set = analyseDocs([
      { id: "a", text: `Gunmen kill 14 at cattle market\n\n${wire}`, meta: { published: "2031-02-02", agency: "Wire One", title: "Gunmen kill 14" } },
      { id: "b", text: "", meta: {} },
    ]);
    assert.equal(set.reports.length, 2);
    assert.equal(set.reports[0]!.title, "Gunmen kill 14");
    assert.equal(set.reports[0]!.published, "2031-02-02");
    assert.ok(set.claims.every((c) => c.doc === "a"), "claims point at their report");
    assert.ok(set.claims.some((c) => c.category === "killed" && c.value === 14), "the real pipeline found the toll");
  });
});
