// The web-search style query translated to FTS5: terms quoted, phrases kept, OR and exclusions honoured.
import assert from "node:assert/strict";
import { test } from "node:test";
import { websearchToFts5 } from "./fts-query.ts";

const cases: [string, ReturnType<typeof websearchToFts5>][] = [
  ["harvest", { match: '"harvest"', exclude: null }],
  ["wheat harvest", { match: '"wheat" "harvest"', exclude: null }],
  ['"storage depots" grain', { match: '"storage depots" "grain"', exclude: null }],
  ["wheat or barley", { match: '"wheat" OR "barley"', exclude: null }],
  ["wheat -barley", { match: '"wheat" NOT "barley"', exclude: null }],
  ["-barley", { match: null, exclude: '"barley"' }],
  ['say "hi', { match: '"say" "hi"', exclude: null }],
  ['a"b', { match: '"a""b"', exclude: null }],
  ["or wheat or", { match: '"wheat"', exclude: null }],
  ["- ! ,", null],
  ["", null],
];

for (const [query, expected] of cases) {
  test(`websearchToFts5(${JSON.stringify(query)})`, () => assert.deepEqual(websearchToFts5(query), expected));
}
