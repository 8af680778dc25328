import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences, MAX_SENTENCE } from "./sentences.stage.ts";

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

const cases: [string, string[]][] = [
  ["Five died. Ten fled.", ["Five died.", "Ten fled."]],
  ["Dr. Amal Haddad said 12 people died. The rest fled.", ["Dr. Amal Haddad said 12 people died.", "The rest fled."]],
  ["Officials in the U.S. said so. Later, more came.", ["Officials in the U.S. said so.", "Later, more came."]],
  ["It began on Jan. 27 at dawn. Nobody knew.", ["It began on Jan. 27 at dawn.", "Nobody knew."]],
  ["“We saw 40 bodies,” he said. “It was awful.”", ["“We saw 40 bodies,” he said.", "“It was awful.”"]],
  ["Headline here\n\nBody text starts. Second one.", ["Headline here", "Body text starts.", "Second one."]],
  ["Two men were wounded on the west side.Rockford police responded.", ["Two men were wounded on the west side.", "Rockford police responded."]],
  ["Visit fox6now.com for more. Thanks.", ["Visit fox6now.com for more.", "Thanks."]],
  ["The toll rose to 3.5 million. Aid came.", ["The toll rose to 3.5 million.", "Aid came."]],
  ["A man, J. Doe, was held. Police said.", ["A man, J. Doe, was held.", "Police said."]],
  ["“Three were killed,” V.K. Birdi said. He left.", ["“Three were killed,” V.K. Birdi said.", "He left."]],
  ["Brig. Gen. Musa Ali said 12 died. Cmdt. Bello agreed.", ["Brig. Gen. Musa Ali said 12 died.", "Cmdt. Bello agreed."]],
  // "c." and "ca." shorten "about" only before a number.
  ["Officials said c. 300 died. Ca. 40 fled.", ["Officials said c. 300 died.", "Ca. 40 fled."]],
  ["It was labelled c. Then it moved.", ["It was labelled c.", "Then it moved."]],
];

for (const [text, want] of cases) {
  test(`splits ${JSON.stringify(text.slice(0, 40))}`, () => assert.deepEqual(split(text), want));
}

test("offsets point into the original text", () => {
  const text = "  One.  Two!\n Three?";
  for (const s of splitSentences(text)) assert.equal(text.slice(s.start, s.end).trim(), text.slice(s.start, s.end));
  assert.equal(splitSentences(text).length, 3);
});

test("a huge run without stops is cut into bounded pieces, quickly and linearly", () => {
  const text = "1,".repeat(2_000_000);
  const spans = splitSentences(text);
  assert.ok(spans.every((s) => s.end - s.start <= MAX_SENTENCE));
  assert.ok(spans.length >= text.length / MAX_SENTENCE);
});

test("a dot leader running to the figure that ends its line is no sentence's end; an ellipsis in prose still is", () => {
  assert.deepEqual(split("Storm summary\n\nHomes lost ....... 1,240\nRoads shut ..... 17\n"), ["Storm summary", "Homes lost ....... 1,240", "Roads shut ..... 17"]);
  assert.deepEqual(split("She paused ... 30 minutes went by."), ["She paused ...", "30 minutes went by."]);
});
