import { Inflate } from 'fflate';

/**
 * Inflates raw DEFLATE data but gives up as soon as the output passes `maxBytes`: input is
 * fed in small slices, and DEFLATE expands at most ~1032:1, so no slice can blow memory up
 * before the check runs (a "zip bomb" link costs at most maxBytes + ~1 MB).
 */
export function boundedInflate(data: Uint8Array, maxBytes: number): { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' | 'corrupt' } {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) tooLarge = true;
    else chunks.push(chunk);
  });
  const SLICE = 1024;
  try {
    for (let i = 0; i < data.length && !tooLarge; i += SLICE) {
      inflater.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  if (tooLarge) return { ok: false, reason: 'too-large' };
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return { ok: true, bytes: out };
}
