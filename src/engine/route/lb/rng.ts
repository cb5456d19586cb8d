/**
 * The simulator's only source of randomness: seeded, so the same seed reproduces the same run
 * (permalinks, `simulate --seed`). Envoy's own per-worker random() is unreproducible, so we
 * match its distributions, not its numbers.
 *
 * Generator: sfc32 (Chris Doty-Humphrey's Small Fast Counting PRNG, PractRand-clean, 32-bit
 * ops only so it is fast without BigInt), state seeded through splitmix32.
 */

export interface Rng {
  /** Uniform integer in [0, 2^32). */
  nextU32(): number;
  /** Uniform float in [0, 1), 32 bits of resolution. */
  nextFloat(): number;
  /**
   * Uniform integer in [0, n) for an integer 1 <= n <= 2^53. For n <= 2^16 one draw scaled by
   * multiplication (bias below n/2^32, i.e. < 2e-5 relative); above, 53 random bits with
   * rejection (exactly uniform).
   */
  nextInt(n: number): number;
  /** Uniform integer in [0, 2^53): the simulator's stand-in for Envoy's uint64 random(). */
  nextU53(): number;
  /**
   * An independent stream named by `label`. A pure function of this generator's seed lineage
   * and the label, not of how many numbers were drawn: fork('a') twice gives the same stream,
   * so adding draws to one stream never shifts another.
   */
  fork(label: string | number): Rng;
}

const TWO32 = 4294967296;
const INV_TWO32 = 1 / TWO32;
const TWO53 = 9007199254740992;

export function createRng(seed: number): Rng {
  return new Sfc32(foldSeed(seed));
}

class Sfc32 implements Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(private readonly lineage: number) {
    // splitmix32 spreads any 32-bit key (0 included) over the 96 bits of a, b, c.
    let s = lineage;
    s = (s + 0x9e3779b9) | 0;
    this.a = mix32(s);
    s = (s + 0x9e3779b9) | 0;
    this.b = mix32(s);
    s = (s + 0x9e3779b9) | 0;
    this.c = mix32(s);
    this.d = 1;
    // Warm up, as the generator's author recommends, so nearby seeds decorrelate.
    for (let i = 0; i < 12; i++) this.nextU32();
  }

  nextU32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  nextFloat(): number {
    return this.nextU32() * INV_TWO32;
  }

  nextInt(n: number): number {
    if (n <= 65536) {
      // u32 * n < 2^48 is exact, so the floor is exact and always < n.
      return Math.floor(this.nextU32() * n * INV_TWO32);
    }
    // Largest multiple of n not above 2^53; draws at or beyond it are rejected (p < 1/2).
    const limit = TWO53 - (TWO53 % n);
    for (;;) {
      const x = this.nextU53();
      if (x < limit) return x % n;
    }
  }

  nextU53(): number {
    const hi = this.nextU32() >>> 11; // 21 bits
    return hi * TWO32 + this.nextU32();
  }

  fork(label: string | number): Rng {
    return new Sfc32(mix32(this.lineage ^ labelHash(label)));
  }
}

/** splitmix32's output function (a 32-bit finalizer with full avalanche). */
function mix32(x: number): number {
  let t = x ^ (x >>> 16);
  t = Math.imul(t, 0x21f0aaad);
  t ^= t >>> 15;
  t = Math.imul(t, 0x735a2d97);
  return (t ^ (t >>> 15)) >>> 0;
}

/** Any number to a 32-bit key; integers beyond 32 bits keep their high bits in the mix. */
function foldSeed(seed: number): number {
  if (!Number.isFinite(seed)) return 0;
  const n = Math.trunc(seed);
  const lo = n >>> 0;
  const hi = Math.floor(n / TWO32) >>> 0;
  return hi === 0 ? lo : (lo ^ mix32(hi)) >>> 0;
}

/** FNV-1a over UTF-16 units for strings; numbers are tagged so fork(1) differs from fork('1'). */
function labelHash(label: string | number): number {
  if (typeof label === 'number') return mix32((foldSeed(label) ^ 0x5bd1e995) >>> 0);
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
