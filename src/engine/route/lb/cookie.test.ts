import { describe, expect, it } from 'vitest';
import { cookieHashKey, generateCookieValue, makeSetCookieValue, parseCookieValue } from './cookie.ts';
import { u64ToHex } from './u64.ts';
import { xxh64 } from './xxh64.ts';

describe('parseCookieValue (Envoy forEachCookie/parseCookie)', () => {
  it('finds the first cookie with the exact name across Cookie lines', () => {
    expect(parseCookieValue(['a=1; b=2'], 'b')).toBe('2');
    expect(parseCookieValue(['a=1', 'b=3'], 'b')).toBe('3');
    expect(parseCookieValue(['b=; b=2'], 'b')).toBe(''); // first match wins, even empty
    expect(parseCookieValue(['B=1'], 'b')).toBe('');
    expect(parseCookieValue(['b; b=1'], 'b')).toBe('1'); // a piece without '=' is skipped
    expect(parseCookieValue(['b =1'], 'b')).toBe(''); // the name is not right-trimmed
    expect(parseCookieValue(['a=1;   b=2'], 'b')).toBe('2'); // leading spaces are skipped
  });

  it('keeps trailing spaces and strips one pair of quotes', () => {
    expect(parseCookieValue(['b=2 '], 'b')).toBe('2 ');
    expect(parseCookieValue(['b="x y"'], 'b')).toBe('x y');
    expect(parseCookieValue(['b=""'], 'b')).toBe('');
    expect(parseCookieValue(['b="'], 'b')).toBe('"');
    expect(parseCookieValue(['b=x=y'], 'b')).toBe('x=y');
  });
});

describe('generated cookies', () => {
  it('are the 16-hex-digit xxh64 of remote + local address', () => {
    const v = generateCookieValue('10.0.0.1:40000', '10.96.0.10:8080');
    expect(v).toMatch(/^[0-9a-f]{16}$/);
    expect(v).toBe(u64ToHex(xxh64('10.0.0.1:4000010.96.0.10:8080')));
    expect(u64ToHex(1n)).toBe('0000000000000001');
  });

  it('cookieHashKey uses a present cookie, else generates one only with a ttl', () => {
    expect(cookieHashKey(['user=alice'], 'user', '/', 10)).toEqual({ hash: xxh64('alice'), value: 'alice', generated: false });
    const conn = { remoteAddress: '10.0.0.1:40000', localAddress: '10.96.0.10:8080' };
    expect(cookieHashKey([], 'user', '/', undefined, conn)).toBeUndefined();
    expect(cookieHashKey(['user='], 'user', '/', undefined, conn)).toBeUndefined();
    const made = cookieHashKey([], 'user', '/', 10, conn)!;
    const value = generateCookieValue(conn.remoteAddress, conn.localAddress);
    expect(made).toEqual({
      hash: xxh64(value), value, generated: true, setCookie: `user="${value}"; Max-Age=10; Path=/; HttpOnly`,
    });
  });

  it('makeSetCookieValue omits Max-Age for ttl 0 (session cookie) and Path when empty', () => {
    expect(makeSetCookieValue('c', 'v', '', 0)).toBe('c="v"; HttpOnly');
  });
});
