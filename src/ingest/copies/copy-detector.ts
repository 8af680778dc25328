// Syndicated-copy detection: fingerprints a report, verifies candidates exactly, and says which of a pair is the copy.
import { bandKeys, signature } from "./minhash.ts";
import { overlap, shingles } from "./shingles.ts";

/** Share of the shorter report's shingles that must recur in the other for the pair to count as copies. */
export const COPY_THRESHOLD = 0.6;
/** Below this many shingles a text is too short to call anything a copy of it (a headline, a caption). */
export const MIN_SHINGLES = 12;

export interface Fingerprint {
  shingles: Set<number>;
  /** LSH band keys to index and look candidates up by; empty for texts too short to judge. */
  bands: string[];
}

export function fingerprint(text: string): Fingerprint {
  const set = shingles(text);
  if (set.size < MIN_SHINGLES) return { shingles: set, bands: [] };
  return { shingles: set, bands: bandKeys(signature(set)) };
}

/** The similarity of two reports (containment of the shorter in the longer), or null when they are not copies. */
export function copySimilarity(a: Fingerprint, b: Fingerprint): number | null {
  if (a.shingles.size < MIN_SHINGLES || b.shingles.size < MIN_SHINGLES) return null;
  const { containment } = overlap(a.shingles, b.shingles);
  return containment >= COPY_THRESHOLD ? Math.round(containment * 1000) / 1000 : null;
}

export interface Dated {
  id: string;
  published: string | null;
}

/**
 * Orders a pair: the report published later (an undated one counts as later; then the larger id) is the copy
 * of the other. Deterministic whatever order reports arrive in.
 */
export function copyDirection<T extends Dated>(a: T, b: T): { copy: T; original: T } {
  const key = (r: Dated) => [r.published ?? "\uffff", r.id] as const;
  const [ka, kb] = [key(a), key(b)];
  const aLater = ka[0] !== kb[0] ? ka[0] > kb[0] : ka[1] > kb[1];
  return aLater ? { copy: a, original: b } : { copy: b, original: a };
}
