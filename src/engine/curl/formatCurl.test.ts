import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../model/request.ts';
import { formatCurl, shellQuote } from './formatCurl.ts';
import { parseCurl } from './parseCurl.ts';
import { tokenizeShell } from './tokenize.ts';

const chars = (s: string) => fc.constantFrom(...Array.from(s));
const str = (alphabet: string, minLength: number, maxLength: number) => fc.string({ unit: chars(alphabet), minLength, maxLength });

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const TOKEN = `${LOWER}${DIGITS}-_.!#$%&'*+^\`|~`;
const PRINTABLE = ` ${LOWER}${LOWER.toUpperCase()}${DIGITS}!"#$%&'()*+,-./:;<=>?@[\\]^_\`{|}~\té日`;

const label = str(`${LOWER}${DIGITS}`, 1, 8);
const dnsHost = fc.array(label, { minLength: 1, maxLength: 4 }).map((ls) => ls.join('.'));
const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));
const host = fc.oneof({ weight: 4, arbitrary: dnsHost }, { weight: 2, arbitrary: ipv4 }, { weight: 1, arbitrary: fc.constantFrom('::1', 'fd00::a:1') });

const segment = fc.oneof(
  { weight: 8, arbitrary: str(`${LOWER}${DIGITS}-._~%!$&'()*+,;=:@[]{}"`, 0, 8) },
  { weight: 1, arbitrary: fc.constantFrom('.', '..') },
);
const path = fc.array(segment, { maxLength: 5 }).map((segs) => `/${segs.join('/')}`);
const query = fc.oneof(fc.constant(''), str(`${LOWER}${DIGITS}=&?%+-._~!$'()*,;:@/[]{}`, 1, 20));

const headerName = str(TOKEN, 1, 12).filter((n) => n !== 'host' && n !== 'cookie');
const headerValue = str(PRINTABLE, 0, 20).map((v) => v.trim());
const headerList = fc.uniqueArray(fc.tuple(headerName, fc.array(headerValue, { minLength: 1, maxLength: 3 })), {
  selector: ([n]) => n,
  maxLength: 5,
});

const cookiePair = fc.tuple(str(`${LOWER}${DIGITS}_`, 1, 6), str(`${LOWER}${DIGITS}_-`, 0, 6));
const cookieHeaders = fc.array(fc.array(cookiePair, { minLength: 1, maxLength: 3 }), { maxLength: 2 });

const method = fc.oneof(
  fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'),
  str('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1, 8),
);

function defineOwn<T>(obj: Record<string, T>, key: string, value: T) {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Requests in the canonical form parseCurl produces. */
const request: fc.Arbitrary<HttpRequest> = fc
  .record({
    method,
    scheme: fc.constantFrom('http' as const, 'https' as const),
    host,
    port: fc.integer({ min: 1, max: 65535 }),
    hostOverride: fc.option(fc.tuple(dnsHost, fc.option(fc.integer({ min: 1, max: 65535 }))), { nil: undefined }),
    path,
    query,
    headers: headerList,
    cookies: cookieHeaders,
  })
  .map((g) => {
    const headers: Record<string, string[]> = {};
    for (const [n, vs] of g.headers) defineOwn(headers, n, vs);
    const cookies: Record<string, string> = {};
    if (g.cookies.length > 0) {
      headers.cookie = g.cookies.map((pairs) => pairs.map(([n, v]) => `${n}=${v}`).join('; '));
      for (const pairs of g.cookies) for (const [n, v] of pairs) if (!(n in cookies)) defineOwn(cookies, n, v);
    }
    const bracketed = g.host.includes(':') ? `[${g.host}]` : g.host;
    const defaultPort = g.scheme === 'https' ? 443 : 80;
    const authority = g.hostOverride
      ? g.hostOverride[1] === null
        ? g.hostOverride[0]
        : `${g.hostOverride[0]}:${g.hostOverride[1]}`
      : g.port === defaultPort
        ? bracketed
        : `${bracketed}:${g.port}`;
    return {
      method: g.method,
      scheme: g.scheme,
      authority,
      host: g.host,
      port: g.port,
      path: g.path,
      query: g.query,
      headers,
      cookies,
    };
  });

describe('Traffic kind: formatCurl writes a curl line that parseCurl reads back', () => {
  it('the seed line round-trips to itself', () => {
    const line = "curl -H 'foo: bar' http://httpping-without-sidecar.infra-jinsu-lab:8080/ping";
    const r = parseCurl(line);
    expect(r.ok && formatCurl(r.request)).toBe(line);
  });

  it('writes HEAD as -I, other methods as -X, and a Host header only when needed', () => {
    const base: HttpRequest = {
      method: 'HEAD',
      scheme: 'https',
      authority: 'reviews.prod:9080',
      host: '10.0.0.1',
      port: 443,
      path: '/a/../b',
      query: 'x=[1]',
      headers: { 'x-empty': [''], 'x-tab': ['a\tb'] },
      cookies: { a: '1' },
    };
    expect(formatCurl(base)).toBe(
      "curl -I -H 'x-empty;' -H $'x-tab: a\\x09b' -b a=1 -H 'Host: reviews.prod:9080' -g --path-as-is 'https://10.0.0.1/a/../b?x=[1]'",
    );
  });

  it('parseCurl(formatCurl(r)) equals r (property, 500 runs)', () => {
    fc.assert(
      fc.property(request, (r) => {
        const line = formatCurl(r);
        const back = parseCurl(line);
        if (!back.ok) throw new Error(`${line}\n-> ${back.error}`);
        expect(back.request).toEqual(r);
        expect(formatCurl(back.request)).toBe(line);
      }),
      { numRuns: 500 },
    );
  });

  it('shellQuote produces one shell word with the same text (property, 500 runs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (s) => {
        const t = tokenizeShell(shellQuote(s));
        expect(t.ok && t.tokens.map((x) => x.value)).toEqual([s]);
      }),
      { numRuns: 500 },
    );
  });

  it('parseCurl never throws on arbitrary input (property, 500 runs)', () => {
    const curlish = fc.array(
      fc.oneof(
        fc.constantFrom('curl', '-H', '-X', '-d', '-G', '-I', '-b', '-sS', '--url', 'http://a/', "'x: y'", '"', "'", '\\', '$x', '--', '-'),
        fc.string({ maxLength: 8 }),
      ),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(curlish, (parts) => {
        const r = parseCurl(parts.join(' '));
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.column).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });
});
