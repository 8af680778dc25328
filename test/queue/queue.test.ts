// The PostgreSQL queue end to end with the real CLI: enqueue a few hundred reports, run two workers, SIGKILL one
// mid-way, start a third; every report ends up stored once with exactly the claims extract finds.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { openStore } from "../../src/store/open-store.ts";
import { extractAll } from "../support/extract-oracle.ts";
import { withPostgres } from "../support/postgres.ts";
import { writeReportsJsonl } from "./generate-reports.ts";
import { cliSync, counts, FAST_QUEUE_ENV, startWorker, waitFor } from "./queue-harness.ts";

const REPORTS = 200;

test("enqueue, two workers, one killed with SIGKILL, a third started: every report once, claims as extract finds", { timeout: 180_000 }, async (ctx) => {
  const tmp = mkdtempSync(join(tmpdir(), "triangulate-queue-"));
  const database = await withPostgres();
  ctx.after(async () => {
    rmSync(tmp, { recursive: true, force: true });
    await database.drop();
  });
  const env = { DATABASE_URL: database.url, ...FAST_QUEUE_ENV };
  const file = writeReportsJsonl(tmp, REPORTS);

  const enqueued = cliSync(["ingest", file, "--enqueue"], env);
  assert.equal(enqueued.code, 0, enqueued.stderr);
  assert.match(enqueued.stdout, new RegExp(`^enqueue: ${REPORTS} queued, 0 unchanged, 0 failed`));
  const stats = JSON.parse(cliSync(["stats", "--format", "json"], env).stdout);
  assert.equal(stats.pending, REPORTS, "stats counts queued jobs as pending");
  assert.equal(stats.documents, 0);

  const first = startWorker(env);
  const doomed = startWorker(env);
  // Kill one as soon as the workers are well under way (some reports stored, many still queued).
  await waitFor(async () => (await counts(database.url)).reports >= 20, "the workers to store reports");
  doomed.child.kill("SIGKILL");
  const killed = await doomed.exited;
  assert.equal(killed.signal, "SIGKILL");
  const atKill = await counts(database.url);
  ctx.diagnostic(`killed a worker with ${atKill.reports} reports stored, ${atKill.pending} jobs pending`);
  assert.ok(atKill.reports < REPORTS, "killed before the queue drained");
  const third = startWorker(env, ["--concurrency", "2"]);

  const [a, c] = await Promise.all([first.exited, third.exited]);
  assert.equal(a.code, 0, first.output().stderr);
  assert.equal(c.code, 0, third.output().stderr);

  const after = JSON.parse(cliSync(["stats", "--format", "json"], env).stdout);
  assert.equal(after.pending, 0);
  assert.equal(after.documents, REPORTS);

  const expected = await extractAll([file]);
  assert.equal(expected.size, REPORTS);
  const store = await openStore({ databaseUrl: database.url, poolSize: 2 });
  try {
    const stored = new Map<string, unknown[]>();
    for (const claim of (await store.listClaims({})).items) stored.set(claim.doc, [...(stored.get(claim.doc) ?? []), claim]);
    for (const [id, want] of expected) assert.deepEqual(stored.get(id) ?? [], want.claims, `claims of ${id}`);
    const total = [...expected.values()].reduce((n, e) => n + e.claims.length, 0);
    assert.equal(after.claims, total, "no report was stored twice");
    assert.equal((await store.derivedState()).stale, false, "entities and figures reflect every report");
    assert.ok(after.figures > 0);
  } finally {
    await store.close();
  }

  // Enqueueing the same reports again queues nothing: they are stored unchanged.
  const again = cliSync(["ingest", file, "--enqueue"], env);
  assert.match(again.stdout, new RegExp(`^enqueue: 0 queued, ${REPORTS} unchanged, 0 failed`));
});

test("worker and --enqueue without DATABASE_URL: a clear message and exit code 2", () => {
  const worker = cliSync(["worker"], { DATABASE_URL: "" });
  assert.equal(worker.code, 2);
  assert.match(worker.stderr, /worker needs a PostgreSQL store: set DATABASE_URL/);
  const enqueue = cliSync(["ingest", "examples", "--enqueue"], { DATABASE_URL: "" });
  assert.equal(enqueue.code, 2);
  assert.match(enqueue.stderr, /--enqueue needs a PostgreSQL store/);
});
