import { test } from "node:test";
import assert from "node:assert/strict";
import { findEntities } from "./entities.stage.ts";

const bodies = (text: string) => findEntities(text).filter((e) => e.type === "org").map((e) => [e.text, e.canonical]);

test("a state's body named bare is qualified by the country its owner, a place after it or an earlier mention gives", () => {
  const text = "BEIRUT — Lebanon's Health Ministry said eight people were killed. The Lebanese Defence Ministry said troops were deployed, and the Defence Ministry added that two soldiers were hurt. In a separate statement, the Health Ministry in Gaza said 40 people were killed.";
  assert.deepEqual(bodies(text), [
    ["Health Ministry", "Health Ministry (Lebanon)"],
    ["Lebanese Defence Ministry", "Lebanese Defence Ministry"],
    ["Defence Ministry", "Defence Ministry (Lebanon)"],
    ["Health Ministry", "Health Ministry (Palestinian Territories)"],
  ]);
});

test("with no word around it, a bare body belongs to the country the report's places lie in; 'Ministry of Health' is the Health Ministry", () => {
  assert.deepEqual(bodies("Shelling hit Kharkiv and Izium overnight. The Ministry of Health said 12 people were wounded near Kupiansk."), [["Ministry of Health", "Health Ministry (Ukraine)"]]);
  // (Places in no one country, or none at all: the body stays as named.)
  assert.deepEqual(bodies("The Interior Ministry said three officers were wounded."), [["Interior Ministry", "Interior Ministry"]]);
});
