// Which figures the overview leads with: each category's most reported first, deaths before movements.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { FigureDto } from "../api.ts";
import { keyFigures, rankFigures } from "./figures-table.tsx";

const figure = (id: string, category: string, members: number, best: number): FigureDto => ({
  id, category, subject: "people", place: null, low: best, best, high: best, grade: "single source", latest: null,
  members: Array.from({ length: members }, (_, i) => ({ doc: `d${i}`, span: [0, 1] as [number, number] })), history: [], conflicts: [],
});

test("ranking: category order, then more claims, then larger", () => {
  const ranked = rankFigures([figure("a", "present", 5, 10), figure("b", "killed", 1, 5), figure("c", "killed", 3, 2), figure("d", "killed", 1, 50)]);
  assert.deepEqual(ranked.map((f) => f.id), ["c", "d", "b", "a"]);
});

test("key figures take the leaders of every category before a second of any", () => {
  const figures = [
    figure("k1", "killed", 4, 10), figure("k2", "killed", 3, 10), figure("k3", "killed", 2, 10),
    figure("f1", "fled", 2, 900), figure("p1", "present", 1, 5000), figure("o1", "other", 9, 12),
  ];
  assert.deepEqual(keyFigures(figures, 4).map((f) => f.id), ["k1", "k2", "f1", "p1"]);
  assert.deepEqual(keyFigures(figures, 3).map((f) => f.id), ["k1", "f1", "p1"]);
  assert.equal(keyFigures(figures, 50).length, 5, "never the 'other' category");
});
