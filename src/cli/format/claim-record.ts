// The claim record as printed: keys in the order docs/claims.md documents, extra fields after them.
import type { Claim } from "../../doc/document.ts";

export const CLAIM_KEYS = [
  "doc", "span", "text", "sentence", "category", "value", "low", "high", "qualifier", "vague",
  "subject", "source", "place", "time", "said", "hedge", "derived",
] as const;

const OPTIONAL_KEYS = new Set<string>(["vague", "derived"]);

/** A copy of `claim` whose keys follow the documented order; unknown extra keys keep their order at the end. */
export function claimRecord(claim: Claim): Record<string, unknown> {
  const c = claim as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of CLAIM_KEYS) {
    if (key in c) out[key] = c[key];
    else if (!OPTIONAL_KEYS.has(key)) out[key] = null;
  }
  for (const key of Object.keys(c)) if (!(key in out)) out[key] = c[key];
  return out;
}
