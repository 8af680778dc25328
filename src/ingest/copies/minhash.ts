// MinHash signatures and LSH band keys: find likely copies with a few indexed lookups instead of comparing every pair.

export const NUM_HASHES = 120;
export const ROWS_PER_BAND = 3;

// Fixed seeds (from a small deterministic generator) so signatures agree across processes and releases.
const SEEDS: Uint32Array = (() => {
  const seeds = new Uint32Array(NUM_HASHES);
  let state = 0x9e3779b9;
  for (let i = 0; i < NUM_HASHES; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    seeds[i] = state;
  }
  return seeds;
})();

/** murmur3's finaliser: a good 32-bit mixer, so each seed gives an independent-looking permutation. */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export function signature(shingles: Iterable<number>): Uint32Array {
  const sig = new Uint32Array(NUM_HASHES).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < NUM_HASHES; i++) {
      const h = mix(s ^ SEEDS[i]!);
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/**
 * Band keys: two texts whose Jaccard similarity is J share at least one key with probability
 * 1 - (1 - J^3)^40 (0.94 at J = 0.4, 0.9997 at J = 0.6), and rarely below J = 0.15.
 */
export function bandKeys(sig: Uint32Array, rows = ROWS_PER_BAND): string[] {
  const keys: string[] = [];
  for (let band = 0; band * rows + rows <= sig.length; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < rows; r++) h = mix(h ^ sig[band * rows + r]!) ;
    keys.push(`${band}:${h.toString(36)}`);
  }
  return keys;
}
