// Ingest throughput (`npm run bench:ingest`): reports/s into SQLite with 1 and 2 extraction threads, and into
// PostgreSQL through the queue with 1, 2 and 4 worker processes. Real CLI processes throughout; times include each
// process's start (loading the pipeline), as a user would see them. BENCH_REPORTS sets the batch (default 800);
// BENCH_POSTGRES=0 skips the PostgreSQL runs. For SQLite it also prints where the ingesting thread's time went and,
// from the 1-thread run, the serial share s (everything but extraction) and Amdahl's bound 1 / (s + (1 - s) / N).
// BENCH_CORPUS=shared ingests the 785 real articles of ../shared (GVDB and UCDP development sets) instead of generated
// reports, when they are beside the repository; BENCH_RUNS=N repeats each SQLite run N times (the machine is shared).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { withPostgres } from "../test/support/postgres.ts";
import { writeReportsJsonl } from "../test/queue/generate-reports.ts";
import { CLI, cliSync, counts, startWorker } from "../test/queue/queue-harness.ts";

const REPORTS = Number(process.env.BENCH_REPORTS ?? 800);
const POSTGRES = process.env.BENCH_POSTGRES !== "0";
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 1) || 1);
const SHARED_ARTICLES = ["gvdb-dev", "ucdp-dev"].map((set) => new URL(`../../shared/corpus/${set}/articles.jsonl`, import.meta.url).pathname);
const REAL = process.env.BENCH_CORPUS === "shared";
if (REAL && !SHARED_ARTICLES.every((f) => existsSync(f))) {
  console.error(`BENCH_CORPUS=shared needs ${SHARED_ARTICLES.join(" and ")}`);
  process.exit(2);
}
const tmp = mkdtempSync(join(tmpdir(), "triangulate-bench-ingest-"));
const rows: { target: string; seconds: number; stored: number }[] = [];

function run(args: string[], env: Record<string, string | undefined> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout, stderr })));
}

interface ThreadTimings { total: number; read: number; check: number; extract: number; store: number; derive: number; deriveParts: string | null; pooled: number }

/** The ingest's own account of its thread's time (TRIANGULATE_INGEST_TIMINGS=1), in seconds. */
function parseTimings(stderr: string): ThreadTimings | null {
  const m = /ingest timings: total ([\d.]+) s; read ([\d.]+), check ([\d.]+), extract ([\d.]+), store ([\d.]+), derive ([\d.]+)/.exec(stderr);
  if (!m) return null;
  const [total, read, check, extract, store, derive] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  // The recompute's own split: loading, entities, figures, writing.
  const deriveParts = /derive [\d.]+ \[([^\]]+)\]/.exec(stderr)?.[1] ?? null;
  const pooled = Number(/(\d+) reports extracted by worker threads/.exec(stderr)?.[1] ?? 0);
  return { total, read, check, extract, store, derive, deriveParts, pooled };
}

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`;

function report(target: string, seconds: number, stored: number): void {
  rows.push({ target, seconds, stored });
  console.log(`${target}: ${stored} reports in ${seconds.toFixed(1)} s = ${(stored / seconds).toFixed(1)} reports/s`);
}

let inputCount = REPORTS;
try {
  const inputs = REAL ? SHARED_ARTICLES : [writeReportsJsonl(tmp, REPORTS)];
  for (const threads of Array.from({ length: RUNS }, () => [1, 2]).flat()) {
    const db = join(tmp, `t${threads}.db`);
    for (const suffix of ["", "-wal", "-shm"]) rmSync(db + suffix, { force: true });
    const started = Date.now();
    const r = await run(["ingest", ...inputs, "--db", db, "--threads", String(threads)], { DATABASE_URL: "", TRIANGULATE_INGEST_TIMINGS: "1" });
    if (r.code !== 0) throw new Error(r.stderr);
    const seconds = (Date.now() - started) / 1000;
    inputCount = Number(/ingest: (\d+) inserted/.exec(r.stdout)?.[1] ?? 0);
    report(`SQLite, ingest --threads ${threads}`, seconds, inputCount);
    const t = parseTimings(r.stderr);
    if (!t) continue;
    // Process start (loading modules) and everything the main thread does but extract cannot run on other threads.
    const start = seconds - t.total;
    console.log(
      `  main thread: process start ${start.toFixed(1)} s, read ${t.read.toFixed(1)}, unchanged checks ${t.check.toFixed(1)}, ` +
      `${threads > 1 ? "waiting for extraction" : "extraction"} ${t.extract.toFixed(1)}, store ${t.store.toFixed(1)}, derive ${t.derive.toFixed(2)}` +
      (t.deriveParts ? ` (${t.deriveParts})` : ""),
    );
    if (threads === 1) {
      const amdahl = (serial: number) => [2, 4, 8, 16].map((n) => `${n} ≤ ${(1 / (serial + (1 - serial) / n)).toFixed(2)}x`).join(", ");
      console.log(`  serial share s = ${pct(seconds - t.extract, seconds)} of the 1-thread time with process start (store ${pct(t.store, seconds)}, ` +
        `derive ${pct(t.derive, seconds)}); Amdahl, threads: ${amdahl((seconds - t.extract) / seconds)}`);
      // A long-running ingest pays the process start once: then only the ingesting thread's own serial work counts.
      console.log(`  of the ingesting thread alone s = ${pct(t.total - t.extract, t.total)}; Amdahl, threads: ${amdahl((t.total - t.extract) / t.total)}`);
    } else if (t.pooled === 0) {
      console.log(`  no report went to the worker pool (it starts after ${Math.ceil(2000 / threads)} reports): extraction ran on the main thread`);
    } else {
      console.log(`  main thread busy ${pct(seconds - t.extract, seconds)} of the run, idle waiting for workers ${pct(t.extract, seconds)} (${t.pooled} reports extracted by workers)`);
    }
  }
  for (const workers of POSTGRES ? [1, 2, 4] : []) {
    const database = await withPostgres();
    try {
      const env = { DATABASE_URL: database.url, TRIANGULATE_QUEUE_POLL_MS: "100" };
      const enqueued = cliSync(["ingest", ...inputs, "--enqueue"], env);
      if (enqueued.code !== 0) throw new Error(enqueued.stderr);
      const started = Date.now();
      const procs = Array.from({ length: workers }, () => startWorker(env));
      const exits = await Promise.all(procs.map((p) => p.exited));
      const seconds = (Date.now() - started) / 1000;
      exits.forEach((e, i) => {
        if (e.code !== 0) throw new Error(procs[i]!.output().stderr);
      });
      report(`PostgreSQL, queue, ${workers} worker${workers > 1 ? "s" : ""}`, seconds, (await counts(database.url)).reports);
    } finally {
      await database.drop();
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.target.length));
console.log(`\nIngest of ${REAL ? `${inputCount} real articles (../shared)` : `${REPORTS} generated reports`} on ${availableParallelism()} cores (process start and entity/figure refresh included)`);
console.log(`${"target".padEnd(width)}  seconds  reports/s`);
for (const r of rows) console.log(`${r.target.padEnd(width)}  ${r.seconds.toFixed(1).padStart(7)}  ${(r.stored / r.seconds).toFixed(1).padStart(9)}`);
