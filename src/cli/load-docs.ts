// What every command that reads reports shares: the reading options, and documents with errors reported on stderr.
import { InvalidArgumentError, type Command } from "commander";
import { fstatSync } from "node:fs";
import type { SourceDoc } from "../doc/document.ts";
import { isoDay } from "../ingest/read/published-date.ts";
import type { ReportSet } from "../reconcile/report-set.ts";
import { DEFAULT_MAX_BYTES, formatReadError, type FileIdentity, type ReadError, type ReadOptions } from "../ingest/read/read.types.ts";
import { Progress } from "./format/progress.ts";

export interface ReadFlags {
  published?: string;
  maxSize?: number;
}

/** The files a command reads, as README's Inputs table lists them (a .json file is read when named, not in a folder walk). */
export const INPUT_KINDS = ".txt .md .html .jsonl, feeds .rss .atom .xml, .json when named";

/** Adds --published and --max-size to a command that reads reports. */
export function addReadOptions(command: Command): Command {
  return command
    .option("--published <YYYY-MM-DD>", "publication date for reports that give none in a manifest or record", parseDay)
    .option("--max-size <MB>", `refuse files (and JSONL records) larger than this (default ${DEFAULT_MAX_BYTES / 1024 / 1024})`, parseMegabytes);
}

export function readOptions(flags: ReadFlags): ReadOptions {
  return { published: flags.published, maxBytes: flags.maxSize, exclude: ownOutput() };
}

/** The file standard output is redirected to, if any: a folder walk must not read back what this run writes. */
function ownOutput(): FileIdentity[] {
  try {
    const out = fstatSync(1);
    return out.isFile() ? [{ dev: out.dev, ino: out.ino }] : [];
  } catch {
    return [];
  }
}

/** Streams the documents under `paths`; each unreadable input is one line on stderr and counted in `progress`. */
export async function* eachDoc(paths: string[], opts: ReadOptions, progress = new Progress()): AsyncGenerator<SourceDoc> {
  const { readSources } = await loadReaders();
  for await (const result of readSources(paths, opts)) {
    if (result.ok) yield result.doc;
    else progress.error(`triangulate: ${formatReadError(result.error)}`);
  }
}

/** Reads every document into memory (for commands that work on a whole batch: entities, figures). */
export async function loadDocs(paths: string[], opts: ReadOptions = {}, onError: (e: ReadError) => void = (e) => process.stderr.write(`triangulate: ${formatReadError(e)}\n`)): Promise<{ docs: SourceDoc[]; errors: ReadError[] }> {
  const docs: SourceDoc[] = [];
  const errors: ReadError[] = [];
  const { readSources } = await loadReaders();
  for await (const result of readSources(paths, opts)) {
    if (result.ok) docs.push(result.doc);
    else {
      errors.push(result.error);
      onError(result.error);
    }
  }
  return { docs, errors };
}

/**
 * Reads the documents under `paths` and analyses them in memory (for `figures`, `brief` and `export` given paths
 * instead of a store): each unreadable file and each failed extraction is one line on stderr and makes the exit
 * status non-zero, and the rest go on.
 */
export async function analysePaths(paths: string[], flags: ReadFlags): Promise<{ docs: SourceDoc[]; errors: number; set: ReportSet }> {
  const { analyseDocs } = await import("../reconcile/report-set.ts");
  const { docs, errors } = await loadDocs(paths, readOptions(flags));
  const set = analyseDocs(docs);
  for (const failure of set.failures) process.stderr.write(`triangulate: ${failure.doc}: ${failure.message}\n`);
  if (errors.length || set.failures.length) process.exitCode = 1;
  return { docs, errors: errors.length + set.failures.length, set };
}

/** A command's action whose failure (a missing database, an unwritable --out) is one clear line, not a stack trace. */
export function reportingErrors<A extends unknown[]>(command: string, run: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      await run(...args);
    } catch (e) {
      process.stderr.write(`triangulate ${command}: ${(e as Error).message}\n`);
      process.exitCode = 1;
    }
  };
}

/**
 * The readers, loaded on first use: the HTML and feed libraries behind them take a while to load, and a command
 * registers its options (and `--help` prints them) without reading anything.
 */
function loadReaders(): Promise<typeof import("../ingest/read/read-sources.ts")> {
  return import("../ingest/read/read-sources.ts");
}

function parseDay(value: string): string {
  const day = isoDay(value);
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) throw new InvalidArgumentError("expected a date as YYYY-MM-DD");
  return day;
}

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new InvalidArgumentError("expected a positive number of megabytes");
  return Math.round(mb * 1024 * 1024);
}
