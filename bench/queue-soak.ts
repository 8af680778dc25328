// Soak test of the PostgreSQL queue (`npm run soak:queue`): enqueue 3,200 reports, run two workers, SIGKILL one
// mid-way, start a third, wait for the queue to drain, then check every report is stored once with exactly the
// claims extract finds. Prints the figures. Uses DATABASE_URL's server when set, else a throwaway local cluster.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/store/open-store.ts";
import { extractAll } from "../test/support/extract-oracle.ts";
import { withPostgres } from "../test/support/postgres.ts";
import { writeReportsJsonl } from "../test/queue/generate-reports.ts";
import { cliSync, counts, FAST_QUEUE_ENV, startWorker, waitFor } from "../test/queue/queue-harness.ts";

const REPORTS = Number(process.env.SOAK_REPORTS ?? 3200);
const tmp = mkdtempSync(join(tmpdir(), "triangulate-soak-queue-"));
const database = await withPostgres();
const env = { DATABASE_URL: database.url, ...FAST_QUEUE_ENV };
const seconds = (ms: number) => (ms / 1000).toFixed(1);
let ok = false;
try {
  const file = writeReportsJsonl(tmp, REPORTS);
  const t0 = Date.now();
  const enqueued = cliSync(["ingest", file, "--enqueue"], env);
  if (enqueued.code !== 0) throw new Error(`enqueue failed: ${enqueued.stderr}`);
  console.log(enqueued.stdout.trim());

  const t1 = Date.now();
  const first = startWorker(env);
  const doomed = startWorker(env);
  const killAt = Math.floor(REPORTS * (0.1 + Math.random() * 0.3));
  await waitFor(async () => (await counts(database.url)).reports >= killAt, "reports to be stored", 30 * 60_000);
  doomed.child.kill("SIGKILL");
  await doomed.exited;
  const atKill = await counts(database.url);
  console.log(`SIGKILLed worker ${doomed.child.pid} after ${seconds(Date.now() - t1)}s with ${atKill.reports} reports stored, ${atKill.pending} jobs pending`);
  const third = startWorker(env);
  const [a, c] = await Promise.all([first.exited, third.exited]);
  const drained = Date.now();
  for (const [name, w, r] of [["first", first, a], ["third", third, c]] as const) {
    console.log(`${name} worker: exit ${r.code}; ${w.output().stdout.trim()}`);
    if (r.code !== 0) throw new Error(`${name} worker failed: ${w.output().stderr}`);
  }

  const stats = JSON.parse(cliSync(["stats", "--format", "json"], env).stdout);
  const expected = await extractAll([file]);
  const store = await openStore({ databaseUrl: database.url, poolSize: 2 });
  let mismatched = 0;
  try {
    const stored = new Map<string, string[]>();
    for (const claim of (await store.listClaims({})).items) stored.set(claim.doc, [...(stored.get(claim.doc) ?? []), JSON.stringify(claim)]);
    for (const [id, want] of expected) {
      if (JSON.stringify((stored.get(id) ?? []).map((s) => JSON.parse(s))) !== JSON.stringify(want.claims)) mismatched++;
    }
    const total = [...expected.values()].reduce((n, e) => n + e.claims.length, 0);
    const stale = (await store.derivedState()).stale;
    console.log(
      `reports: ${REPORTS} enqueued, ${stats.documents} stored; claims: ${stats.claims} stored, ${total} expected; ` +
      `reports whose claims differ from extract: ${mismatched}; pending: ${stats.pending}; entities ${stats.entities}, figures ${stats.figures}; derived stale: ${stale}`,
    );
    console.log(`time: enqueue ${seconds(t1 - t0)}s, workers until drained ${seconds(drained - t1)}s (${(REPORTS / ((drained - t1) / 1000)).toFixed(1)} reports/s with 2 workers and a restart)`);
    ok = stats.documents === REPORTS && stats.claims === total && mismatched === 0 && stats.pending === 0 && !stale;
  } finally {
    await store.close();
  }
  console.log(ok ? "soak:queue OK" : "soak:queue FAILED");
} finally {
  rmSync(tmp, { recursive: true, force: true });
  await database.drop();
}
process.exit(ok ? 0 : 1);
