// Starts pg-boss on the store's PostgreSQL database and makes sure the ingest queue exists.
import PgBoss from "pg-boss";
import { BOSS_SCHEMA, INGEST_QUEUE, queueTimings, type QueueTimings } from "./queue-config.ts";

export interface StartedBoss {
  boss: PgBoss;
  timings: QueueTimings;
}

export async function startBoss(databaseUrl: string, opts: { supervise?: boolean; max?: number } = {}): Promise<StartedBoss> {
  const timings = queueTimings();
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: BOSS_SCHEMA,
    max: opts.max ?? 4,
    // Only workers need to look for expired jobs; cron schedules are not used.
    supervise: opts.supervise ?? false,
    schedule: false,
    maintenanceIntervalSeconds: timings.maintenanceSeconds,
  });
  // pg-boss reports background errors (a lost connection) as events; without a listener they would crash the process.
  boss.on("error", (error: Error) => process.stderr.write(`triangulate: queue: ${error.message}\n`));
  await boss.start();
  // Queue options apply to every job sent to it; updating keeps them in step with the environment.
  const options = {
    name: INGEST_QUEUE,
    retryLimit: timings.retryLimit,
    retryDelay: timings.retryDelaySeconds,
    expireInSeconds: timings.expireSeconds,
    retentionMinutes: 60 * 24 * 7,
  };
  if (await boss.getQueue(INGEST_QUEUE)) await boss.updateQueue(INGEST_QUEUE, options);
  else {
    try {
      await boss.createQueue(INGEST_QUEUE, options);
    } catch (error) {
      // Another process created it at the same moment.
      if (!(await boss.getQueue(INGEST_QUEUE))) throw error;
    }
  }
  return { boss, timings };
}
