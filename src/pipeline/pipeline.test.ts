import { test } from "node:test";
import assert from "node:assert/strict";
import { extract } from "./pipeline.ts";
import { assemble, type Stage } from "./stage.ts";

test("a pipeline in the wrong order fails when it is assembled", () => {
  const needsNumbers: Stage = { name: "late", requires: ["numbers"], assigns: ["claims"], run: (d) => d };
  assert.throws(() => assemble([needsNumbers]), /requires "numbers"/);
});

test("the default pipeline turns a report into attributed, dated claims with exact offsets", () => {
  const text = "Relief workers evacuated about 1,200 people from the town of Kukawa on Monday, the Red Cross said. " +
    "Fighting has killed at least 14 civilians since Saturday, according to local officials.";
  const doc = extract({ id: "sample", text, meta: { published: "2024-05-08" } });
  const evacuated = doc.claims.find((c) => c.category === "evacuated");
  assert.ok(evacuated, "an evacuation claim");
  assert.equal(evacuated.value, 1200);
  assert.equal(evacuated.qualifier, "approx");
  assert.equal(text.slice(evacuated.span[0], evacuated.span[1]), evacuated.text);
  assert.match(evacuated.source?.name ?? "", /Red Cross/);
  assert.deepEqual([evacuated.time?.start, evacuated.time?.end], ["2024-05-06", "2024-05-06"]);
  const killed = doc.claims.find((c) => c.category === "killed");
  assert.ok(killed);
  assert.equal(killed.value, 14);
  assert.equal(killed.qualifier, "min");
  assert.equal(killed.subject, "civilians");
  assert.deepEqual([killed.time?.start, killed.time?.end], ["2024-05-04", "2024-05-08"]);
  assert.match(killed.source?.text ?? "", /local officials/);
});
