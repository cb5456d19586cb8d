/**
 * XXH64, the hash behind every consistent-hashing decision in Envoy: HashUtil::xxHash64 is
 * `XXH64(input.data(), input.size(), seed)` (envoyproxy/envoy source/common/common/hash.h).
 *
 * BigInt arithmetic would be simplest but allocates on every step; ring building hashes
 * thousands of keys, so the core works on unsigned 32-bit halves (hi, lo) and 16-bit limbs for
 * multiplication, with results in the module registers RH/RL (no allocation per step).
 * Algorithm: https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md (XXH64).
 */
import { utf8Encode } from './utf8.ts';

// The five 64-bit primes of the spec, as (hi, lo) 32-bit halves.
const P1H = 0x9e3779b1, P1L = 0x85ebca87;
const P2H = 0xc2b2ae3d, P2L = 0x27d4eb4f;
const P3H = 0x165667b1, P3L = 0x9e3779f9;
const P4H = 0x85ebca77, P4L = 0xc2b2ae63;
const P5H = 0x27d4eb2f, P5L = 0x165667c5;

const TWO32 = 4294967296;

// Result registers of the helpers below; read immediately after each call.
let RH = 0;
let RL = 0;

/** (ah,al) * (bh,bl) mod 2^64, via 16-bit limbs so every partial product is exact in a double. */
function mul(ah: number, al: number, bh: number, bl: number): void {
  const a48 = ah >>> 16, a32 = ah & 0xffff, a16 = al >>> 16, a00 = al & 0xffff;
  const b48 = bh >>> 16, b32 = bh & 0xffff, b16 = bl >>> 16, b00 = bl & 0xffff;
  let c00 = a00 * b00;
  let c16 = c00 >>> 16;
  c00 &= 0xffff;
  c16 += a16 * b00;
  let c32 = c16 >>> 16;
  c16 &= 0xffff;
  c16 += a00 * b16;
  c32 += c16 >>> 16;
  c16 &= 0xffff;
  c32 += a32 * b00;
  let c48 = c32 >>> 16;
  c32 &= 0xffff;
  c32 += a16 * b16;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c32 += a00 * b32;
  c48 += c32 >>> 16;
  c32 &= 0xffff;
  c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
  c48 &= 0xffff;
  RH = ((c48 << 16) | c32) >>> 0;
  RL = ((c16 << 16) | c00) >>> 0;
}

/** (ah,al) + (bh,bl) mod 2^64. */
function add(ah: number, al: number, bh: number, bl: number): void {
  const lo = al + bl;
  RL = lo >>> 0;
  RH = (ah + bh + (lo >= TWO32 ? 1 : 0)) >>> 0;
}

/** Rotate left by r, 0 < r < 32 (the spec only uses 1, 7, 11, 12, 18, 23, 27, 31). */
function rotl(h: number, l: number, r: number): void {
  RH = ((h << r) | (l >>> (32 - r))) >>> 0;
  RL = ((l << r) | (h >>> (32 - r))) >>> 0;
}

/** round(acc, input) = rotl(acc + input * P2, 31) * P1. */
function round(acch: number, accl: number, inh: number, inl: number): void {
  mul(inh, inl, P2H, P2L);
  add(acch, accl, RH, RL);
  rotl(RH, RL, 31);
  mul(RH, RL, P1H, P1L);
}

/** mergeRound(acc, val) = (acc ^ round(0, val)) * P1 + P4. */
function mergeRound(acch: number, accl: number, vh: number, vl: number): void {
  round(0, 0, vh, vl);
  mul((acch ^ RH) >>> 0, (accl ^ RL) >>> 0, P1H, P1L);
  add(RH, RL, P4H, P4L);
}

