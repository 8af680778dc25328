// Syndicated-copy detection: fingerprints a report, verifies candidates exactly, and says which of a pair is the copy.
import { bandKeys, signature } from "./minhash.ts";
import { overlap, SHINGLE_WORDS, shingles, words } from "./shingles.ts";

/** Share of the shorter report's shingles that must recur in the other for the pair to count as copies... */
export const COPY_THRESHOLD = 0.6;
/** ...when their openings also match: boilerplate (a monitor's standing paragraph, a footer) sits elsewhere. */
export const LEAD_THRESHOLD = 0.5;
/** Above this share the pair are copies whatever their openings (a rewritten first paragraph). */
export const STRONG_THRESHOLD = 0.8;
/** The opening compared: the first third of the words, at most this many (a headline takes a few of them). */
export const LEAD_WORDS = 80;
/** Below this many shingles a text is too short to call anything a copy of it (a headline, a caption). */
export const MIN_SHINGLES = 12;

export interface Fingerprint {
  shingles: Set<number>;
  /** Shingles of the opening words. */
  lead: Set<number>;
  /** LSH band keys to index and look candidates up by; empty for texts too short to judge. */
  bands: string[];
}

export function fingerprint(text: string): Fingerprint {
  const set = shingles(text);
  const all = words(text);
  const lead = shingles(all.slice(0, Math.min(LEAD_WORDS, Math.ceil(all.length / 3))).join(" "), SHINGLE_WORDS);
  if (set.size < MIN_SHINGLES) return { shingles: set, lead, bands: [] };
  return { shingles: set, lead, bands: bandKeys(signature(set)) };
}

/** Fingerprints of recently compared reports, keyed by id and text hash: a batch of similar reports compares
 * each new one with the same few dozen candidates, which need not be re-shingled every time. */
const recent = new Map<string, Fingerprint>();
const RECENT_LIMIT = 2_000;

export function fingerprintOf(key: string, text: string): Fingerprint {
  const hit = recent.get(key);
  if (hit) {
    recent.delete(key);
    recent.set(key, hit); // most recently used last
    return hit;
  }
  const fp = fingerprint(text);
  recent.set(key, fp);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
  return fp;
}

function shareIn(part: Set<number>, whole: Set<number>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const s of part) if (whole.has(s)) shared++;
  return shared / part.size;
}

/**
 * The similarity of two reports (containment of the shorter in the longer), or null when they are not copies:
 * at least STRONG_THRESHOLD shared, or COPY_THRESHOLD shared with the shorter one's opening found in the other.
 */
export function copySimilarity(a: Fingerprint, b: Fingerprint): number | null {
  if (a.shingles.size < MIN_SHINGLES || b.shingles.size < MIN_SHINGLES) return null;
  const { containment } = overlap(a.shingles, b.shingles);
  if (containment < COPY_THRESHOLD) return null;
  const [small, large] = a.shingles.size <= b.shingles.size ? [a, b] : [b, a];
  if (containment < STRONG_THRESHOLD && shareIn(small.lead, large.shingles) < LEAD_THRESHOLD) return null;
  return Math.round(containment * 1000) / 1000;
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
