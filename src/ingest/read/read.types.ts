// Shapes shared by the readers: what a read yields and the options that steer it.
import type { SourceDoc } from "../../doc/document.ts";

export interface ReadError {
  file: string;
  line?: number;
  message: string;
}

export type ReadResult = { ok: true; doc: SourceDoc } | { ok: false; error: ReadError };

export interface ReadOptions {
  /** Publication date (YYYY-MM-DD) for documents that carry none of their own. */
  published?: string;
  /** Largest file (or JSONL record) read, in bytes; default 50 MB. */
  maxBytes?: number;
  /** Files a folder walk passes over: the command's own output, written into the folder it reads. */
  exclude?: readonly FileIdentity[];
}

/** A file as the file system knows it, whatever path leads to it. */
export interface FileIdentity {
  dev: number;
  ino: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** A failure that names what went wrong; the batch reports it and goes on. */
export class ReadFailure extends Error {
  constructor(message: string, readonly line?: number) {
    super(message);
    this.name = "ReadFailure";
  }
}

/** One line a reader prints on stderr for a failed input. */
export function formatReadError(error: ReadError): string {
  return `${error.file}${error.line !== undefined ? `:${error.line}` : ""}: ${error.message}`;
}
