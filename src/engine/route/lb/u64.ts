/**
 * Unsigned 64-bit values (Envoy's uint64_t hashes) moving between bigint, which the public API
 * uses because it is exact and readable, and (hi, lo) 32-bit halves, which hot paths use because
 * Uint32Array reads and number compares do not allocate.
 */

/** High 32 bits of h (taken mod 2^64). */
export function u64Hi(h: bigint): number {
  return Number(BigInt.asUintN(64, h) >> 32n);
}

/** Low 32 bits of h. */
export function u64Lo(h: bigint): number {
  return Number(BigInt.asUintN(32, h));
}

/** The bigint for halves (hi, lo). */
export function u64FromHalves(hi: number, lo: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/**
 * 16 lowercase hex digits, zero padded, most significant first: Envoy's Hex::uint64ToHex
 * (source/common/common/hex.cc), which names generated hash cookies.
 */
export function u64ToHex(h: bigint): string {
  return BigInt.asUintN(64, h).toString(16).padStart(16, '0');
}

/** (hi*2^32 + lo) mod m, exact for m <= 2^26 (every intermediate stays below 2^53). */
export function u64ModSmall(hi: number, lo: number, m: number): number {
  return ((hi % m) * (4294967296 % m) + lo) % m;
}
