// The shared reading helpers commands use: whole batches in memory, or streamed with errors counted.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { after, test } from "node:test";
import { Command } from "commander";
import { Progress } from "./format/progress.ts";
import { addReadOptions, eachDoc, loadDocs, readOptions, type ReadFlags } from "./load-docs.ts";
import type { ReadError } from "../ingest/read/index.ts";

const dir = mkdtempSync(join(tmpdir(), "triangulate-load-"));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, "a.txt"), "Nine people were rescued.");
writeFileSync(join(dir, "b.jsonl"), `${JSON.stringify({ id: "b1", text: "Two were hurt." })}\nnot json\n`);

test("loadDocs returns every readable document and every error, in order", async () => {
  const seen: ReadError[] = [];
  const { docs, errors } = await loadDocs([dir], { published: "2024-02-02" }, (e) => seen.push(e));
  assert.deepEqual(docs.map((d) => [d.id, d.meta.published]), [["a", "2024-02-02"], ["b1", "2024-02-02"]]);
  assert.deepEqual(errors.map((e) => e.line), [2]);
  assert.deepEqual(seen, errors);
});

test("eachDoc streams documents and reports errors through the progress tally", async () => {
  const sink = new PassThrough() as unknown as NodeJS.WriteStream;
  let written = "";
  (sink as unknown as PassThrough).on("data", (b: Buffer) => (written += b.toString()));
  const progress = new Progress(sink);
  const ids: string[] = [];
  for await (const doc of eachDoc([dir, join(dir, "missing.md")], {}, progress)) ids.push(doc.id);
  assert.deepEqual(ids, ["a", "b1"]);
  assert.equal(progress.tally.errors, 2);
  assert.match(written, /b\.jsonl:2: not valid JSON/);
  assert.match(written, /missing\.md: no such file/);
});

test("--published and --max-size are parsed and validated", () => {
  const parse = (...argv: string[]) => {
    const cmd = addReadOptions(new Command("x").exitOverride().configureOutput({ writeErr: () => {} }));
    cmd.parse(argv, { from: "user" });
    return readOptions(cmd.opts<ReadFlags>());
  };
  const { published, maxBytes, exclude } = parse("--published", "2019-03-05", "--max-size", "2");
  assert.deepEqual({ published, maxBytes }, { published: "2019-03-05", maxBytes: 2 * 1024 * 1024 });
  // (Standard output is a pipe under the test runner: no file of ours to pass over.)
  assert.ok(Array.isArray(exclude));
  assert.throws(() => parse("--published", "2019-02-30"), /YYYY-MM-DD/);
  assert.throws(() => parse("--max-size", "zero"), /megabytes/);
});
