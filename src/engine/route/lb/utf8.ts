/**
 * UTF-8 byte semantics for strings, without TextEncoder (not in the ES2022 lib the engine is
 * typechecked against). Envoy hashes and sorts raw header bytes; HTTP values reach us as JS
 * strings, so we need their UTF-8 bytes and their byte order.
 */

/** UTF-8 bytes of `s`. A lone surrogate becomes U+FFFD, exactly as TextEncoder does. */
export function utf8Encode(s: string): Uint8Array {
  // Fast path: pure ASCII (every ip:port key and almost every header value) is one byte per unit.
  const n = s.length;
  let ascii = true;
  for (let i = 0; i < n; i++) {
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  const out = new Uint8Array(utf8Length(s));
  utf8EncodeInto(s, out, 0);
  return out;
}

/** Number of UTF-8 bytes `s` encodes to. */
export function utf8Length(s: string): number {
  let len = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) len += 1;
    else if (c < 0x800) len += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      len += 4;
      i++;
    } else len += 3; // BMP char, or a lone surrogate replaced by U+FFFD (3 bytes)
  }
  return len;
}

/**
 * Writes the UTF-8 bytes of `s` into `out` at `offset` and returns the offset after the last
 * byte. `out` must have room (see utf8Length); lets hot builders reuse one scratch buffer.
 */
export function utf8EncodeInto(s: string, out: Uint8Array, offset: number): number {
  let p = offset;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[p++] = c;
      continue;
    }
    if (c < 0x800) {
      out[p++] = 0xc0 | (c >> 6);
      out[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && isLow(next)) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        out[p++] = 0xf0 | (cp >> 18);
        out[p++] = 0x80 | ((cp >> 12) & 0x3f);
        out[p++] = 0x80 | ((cp >> 6) & 0x3f);
        out[p++] = 0x80 | (cp & 0x3f);
        i++;
        continue;
      }
      c = 0xfffd;
    }
    out[p++] = 0xe0 | (c >> 12);
    out[p++] = 0x80 | ((c >> 6) & 0x3f);
    out[p++] = 0x80 | (c & 0x3f);
  }
  return p;
}

/**
 * Compares two strings in the order of their UTF-8 bytes (what std::sort over
 * absl::string_view does in Envoy: unsigned byte-wise, shorter prefix first). UTF-8 byte order
 * equals code point order; JS `<` compares UTF-16 units, which differs only when a surrogate
 * meets a unit in U+E000..U+FFFF, so that one case is remapped.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      // Surrogates (supplementary code points) sort above U+E000..U+FFFF in code point order.
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length - b.length < 0 ? -1 : a.length === b.length ? 0 : 1;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
