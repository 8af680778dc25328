// Word 5-gram shingles of a text, hashed to 32-bit integers: the unit syndicated-copy detection compares.

export const SHINGLE_WORDS = 5;

/** Lower-cased words (letters and digits), so punctuation, spacing and case never hide a copy. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a over the UTF-16 code units: fast, stable across runs and processes. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The set of hashed word n-grams of a text (a text shorter than n words gives one shingle of all it has). */
export function shingles(text: string, n = SHINGLE_WORDS): Set<number> {
  const tokens = words(text);
  const out = new Set<number>();
  if (tokens.length === 0) return out;
  if (tokens.length < n) {
    out.add(hash32(tokens.join(" ")));
    return out;
  }
  for (let i = 0; i + n <= tokens.length; i++) out.add(hash32(tokens.slice(i, i + n).join(" ")));
  return out;
}

/** The shingles of a text's words as a sorted array without repeats (the form fingerprints keep). */
export function sortedShingles(tokens: string[], n = SHINGLE_WORDS): Uint32Array {
  const hashes = new Uint32Array(tokens.length < n ? Math.min(tokens.length, 1) : tokens.length - n + 1);
  if (tokens.length < n) {
    if (tokens.length) hashes[0] = hash32(tokens.join(" "));
    return hashes;
  }
  for (let i = 0; i + n <= tokens.length; i++) hashes[i] = hash32(tokens.slice(i, i + n).join(" "));
  hashes.sort();
  let kept = 0;
  for (let i = 0; i < hashes.length; i++) if (i === 0 || hashes[i] !== hashes[kept - 1]) hashes[kept++] = hashes[i]!;
  return hashes.slice(0, kept);
}

/** Jaccard (shared over union) and containment (shared over the smaller set). */
export function overlap(a: Set<number>, b: Set<number>): { jaccard: number; containment: number } {
  if (a.size === 0 || b.size === 0) return { jaccard: 0, containment: 0 };
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return { jaccard: shared / (a.size + b.size - shared), containment: shared / small.size };
}
