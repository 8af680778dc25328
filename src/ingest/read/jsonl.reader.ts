// JSON Lines collections: one report a line, streamed so a large collection never sits in memory whole.
import { createReadStream } from "node:fs";
import { decodeText } from "./decode.ts";
import { isoDay } from "./published-date.ts";
import { ReadFailure } from "./read.types.ts";

/** One record of a collection, before publication-date precedence is applied. */
export interface JsonlRecord {
  line: number;
  id: string | null;
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
  outlet: string | null;
  agency: string | null;
  /** Why a "published" value given was not used ("2024-13-45" is no date), when one was given and is none. */
  publishedRejected?: string;
}

export type JsonlItem = { ok: true; record: JsonlRecord } | { ok: false; line: number; message: string };

/** Yields each line's record or the reason it is unusable; blank lines are skipped. */
export async function* readJsonl(path: string, maxLineBytes: number): AsyncGenerator<JsonlItem> {
  let line = 0;
  for await (const chunk of byteLines(path, maxLineBytes)) {
    line++;
    if (chunk === "too-long") {
      yield { ok: false, line, message: `record longer than ${maxLineBytes} bytes; skipped` };
      continue;
    }
    if (isBlank(chunk)) continue;
    try {
      const json = decodeText(chunk);
      // A byte-order mark belongs to the file, not to the first record.
      yield { ok: true, record: parseRecord(line === 1 && json.startsWith("\uFEFF") ? json.slice(1) : json, line) };
    } catch (e) {
      // (A file of claims is skipped whole, with one message, not one a line.)
      if (e instanceof OwnOutput) {
        yield { ok: false, line, message: "holds triangulate's own claim records, not articles; the file is skipped" };
        return;
      }
      yield { ok: false, line, message: (e as Error).message };
    }
  }
}

/** A record that is one of triangulate's own claims ("extract --format jsonl > out.jsonl" left in the folder read). */
class OwnOutput extends ReadFailure {}

function parseRecord(json: string, line: number): JsonlRecord {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    throw new ReadFailure(`not valid JSON (${(e as Error).message.slice(0, 120)})`, line);
  }
  return recordFrom(value, line);
}

/** One article record from a parsed JSON value (a JSONL line, or an item of a .json array: `line` is then its position). */
export function recordFrom(value: unknown, line: number): JsonlRecord {
  if (!value || typeof value !== "object" || Array.isArray(value)) throw new ReadFailure("expected a JSON object", line);
  const o = value as Record<string, unknown>;
  // (A file of triangulate's own claims, "extract --format jsonl > out.jsonl" in the folder read, is no collection.)
  if (Array.isArray(o.span) && typeof o.category === "string" && "doc" in o) throw new OwnOutput("a claim record (triangulate's own output), not an article", line);
  if (typeof o.text !== "string") throw new ReadFailure('record has no "text" string', line);
  if (!o.text.trim()) throw new ReadFailure('record has an empty "text"', line);
  const id = typeof o.id === "string" && o.id.trim() ? o.id : typeof o.id === "number" ? String(o.id) : null;
  const published = isoDay(o.published);
  const record: JsonlRecord = {
    line,
    id,
    text: o.text,
    title: optional(o.title),
    url: optional(o.url),
    published,
    outlet: optional(o.outlet),
    agency: optional(o.agency),
  };
  // (Told, not silently dropped: the record is still read, dated by the next source of a date.)
  if (!published && o.published !== undefined && o.published !== null && o.published !== "") record.publishedRejected = `"published" is not a date (${JSON.stringify(o.published).slice(0, 40)}); ignored`;
  return record;
}

/** Splits a file into lines of raw bytes; a line over the limit is dropped as it streams, not buffered. */
async function* byteLines(path: string, maxLineBytes: number): AsyncGenerator<Uint8Array | "too-long"> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  const take = () => {
    const out: Uint8Array | "too-long" = tooLong ? "too-long" : Buffer.concat(parts, size);
    parts = [];
    size = 0;
    tooLong = false;
    return out;
  };
  // (Chunks of 64 KB, the stream's default: a record over the limit is dropped piece by piece, and each piece read past
  // it is small garbage; 1 MB pieces left hundreds of MB waiting for collection on a busy machine, and read slower.)
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
      append(chunk.subarray(from, nl));
      yield take();
      from = nl + 1;
    }
    append(chunk.subarray(from));
  }
  if (size > 0 || tooLong) yield take();

  function append(piece: Buffer) {
    if (tooLong || piece.length === 0) return;
    if (size + piece.length > maxLineBytes) {
      tooLong = true;
      parts = [];
      size = 0;
      return;
    }
    parts.push(piece);
    size += piece.length;
  }
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 13) return false;
  return true;
}

function optional(v: unknown): string | null {
  return typeof v === "string" && v.trim() ? v.trim() : null;
}
