// The gate's arithmetic: floors with a noise margin, ceilings for alarm rates, and floors that only rise.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { judge, NOISE, raise, type Pinned } from "./floors.ts";

const pinned: Pinned = { floors: { "claims.f1": 0.8, "gvdb.killedHit": 0.5 }, ceilings: { "gvdb.killedFalseAlarms": 0.1 } };

test("a score within the noise margin of its floor passes; one further below fails", () => {
  const ok = judge(new Map([["claims.f1", 0.8 - NOISE / 2]]), pinned);
  assert.equal(ok[0]!.ok, true);
  const bad = judge(new Map([["claims.f1", 0.8 - NOISE * 2]]), pinned);
  assert.deepEqual(bad.map((v) => [v.metric, v.kind, v.ok]), [["claims.f1", "floor", false]]);
});

test("alarm rates are held under ceilings", () => {
  const v = judge(new Map([["gvdb.killedFalseAlarms", 0.2], ["gvdb.killedHit", 0.9]]), pinned);
  assert.deepEqual(v.map((x) => [x.metric, x.kind, x.ok]), [["gvdb.killedFalseAlarms", "ceiling", false], ["gvdb.killedHit", "floor", true]]);
});

test("metrics without a pinned bound pass and are reported", () => {
  const [v] = judge(new Map([["figures.samePairs", 0.1]]), pinned);
  assert.deepEqual([v!.bound, v!.ok], [null, true]);
});

test("--update raises floors and lowers ceilings, never the other way unless allowed", () => {
  const scores = new Map([["claims.f1", 0.85432], ["gvdb.killedHit", 0.4], ["gvdb.killedFalseAlarms", 0.05], ["entities.resolved", 0.7]]);
  assert.deepEqual(raise(pinned, scores), {
    floors: { "claims.f1": 0.854, "gvdb.killedHit": 0.5, "entities.resolved": 0.7 },
    ceilings: { "gvdb.killedFalseAlarms": 0.05 },
  });
  assert.equal(raise(pinned, scores, true).floors["gvdb.killedHit"], 0.4);
  assert.equal(raise(pinned, new Map([["gvdb.killedFalseAlarms", 0.3]])).ceilings["gvdb.killedFalseAlarms"], 0.1);
});

test("the pinned floors file is well formed", () => {
  const file = JSON.parse(readFileSync(new URL("./floors.json", import.meta.url), "utf8")) as Pinned;
  for (const table of [file.floors, file.ceilings]) {
    for (const [metric, bound] of Object.entries(table)) assert.ok(bound >= 0 && bound <= 1, `${metric} = ${bound}`);
  }
  assert.ok("claims.f1" in file.floors);
});
