// `triangulate worker`: processes reports queued by `ingest --enqueue` (PostgreSQL via DATABASE_URL); run any number.
import { InvalidArgumentError, type Command } from "commander";

interface WorkerFlags {
  concurrency: number;
  exitWhenIdle?: boolean;
  refreshEvery: number;
}

export function register(program: Command): void {
  program
    .command("worker")
    .description("process queued reports (from `ingest --enqueue`) into the PostgreSQL store named by DATABASE_URL; run as many as you like, on any machine")
    .option("--concurrency <n>", "reports processed at once; above 1 extraction uses that many threads", positiveInteger, 1)
    .option("--exit-when-idle", "exit once no job is waiting, retrying or being processed by any worker")
    .option("--refresh-every <n>", "recompute entities and figures after this many stored reports (always when the queue drains)", positiveInteger, 500)
    .action(run);
}

async function run(flags: WorkerFlags): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    process.stderr.write("triangulate: worker needs a PostgreSQL store: set DATABASE_URL (postgres://…)\n");
    process.exitCode = 2;
    return;
  }
  const [{ openStore }, { startBoss }, { QueueWorker }] = await Promise.all([
    import("../../store/open-store.ts"),
    import("../../queue/boss.ts"),
    import("../../queue/worker.ts"),
  ]);
  const store = await openStore({ databaseUrl, poolSize: flags.concurrency + 3 });
  const log = (line: string) => process.stderr.write(line + "\n");
  try {
    const { boss, timings } = await startBoss(databaseUrl, { supervise: true });
    try {
      const worker = new QueueWorker({ store, boss, timings, concurrency: flags.concurrency, exitWhenIdle: flags.exitWhenIdle ?? false, refreshEvery: flags.refreshEvery, log });
      const stop = () => {
        log("worker: stopping after the jobs in hand…");
        worker.stop();
      };
      process.once("SIGTERM", stop);
      process.once("SIGINT", stop);
      log(`worker: started (pid ${process.pid}, concurrency ${flags.concurrency})`);
      const summary = await worker.run();
      const p = summary.processed;
      process.stdout.write(
        `worker: ${p.inserted} inserted, ${p.updated} updated, ${p.unchanged} unchanged, ${p.failed} failed; ${summary.claims} claims; ${summary.refreshes} refreshes\n`,
      );
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
    }
  } finally {
    await store.close();
  }
}

function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive whole number");
  return n;
}
