// The content hash of a report's text: detects unchanged re-ingests and exact copies.
import { createHash } from "node:crypto";

export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
