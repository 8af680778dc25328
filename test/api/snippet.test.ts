// Search snippets: the text around the first word searched for, cut on word boundaries.
import { test } from "node:test";
import assert from "node:assert/strict";
import { snippetOf } from "../../src/api/routes/reports.routes.ts";

const long = `${"Quiet fields and empty roads stretched along the valley. ".repeat(8)}Then the bridge at Orsk collapsed under the weight of the trucks. ${"Farmers waited for news. ".repeat(10)}`;

test("a snippet is centred on the first word found and marked where it was cut", () => {
  const snippet = snippetOf(long, "orsk bridge");
  assert.match(snippet, /the bridge at Orsk collapsed/);
  assert.ok(snippet.startsWith("… ") && snippet.endsWith(" …"));
  assert.ok(snippet.length <= 230);
  assert.doesNotMatch(snippet, /^… \S*[a-z]-/, "starts on a word boundary");
});

test("short texts come whole; no match gives the opening", () => {
  assert.equal(snippetOf("Two  boats\nsank.", "boats"), "Two boats sank.", "whitespace is collapsed");
  assert.equal(snippetOf("A short note.", "absent"), "A short note.");
  assert.match(snippetOf(long, "nowhere"), /^Quiet fields/);
});

test("words are found where they start, as the full-text search finds them", () => {
  const text = `The encampment grew. ${"Nothing else to say here at all. ".repeat(10)}Later the camps filled with families.`;
  assert.match(snippetOf(text, "camp"), /the camps filled/);
});
