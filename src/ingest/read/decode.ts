// Bytes to text, refusing what is not text: NUL bytes, control-character noise, invalid UTF-8.
import { ReadFailure } from "./read.types.ts";

// ignoreBOM keeps a leading U+FEFF so offsets match what `readFileSync(f, "utf8")` gives other tools.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** How many leading bytes are inspected to decide whether a file is binary. */
const SNIFF_BYTES = 8192;

export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    // Tab, LF, FF and CR are text; many other C0 bytes mean a binary format.
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Decodes UTF-8 strictly; throws a ReadFailure that says why the bytes are not usable text. */
export function decodeText(bytes: Uint8Array, line?: number): string {
  if (looksBinary(bytes)) throw new ReadFailure("binary content (NUL or control bytes), not a text file", line);
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ReadFailure(`invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}`, line);
  }
}

/** Index of the first byte that breaks UTF-8, so the error can point at it. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0 || i + len > bytes.length) return i;
    for (let k = 1; k < len; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}
