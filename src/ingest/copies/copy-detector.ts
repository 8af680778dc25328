// Syndicated-copy detection: fingerprints a report, verifies candidates exactly, and says which of a pair is the copy.
import { bandKeys, signature } from "./minhash.ts";
import { SHINGLE_WORDS, sortedShingles, words } from "./shingles.ts";

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

/**
 * What copy detection compares. Shingle sets are sorted arrays without repeats: compact, compared by a merge, and
 * cheap to pass from an extraction worker to the writer thread (structured clone copies a typed array in one go).
 */
export interface Fingerprint {
  shingles: Uint32Array;
  /** Shingles of the opening words. */
  lead: Uint32Array;
  /** LSH band keys to index and look candidates up by; empty for texts too short to judge. */
  bands: string[];
}

export function fingerprint(text: string): Fingerprint {
  const all = words(text);
  const set = sortedShingles(all);
  const lead = sortedShingles(all.slice(0, Math.min(LEAD_WORDS, Math.ceil(all.length / 3))), SHINGLE_WORDS);
  if (set.length < MIN_SHINGLES) return { shingles: set, lead, bands: [] };
  return { shingles: set, lead, bands: bandKeys(signature(set)) };
}

/** Fingerprints of recently compared reports, keyed by id and text hash: a batch of similar reports compares
 * each new one with the same few dozen candidates, which need not be re-shingled every time. */
const recent = new Map<string, Fingerprint>();
const RECENT_LIMIT = 2_000;

/** The fingerprint remembered under key, or undefined (then the caller reads the text and calls fingerprintOf). */
export function recentFingerprint(key: string): Fingerprint | undefined {
  const hit = recent.get(key);
  if (hit) {
    recent.delete(key);
    recent.set(key, hit); // most recently used last
  }
  return hit;
}

/** Remembers a fingerprint already made (a report just stored is the likeliest candidate of the next ones). */
export function rememberFingerprint(key: string, fp: Fingerprint): void {
  recent.delete(key);
  recent.set(key, fp);
  if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value!);
}

export function fingerprintOf(key: string, text: string): Fingerprint {
  const hit = recentFingerprint(key);
  if (hit) return hit;
  const fp = fingerprint(text);
  rememberFingerprint(key, fp);
  return fp;
}

/** How many values two sorted arrays without repeats have in common (a merge: no hashing, no allocation). */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0, j = 0, shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!, y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function shareIn(part: Uint32Array, whole: Uint32Array): number {
  return part.length === 0 ? 0 : sharedCount(part, whole) / part.length;
}

/**
 * The similarity of two reports (containment of the shorter in the longer), or null when they are not copies:
 * at least STRONG_THRESHOLD shared, or COPY_THRESHOLD shared with the shorter one's opening found in the other.
 */
export function copySimilarity(a: Fingerprint, b: Fingerprint): number | null {
  if (a.shingles.length < MIN_SHINGLES || b.shingles.length < MIN_SHINGLES) return null;
  const [small, large] = a.shingles.length <= b.shingles.length ? [a, b] : [b, a];
  const containment = sharedCount(small.shingles, large.shingles) / small.shingles.length;
  if (containment < COPY_THRESHOLD) return null;
  if (containment < STRONG_THRESHOLD && shareIn(small.lead, large.shingles) < LEAD_THRESHOLD) return null;
  return Math.round(containment * 1000) / 1000;
}

export interface Dated {
  id: string;
  /** The day (YYYY-MM-DD) it was published. */
  published: string | null;
  outlet?: string | null;
  agency?: string | null;
  /** When it was published to the minute or second (ISO), where known. */
  time?: string | null;
}

/** A report an agency published itself (its outlet is its agency): the wire story others reprint. */
function isWire(r: Dated): boolean {
  const norm = (s: string | null | undefined) => (s ?? "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
  return Boolean(norm(r.agency)) && norm(r.agency) === norm(r.outlet);
}

/**
 * Orders a pair: the report published later (an undated one counts as later) is the copy of the other. On the same
 * day the original is the agency's own wire story (its outlet is its agency), then the one with the earlier known
 * time, then the one stored or read first (`first`, when the caller knows it), then the smaller id.
 */
export function copyDirection<T extends Dated>(a: T, b: T, first: "a" | "b" | null = null): { copy: T; original: T } {
  const aLater = ((): boolean => {
    const [da, db] = [a.published ?? "\uffff", b.published ?? "\uffff"];
    if (da !== db) return da > db;
    if (isWire(a) !== isWire(b)) return isWire(b);
    const [ta, tb] = [a.time ? Date.parse(a.time) : NaN, b.time ? Date.parse(b.time) : NaN];
    if (!Number.isNaN(ta) && !Number.isNaN(tb) && ta !== tb) return ta > tb;
    if (first) return first === "b";
    return a.id > b.id;
  })();
  return aLater ? { copy: a, original: b } : { copy: b, original: a };
}