function u32le(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

/**
 * XXH64 of bytes[start, end) with the seed given as halves; writes the hash to out[0] (hi) and
 * out[1] (lo). The allocation-free core: builders keep one scratch buffer and one `out`.
 */
export function xxh64Into(
  bytes: Uint8Array, start: number, end: number, seedHi: number, seedLo: number, out: Uint32Array,
): void {
  const len = end - start;
  let p = start;
  let hh: number, hl: number;
  if (len >= 32) {
    add(seedHi, seedLo, P1H, P1L);
    add(RH, RL, P2H, P2L);
    let v1h = RH, v1l = RL;
    add(seedHi, seedLo, P2H, P2L);
    let v2h = RH, v2l = RL;
    let v3h = seedHi >>> 0, v3l = seedLo >>> 0;
    add(seedHi, seedLo, ~P1H >>> 0, ~P1L >>> 0); // seed - P1 = seed + ~P1 + 1
    add(RH, RL, 0, 1);
    let v4h = RH, v4l = RL;
    const limit = end - 32;
    while (p <= limit) {
      round(v1h, v1l, u32le(bytes, p + 4), u32le(bytes, p)); v1h = RH; v1l = RL;
      round(v2h, v2l, u32le(bytes, p + 12), u32le(bytes, p + 8)); v2h = RH; v2l = RL;
      round(v3h, v3l, u32le(bytes, p + 20), u32le(bytes, p + 16)); v3h = RH; v3l = RL;
      round(v4h, v4l, u32le(bytes, p + 28), u32le(bytes, p + 24)); v4h = RH; v4l = RL;
      p += 32;
    }
    rotl(v1h, v1l, 1); hh = RH; hl = RL;
    rotl(v2h, v2l, 7); add(hh, hl, RH, RL); hh = RH; hl = RL;
    rotl(v3h, v3l, 12); add(hh, hl, RH, RL); hh = RH; hl = RL;
    rotl(v4h, v4l, 18); add(hh, hl, RH, RL); hh = RH; hl = RL;
    mergeRound(hh, hl, v1h, v1l); hh = RH; hl = RL;
    mergeRound(hh, hl, v2h, v2l); hh = RH; hl = RL;
    mergeRound(hh, hl, v3h, v3l); hh = RH; hl = RL;
    mergeRound(hh, hl, v4h, v4l); hh = RH; hl = RL;
  } else {
    add(seedHi, seedLo, P5H, P5L);
    hh = RH; hl = RL;
  }
  // h += len (len < 2^53, split into halves).
  add(hh, hl, Math.floor(len / TWO32) >>> 0, len >>> 0);
  hh = RH; hl = RL;
  while (p + 8 <= end) {
    round(0, 0, u32le(bytes, p + 4), u32le(bytes, p));
    rotl((hh ^ RH) >>> 0, (hl ^ RL) >>> 0, 27);
    mul(RH, RL, P1H, P1L);
    add(RH, RL, P4H, P4L);
    hh = RH; hl = RL;
    p += 8;
  }
  if (p + 4 <= end) {
    mul(0, u32le(bytes, p), P1H, P1L);
    rotl(hh ^ RH, (hl ^ RL) >>> 0, 23);
    mul(RH, RL, P2H, P2L);
    add(RH, RL, P3H, P3L);
    hh = RH; hl = RL;
    p += 4;
  }
  while (p < end) {
    mul(0, bytes[p], P5H, P5L);
    rotl((hh ^ RH) >>> 0, (hl ^ RL) >>> 0, 11);
    mul(RH, RL, P1H, P1L);
    hh = RH; hl = RL;
    p++;
  }
  // Avalanche.
  hl = (hl ^ (hh >>> 1)) >>> 0; // h ^= h >> 33
  mul(hh, hl, P2H, P2L);
  hh = RH; hl = RL;
  hl = (hl ^ ((hl >>> 29) | (hh << 3))) >>> 0; // h ^= h >> 29
  hh = (hh ^ (hh >>> 29)) >>> 0;
  mul(hh, hl, P3H, P3L);
  hh = RH; hl = RL;
  out[0] = hh;
  out[1] = (hl ^ hh) >>> 0; // h ^= h >> 32
}

const scratchOut = new Uint32Array(2);

/** XXH64 of `data` (strings are UTF-8 encoded), seed default 0, as an unsigned 64-bit bigint. */
export function xxh64(data: Uint8Array | string, seed: bigint = 0n): bigint {
  const bytes = typeof data === 'string' ? utf8Encode(data) : data;
  const s = BigInt.asUintN(64, seed);
  xxh64Into(bytes, 0, bytes.length, Number(s >> 32n), Number(s & 0xffffffffn), scratchOut);
  return (BigInt(scratchOut[0]) << 32n) | BigInt(scratchOut[1]);
}
