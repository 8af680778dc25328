// The ingest queue's name and timings; environment variables shorten them for tests and soak runs.
export const INGEST_QUEUE = "triangulate-ingest";
/** pg-boss keeps its tables in this schema of the store's database. */
export const BOSS_SCHEMA = "pgboss";

function envNumber(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

export interface QueueTimings {
  /** A job still active this long after a worker took it (the worker died) is failed and retried. */
  expireSeconds: number;
  /** How often pg-boss looks for expired jobs (one instance does it at a time). */
  maintenanceSeconds: number;
  /** Retries of a job before it stays failed. */
  retryLimit: number;
  /** Wait before a failed job is tried again. */
  retryDelaySeconds: number;
  /** How long an idle worker waits before asking for jobs again. */
  pollMs: number;
}

export function queueTimings(): QueueTimings {
  return {
    expireSeconds: Math.round(envNumber("TRIANGULATE_JOB_EXPIRE_SECONDS", 300)),
    maintenanceSeconds: Math.round(envNumber("TRIANGULATE_QUEUE_MAINTENANCE_SECONDS", 30)),
    retryLimit: Math.round(envNumber("TRIANGULATE_JOB_RETRIES", 5)),
    retryDelaySeconds: Math.round(envNumber("TRIANGULATE_JOB_RETRY_DELAY_SECONDS", 1)),
    pollMs: envNumber("TRIANGULATE_QUEUE_POLL_MS", 500),
  };
}
