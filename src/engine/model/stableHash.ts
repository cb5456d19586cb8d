/**
 * Small deterministic hashes for names and addresses. They only need to be stable across
 * runs, browsers and Node (a permalink must reproduce the same pods and IPs), not
 * cryptographic. This is NOT the XXH64 Envoy uses for load balancing: that lives in route/.
 */

/** FNV-1a over UTF-16 code units, then murmur3's fmix32 so nearby names spread out. */
export function stableHash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Kubernetes' alphabet for generated name parts (k8s.io/apimachinery rand.SafeEncodeString):
 * no vowels, so no accidental words, and no look-alikes (0/o, 1/l, 3/e).
 */
export const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

/** `n` characters of SAFE_ALPHABET derived from `seed` (mulberry32 stream seeded by its hash). */
export function stableChars(seed: string, n: number): string {
  let state = stableHash32(seed);
  let out = '';
  for (let i = 0; i < n; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    out += SAFE_ALPHABET[Math.floor(r * SAFE_ALPHABET.length)];
  }
  return out;
}
