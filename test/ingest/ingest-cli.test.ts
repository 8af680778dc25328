// The ingest, stats and claims commands end to end, as a user runs them, on SQLite (--db) and PostgreSQL (DATABASE_URL).
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, test } from "node:test";
import { DIALECTS, testStoreOptions } from "../support/dialects.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const BAGHOUZ = join(ROOT, "../shared/corpus/baghouz-2019");

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  const result = spawnSync(process.execPath, [join(ROOT, "bin/triangulate.mjs"), ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: undefined, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// What extract prints for the corpus, computed once: the store's claims must read back as the same lines.
let extractedOnce: string | null = null;
const extracted = () => {
  if (extractedOnce === null) {
    const run = cli(["extract", BAGHOUZ, "--format", "jsonl"]);
    assert.equal(run.code, 0, run.stderr);
    extractedOnce = run.stdout;
  }
  return extractedOnce;
};
const lines = (text: string) => text.split("\n").filter(Boolean);

for (const dialect of DIALECTS) {
  describe(`ingest, stats, claims commands (${dialect})`, () => {
    test("ingesting baghouz-2019 twice stores 5 documents; claims from the store equal extract's", async (ctx) => {
      const { options, cleanup } = await testStoreOptions(dialect);
      ctx.after(cleanup);
      const dbArgs = options.db ? ["--db", options.db] : [];
      const env = { DATABASE_URL: options.databaseUrl };

      const first = cli(["ingest", BAGHOUZ, ...dbArgs], env);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /^ingest: 5 inserted, 0 updated, 0 unchanged, 0 failed/);
      const second = cli(["ingest", BAGHOUZ, ...dbArgs], env);
      assert.equal(second.code, 0, second.stderr);
      assert.match(second.stdout, /^ingest: 0 inserted, 0 updated, 5 unchanged, 0 failed/);

      const stats = JSON.parse(cli(["stats", "--format", "json", ...dbArgs], env).stdout);
      assert.deepEqual(Object.keys(stats), ["documents", "claims", "entities", "figures", "pending"]);
      assert.equal(stats.documents, 5);

      const stored = cli(["claims", "--format", "jsonl", ...dbArgs], env);
      assert.equal(stored.code, 0, stored.stderr);
      assert.equal(stored.stdout, extracted());
      assert.equal(stats.claims, lines(extracted()).length);

      const killed = lines(cli(["claims", "--category", "killed", ...dbArgs], env).stdout);
      assert.deepEqual(killed, lines(extracted()).filter((line) => JSON.parse(line).category === "killed"));
    });
  });
}

test("claims of paths are extracted in memory, filtered and shown as a table", () => {
  const killed = lines(cli(["claims", BAGHOUZ, "--category", "killed"]).stdout);
  assert.deepEqual(killed, lines(extracted()).filter((line) => JSON.parse(line).category === "killed"));
  assert.match(cli(["claims", BAGHOUZ, "--format", "table"]).stdout, /^doc\s+category/);
});

test("ingest reports a bad input, stores the rest and exits non-zero", (ctx) => {
  const dir = mkdtempSync(join(tmpdir(), "triangulate-cli-"));
  ctx.after(() => rmSync(dir, { recursive: true, force: true }));
  const db = join(dir, "t.db");
  const run = cli(["ingest", BAGHOUZ, join(dir, "no-such-file.txt"), "--db", db]);
  assert.equal(run.code, 1);
  assert.match(run.stderr, /no-such-file\.txt: no such file/);
  assert.match(run.stdout, /5 inserted, 0 updated, 0 unchanged, 1 failed/);
  assert.equal(JSON.parse(cli(["stats", "--db", db]).stdout).documents, 5);
  const refused = cli(["ingest", "http://127.0.0.1:9/article", "--db", db]);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /refused: 127\.0\.0\.1/);
});
