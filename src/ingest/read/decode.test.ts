// Strict decoding: text passes through byte for byte, binary and broken UTF-8 are refused with a reason.
import assert from "node:assert/strict";
import { test } from "node:test";
import { decodeText, looksBinary } from "./decode.ts";

test("UTF-8 text is decoded unchanged, BOM and CRLF included", () => {
  const text = "\uFEFFCafé — 300 people\r\nfled\r\n";
  assert.equal(decodeText(Buffer.from(text, "utf8")), text);
});

test("NUL bytes mean binary", () => {
  assert.equal(looksBinary(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])), true);
  assert.throws(() => decodeText(Buffer.from([0x41, 0x00, 0x42])), /binary/);
});

test("invalid UTF-8 is reported with the byte where it breaks", () => {
  const bytes = Buffer.concat([Buffer.from("abc "), Buffer.from([0xff, 0xfe]), Buffer.from(" def")]);
  assert.throws(() => decodeText(bytes), /invalid UTF-8 at byte 4/);
  assert.throws(() => decodeText(Buffer.from("caf\xe9", "latin1")), /invalid UTF-8 at byte 3/);
});
