// `triangulate ingest <paths|URLs|feed URLs...>`: extracts reports into the store, then recomputes entities and figures.
import { InvalidArgumentError, Option, type Command } from "commander";
import cliProgress from "cli-progress";
import type { IngestStatus, IngestSummary } from "../../ingest/ingest.ts";
import { DEFAULT_MAX_BYTES as DEFAULT_FETCH_BYTES, DEFAULT_TIMEOUT_MS } from "../../ingest/fetch/fetch-defaults.ts";
import { defaultThreads } from "../../ingest/pool/threads.ts";
import { formatReadError } from "../../ingest/read/read.types.ts";
import { addReadOptions, INPUT_KINDS, readOptions, type ReadFlags } from "../load-docs.ts";
import { addStoreOptions, withStore, type StoreFlags } from "../store-options.ts";

interface IngestFlags extends ReadFlags, StoreFlags {
  allowPrivate?: boolean;
  timeout: number;
  maxFetchSize: number;
  threads: number;
  enqueue?: boolean;
}

export function register(program: Command): void {
  addStoreOptions(addReadOptions(
    program
      .command("ingest")
      .description("extract reports (files, folders, article URLs, RSS/Atom feed URLs) into the store; unchanged reports are skipped")
      .argument("<inputs...>", `files (${INPUT_KINDS}), folders, http(s) article or feed URLs`)
      .option("--allow-private", "allow fetching from private, loopback and link-local addresses")
      // (Parsed into milliseconds and bytes; help shows the default in the unit the option is given in.)
      .addOption(new Option("--timeout <seconds>", "time limit for each URL fetched, redirects included")
        .argParser(seconds).default(DEFAULT_TIMEOUT_MS, String(DEFAULT_TIMEOUT_MS / 1000)))
      .addOption(new Option("--max-fetch-size <MB>", "largest page or feed fetched")
        .argParser(megabytes).default(DEFAULT_FETCH_BYTES, String(DEFAULT_FETCH_BYTES / 1024 / 1024)))
      .addOption(new Option("--threads <n>", "extraction threads for batches of more than a few hundred reports")
        .argParser(threadCount).default(defaultThreads(), `one per core: ${defaultThreads()}`))
      .option("--enqueue", "with DATABASE_URL: queue the reports for `triangulate worker` processes instead of extracting them here"),
  )).action(run);
}

/** Progress on stderr: a live bar on a terminal, a plain line every few seconds otherwise. */
class IngestProgress {
  private readonly counts: Record<IngestStatus, number> = { inserted: 0, updated: 0, unchanged: 0, failed: 0 };
  private done = 0;
  private bar: cliProgress.SingleBar | null = null;
  private lastLine = Date.now();

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr, private readonly everyMs = 5000) {
    if (stream.isTTY) {
      this.bar = new cliProgress.SingleBar({
        stream,
        format: "ingest | {value} reports | {inserted} new, {updated} updated, {unchanged} unchanged, {failed} failed | {duration_formatted}",
        hideCursor: true,
        clearOnComplete: true,
        noTTYOutput: false,
      });
      this.bar.start(0, 0, this.counts);
    }
  }

  document(status: IngestStatus): void {
    this.done++;
    this.counts[status]++;
    if (this.bar) {
      this.bar.setTotal(this.done);
      this.bar.update(this.done, this.counts);
    } else if (Date.now() - this.lastLine >= this.everyMs) {
      this.lastLine = Date.now();
      this.stream.write(`ingest: ${this.done} reports so far (${this.describe()})\n`);
    }
  }

  message(text: string): void {
    // Printed above the live bar so it stays readable.
    if (this.bar) this.stream.write("\r\x1b[K");
    this.stream.write(text + "\n");
    if (this.bar) this.bar.render();
  }

  stop(): void {
    this.bar?.stop();
  }

  describe(): string {
    const c = this.counts;
    return `${c.inserted} inserted, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed`;
  }
}

async function run(inputs: string[], flags: IngestFlags): Promise<void> {
  if (flags.enqueue) return runEnqueue(inputs, flags);
  const progress = new IngestProgress();
  const started = Date.now();
  // Loaded on use so other commands do not pay for the pipeline, fetchers and reconcilers.
  const { ingestParallel } = await import("../../ingest/pool/parallel-ingest.ts");
  let summary: IngestSummary;
  try {
    summary = await withStore(flags, async (store) => {
      const result = await ingestParallel(inputs, {
        store,
        threads: flags.threads,
        ...readOptions(flags),
        fetch: { allowPrivate: flags.allowPrivate ?? false, timeoutMs: flags.timeout, maxBytes: flags.maxFetchSize },
        events: {
          document: (status) => progress.document(status),
          error: (error) => progress.message(`triangulate: ${formatReadError(error)}`),
          deriving: () => progress.message("ingest: recomputing entities and figures…"),
        },
      });
      const stats = await store.stats();
      progress.stop();
      const derived = result.derived ? "" : " (entities and figures already current)";
      process.stdout.write(
        `ingest: ${result.inserted} inserted, ${result.updated} updated, ${result.unchanged} unchanged, ${result.failed} failed` +
        ` in ${((Date.now() - started) / 1000).toFixed(1)}s; store: ${stats.documents} documents, ${stats.claims} claims,` +
        ` ${stats.entities} entities, ${stats.figures} figures${derived}\n`,
      );
      return result;
    });
  } finally {
    progress.stop();
  }
  if (summary.failed > 0) process.exitCode = 1;
}

/** `ingest --enqueue`: reports become pg-boss jobs in the PostgreSQL store; `triangulate worker` processes them. */
async function runEnqueue(inputs: string[], flags: IngestFlags): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL?.trim();
  if (!databaseUrl) {
    process.stderr.write("triangulate: --enqueue needs a PostgreSQL store: set DATABASE_URL (postgres://…)\n");
    process.exitCode = 2;
    return;
  }
  const [{ sourcesOf }, { startBoss }, { enqueueResults }] = await Promise.all([
    import("../../ingest/ingest.ts"),
    import("../../queue/boss.ts"),
    import("../../queue/enqueue.ts"),
  ]);
  const started = Date.now();
  const summary = await withStore(flags, async (store) => {
    const { boss } = await startBoss(databaseUrl);
    try {
      const results = sourcesOf(inputs, {
        ...readOptions(flags),
        fetch: { allowPrivate: flags.allowPrivate ?? false, timeoutMs: flags.timeout, maxBytes: flags.maxFetchSize },
      });
      return await enqueueResults(results, {
        store,
        boss,
        events: { error: (error) => process.stderr.write(`triangulate: ${formatReadError(error)}\n`) },
      });
    } finally {
      await boss.stop({ graceful: false, wait: true, close: true });
    }
  });
  process.stdout.write(
    `enqueue: ${summary.queued} queued, ${summary.unchanged} unchanged, ${summary.failed} failed in ${((Date.now() - started) / 1000).toFixed(1)}s;` +
    ` run \`triangulate worker\` to process them\n`,
  );
  if (summary.failed > 0) process.exitCode = 1;
}

function threadCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a positive whole number of threads");
  return n;
}

function seconds(value: string): number {
  const s = Number(value);
  if (!Number.isFinite(s) || s <= 0) throw new InvalidArgumentError("expected a positive number of seconds");
  return Math.round(s * 1000);
}

function megabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError("expected a positive number of megabytes");
  return Math.round(mb * 1024 * 1024);
}
