// Drives the real CLI against a PostgreSQL store for queue tests and soak runs: enqueue, workers, counts.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import pg from "pg";

const ROOT = new URL("../../", import.meta.url).pathname;
export const CLI = join(ROOT, "bin/triangulate.mjs");

/** Short queue timings so a killed worker's jobs come back within seconds. */
export const FAST_QUEUE_ENV = {
  TRIANGULATE_JOB_EXPIRE_SECONDS: "6",
  TRIANGULATE_QUEUE_MAINTENANCE_SECONDS: "1",
  TRIANGULATE_JOB_RETRY_DELAY_SECONDS: "1",
  TRIANGULATE_QUEUE_POLL_MS: "100",
};

export function cliSync(args: string[], env: Record<string, string | undefined>) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 1 << 28 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface WorkerProcess {
  child: ChildProcess;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): { stdout: string; stderr: string };
}

export function startWorker(env: Record<string, string | undefined>, args: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [CLI, "worker", "--exit-when-idle", ...args], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d) => (stdout += d));
  child.stderr!.on("data", (d) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

/** Reads counts straight from PostgreSQL (reports stored, jobs not finished). */
export async function counts(url: string): Promise<{ reports: number; pending: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const reports = Number((await client.query("SELECT count(*) AS n FROM reports")).rows[0].n);
    const exists = (await client.query("SELECT to_regclass('pgboss.job')::text AS t")).rows[0].t;
    const pending = exists
      ? Number((await client.query("SELECT count(*) AS n FROM pgboss.job WHERE name = 'triangulate-ingest' AND state IN ('created','retry','active')")).rows[0].n)
      : 0;
    return { reports, pending };
  } finally {
    await client.end();
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}
