import { describe, expect, it } from 'vitest';
import type { HttpRequest } from '../model/request.ts';
import { parseCurl } from './parseCurl.ts';

function req(line: string): HttpRequest {
  const r = parseCurl(line);
  if (!r.ok) throw new Error(`${line}: ${r.error}`);
  return r.request;
}

function err(line: string): { error: string; column: number } {
  const r = parseCurl(line);
  if (r.ok) throw new Error(`expected an error for ${line}`);
  return r;
}

describe("Traffic kind: the seed's curl line", () => {
  it("curl -H 'foo: bar' http://httpping-without-sidecar.infra-jinsu-lab:8080/ping", () => {
    expect(req("curl -H 'foo: bar' http://httpping-without-sidecar.infra-jinsu-lab:8080/ping")).toEqual({
      method: 'GET',
      scheme: 'http',
      authority: 'httpping-without-sidecar.infra-jinsu-lab:8080',
      host: 'httpping-without-sidecar.infra-jinsu-lab',
      port: 8080,
      path: '/ping',
      query: '',
      headers: { foo: ['bar'] },
      cookies: {},
    });
  });

  it('the leading curl word is optional', () => {
    expect(req("-H 'foo: bar' http://httpping-without-sidecar.infra-jinsu-lab:8080/ping")).toEqual(
      req("curl -H 'foo: bar' http://httpping-without-sidecar.infra-jinsu-lab:8080/ping"),
    );
    expect(req('http://a:8080/').authority).toBe('a:8080');
  });

  it('accepts a kubectl exec ... -- curl prefix as copied from the Istio docs', () => {
    expect(req('kubectl exec sleep-abc -c sleep -- curl -sS http://reviews:9080/reviews/0').path).toBe('/reviews/0');
  });
});

describe('rule 2: URL, Host header and port', () => {
  it('defaults the scheme to http and the port to 80 / 443', () => {
    expect(req('curl reviews')).toMatchObject({ scheme: 'http', host: 'reviews', port: 80, authority: 'reviews', path: '/' });
    expect(req('curl https://reviews')).toMatchObject({ scheme: 'https', port: 443, authority: 'reviews' });
  });

  it('sends the port in Host only when it is not the default (as curl does)', () => {
    expect(req('curl http://reviews:80/').authority).toBe('reviews');
    expect(req('curl https://reviews:443/').authority).toBe('reviews');
    expect(req('curl https://reviews:80/').authority).toBe('reviews:80');
    expect(req('curl http://reviews.prod:9080/').authority).toBe('reviews.prod:9080');
  });

  it('a Host header overrides the authority but not the destination host and port', () => {
    const r = req("curl -H 'Host: www.example.com' http://10.96.0.12:8080/x");
    expect(r).toMatchObject({ authority: 'www.example.com', host: '10.96.0.12', port: 8080 });
    expect(r.headers).toEqual({});
    expect(req("curl -H 'host:reviews:9080' http://1.2.3.4/").authority).toBe('reviews:9080');
  });

  it('rejects two Host headers and an empty one', () => {
    expect(err("curl -H 'Host: a' -H 'Host: b' http://x/").error).toContain('second Host header');
    expect(err("curl -H 'Host:' http://x/").error).toContain('removes the Host header');
  });

  it('keeps the query raw, drops the fragment, and squashes dot segments like curl', () => {
    expect(req("curl 'http://a/p?x=%20y&z#frag'")).toMatchObject({ path: '/p', query: 'x=%20y&z' });
    expect(req('curl http://a?x=1')).toMatchObject({ path: '/', query: 'x=1' });
    expect(req('curl http://a/b/../c/./d')).toMatchObject({ path: '/c/d' });
    expect(req('curl --path-as-is http://a/b/../c')).toMatchObject({ path: '/b/../c' });
  });

  it('accepts IPv6 hosts in brackets', () => {
    expect(req('curl http://[fd00::1]:8080/')).toMatchObject({ host: 'fd00::1', port: 8080, authority: '[fd00::1]:8080' });
  });

  it('turns credentials in the URL into Basic authorization', () => {
    const r = req('curl http://alice:s3cret@a/');
    expect(r.host).toBe('a');
    expect(r.headers.authorization).toEqual(['Basic YWxpY2U6czNjcmV0']);
  });

  it('reports bad URLs with the column of the problem', () => {
    expect(err('curl ftp://a/')).toMatchObject({ column: 6 });
    expect(err('curl ftp://a/').error).toContain("scheme 'ftp'");
    expect(err('curl http://a:99999/').error).toContain("port '99999'");
    expect(err('curl http://a:99999/').column).toBe(15);
    expect(err('curl http:///x').error).toContain('no host');
    expect(err("curl 'http://a/[1-3]'")).toMatchObject({ column: 16 });
    expect(req("curl -g 'http://a/[1-3]'").path).toBe('/[1-3]');
  });

  it('needs exactly one URL', () => {
    expect(err('curl -s')).toMatchObject({ error: 'no URL given: add one, e.g. http://reviews:9080/ (at column 8)', column: 8 });
    expect(err('curl http://a/ http://b/')).toMatchObject({ column: 16 });
    expect(req('curl --url http://b/x').path).toBe('/x');
    expect(req('curl -s -- http://b/y').path).toBe('/y');
    expect(err('curl - http://b/').error).toBe("'-' at column 6 is not a URL");
  });
});

describe('Traffic kind: -H/--header', () => {
  it('is repeatable, lower-cases names and keeps every value in order', () => {
    const r = req("curl -H 'End-User: jason' --header 'X-A: 1' -H 'x-a: 2' http://a/");
    expect(r.headers).toEqual({ 'end-user': ['jason'], 'x-a': ['1', '2'] });
  });

  it('trims the value and accepts attached arguments', () => {
    expect(req("curl -H'foo:   bar  ' http://a/").headers).toEqual({ foo: ['bar'] });
  });

  it("'Name;' sends an empty value and 'Name:' sends nothing (curl's conventions)", () => {
    expect(req("curl -H 'x-empty;' http://a/").headers).toEqual({ 'x-empty': [''] });
    expect(req("curl -H 'x-gone:' http://a/").headers).toEqual({});
  });

  it('rejects a header without a colon, a bad name, and @file', () => {
    expect(err("curl -H 'foo' http://a/")).toMatchObject({ column: 9 });
    expect(err("curl -H 'foo' http://a/").error).toContain("has no ':'");
    expect(err("curl -H 'a b: c' http://a/").error).toContain('not a valid header name');
    expect(err('curl -H @headers.txt http://a/').error).toContain('file');
  });

  it('a Cookie header also fills cookies (first occurrence wins, quotes removed, as Envoy parses them)', () => {
    const r = req(`curl -H 'Cookie: user=jason; theme="dark"' -H 'cookie: user=bob; x=1' http://a/`);
    expect(r.headers.cookie).toEqual(['user=jason; theme="dark"', 'user=bob; x=1']);
    expect(r.cookies).toEqual({ user: 'jason', theme: 'dark', x: '1' });
  });

  it('is safe for header names like __proto__', () => {
    const r = req("curl -H '__proto__: x' http://a/");
    expect(Object.keys(r.headers)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(r.headers)).toBe(Object.prototype);
  });
});

describe('Traffic kind: -X, -d, -I, -G and the request method', () => {
  it('-X/--request sets the method', () => {
    expect(req('curl -X DELETE http://a/').method).toBe('DELETE');
    expect(req('curl --request PATCH http://a/').method).toBe('PATCH');
    expect(req('curl -XPUT http://a/').method).toBe('PUT');
    expect(err("curl -X 'GET /' http://a/").error).toContain('HTTP method');
  });

  it('-d/--data/--data-raw imply POST with a form content-type, unless -X says otherwise', () => {
    for (const flag of ['-d', '--data', '--data-raw', '--data-binary']) {
      const r = req(`curl ${flag} 'a=1' http://a/`);
      expect(r.method).toBe('POST');
      expect(r.headers['content-type']).toEqual(['application/x-www-form-urlencoded']);
      expect(r.query).toBe('');
    }
    expect(req('curl -X PUT -d a=1 http://a/').method).toBe('PUT');
    expect(req("curl -d a=1 -H 'Content-Type: text/plain' http://a/").headers['content-type']).toEqual(['text/plain']);
    expect(req("curl -d a=1 -H 'Content-Type:' http://a/").headers).toEqual({});
  });

  it('--json sets POST and JSON content-type and accept headers', () => {
    const r = req(`curl --json '{"a":1}' http://a/`);
    expect(r.method).toBe('POST');
    expect(r.headers).toEqual({ 'content-type': ['application/json'], accept: ['application/json'] });
  });

  it('-I/--head sends HEAD', () => {
    expect(req('curl -I http://a/').method).toBe('HEAD');
    expect(req('curl --head http://a/').method).toBe('HEAD');
    expect(err('curl -I -d x http://a/')).toMatchObject({ column: 6 });
  });

  it('-G moves -d data into the query (joined with &) and keeps GET', () => {
    const r = req("curl -G -d 'a=1' --data-urlencode 'q=hello world!' 'http://a/s?z=0'");
    expect(r.method).toBe('GET');
    expect(r.query).toBe('z=0&a=1&q=hello%20world%21');
    expect(r.headers).toEqual({});
    expect(req('curl --get -d a=1 http://a/').query).toBe('a=1');
    expect(err('curl -G -d @body.txt http://a/').error).toContain('file');
  });

  it('-T uploads with PUT; -F posts a form', () => {
    expect(req('curl -T file.txt http://a/').method).toBe('PUT');
    expect(req("curl -F 'f=@x.png' http://a/").method).toBe('POST');
  });
});

describe('Traffic kind: -b/--cookie', () => {
  it('parses name=value pairs into cookies and sends them as one Cookie header', () => {
    const r = req("curl -b 'a=1; b=2' http://a/");
    expect(r.cookies).toEqual({ a: '1', b: '2' });
    expect(r.headers.cookie).toEqual(['a=1; b=2']);
  });

  it('joins several -b with ;', () => {
    const r = req('curl -b a=1 --cookie b=2 http://a/');
    expect(r.headers.cookie).toEqual(['a=1;b=2']);
    expect(r.cookies).toEqual({ a: '1', b: '2' });
  });

  it('is dropped when -H sets a Cookie header, as curl does', () => {
    expect(req("curl -b a=1 -H 'Cookie: c=3' http://a/").cookies).toEqual({ c: '3' });
  });

  it('rejects a cookie file name', () => {
    expect(err('curl -b cookies.txt http://a/')).toMatchObject({ column: 9 });
  });
});

describe('Traffic kind: other request-shaping flags', () => {
  it('-A, -e, -u and -r add their headers unless -H already did', () => {
    const r = req("curl -A 'my-agent/1' -e http://ref/ -u bob:pw -r 0-99 http://a/");
    expect(r.headers).toEqual({
      'user-agent': ['my-agent/1'],
      referer: ['http://ref/'],
      authorization: ['Basic Ym9iOnB3'],
      range: ['bytes=0-99'],
    });
    expect(req("curl -A x -H 'User-Agent: y' http://a/").headers['user-agent']).toEqual(['y']);
    expect(err('curl -u bob http://a/').error).toContain('no password');
  });

  it("does not invent curl's default User-Agent and Accept headers", () => {
    expect(req('curl http://a/').headers).toEqual({});
  });
});

describe('Traffic kind: flags that do not change routing are accepted and ignored', () => {
  it('boolean flags, alone or combined', () => {
    const base = req('curl http://a/x');
    for (const line of [
      'curl -s -S -v -i -k -L http://a/x',
      'curl -sS http://a/x',
      'curl -sSLkvi http://a/x',
      'curl --silent --show-error --verbose --include --insecure --location --fail --compressed http://a/x',
      'curl --no-progress-meter --no-keepalive --http1.1 --http2 http://a/x',
    ]) {
      expect(req(line)).toEqual(base);
    }
  });

  it('flags with a value: -o FILE, -w FMT, --max-time N, --connect-timeout N', () => {
    expect(req("curl -o /dev/null -w '%{http_code}\\n' --max-time 5 --connect-timeout 1.5 -m 3 http://a/x")).toEqual(
      req('curl http://a/x'),
    );
    expect(req('curl -so/dev/null http://a/x')).toEqual(req('curl http://a/x'));
    expect(req('curl -sSo /dev/null http://a/x')).toEqual(req('curl http://a/x'));
  });

  it('checks that numeric values are numbers', () => {
    expect(err('curl --max-time soon http://a/')).toMatchObject({ column: 17 });
    expect(err('curl --max-time soon http://a/').error).toContain("expects a number, not 'soon'");
  });

  it('combined flags can end with one that takes the rest as its value', () => {
    const r = req("curl -sXPOST -sH'x: 1' http://a/");
    expect(r.method).toBe('POST');
    expect(r.headers).toEqual({ x: ['1'] });
  });
});

describe('Traffic kind: unknown and unsupported flags are one-sentence errors with a column', () => {
  it('unknown long flag', () => {
    expect(err('curl http://a/ --foo')).toMatchObject({ error: 'unknown curl flag --foo at column 16', column: 16 });
  });

  it('unknown short flag inside a group points at that letter', () => {
    expect(err('curl -sSz http://a/')).toMatchObject({ error: 'unknown curl flag -z at column 9', column: 9 });
  });

  it('--flag=value is not curl syntax', () => {
    expect(err('curl --header=x:1 http://a/').error).toBe('curl does not accept --header=VALUE (at column 6): write --header VALUE');
  });

  it('a flag missing its value', () => {
    expect(err('curl http://a/ -H')).toMatchObject({ error: '-H at column 16 needs a value', column: 16 });
  });

  it('known curl flags that would change where the request goes', () => {
    expect(err('curl -x http://proxy:3128 http://a/').error).toContain('not supported');
    expect(err('curl --resolve a:80:1.2.3.4 http://a/').error).toContain('-H "Host: ..."');
  });

  it('never throws, whatever the input', () => {
    for (const line of ['', '   ', 'curl', "'", '\\', 'curl -', 'curl --', 'curl http://', 'curl [', 'curl -H', '$']) {
      const r = parseCurl(line);
      expect(typeof r.ok).toBe('boolean');
      if (!r.ok) {
        expect(r.error.length).toBeGreaterThan(0);
        expect(r.column).toBeGreaterThanOrEqual(1);
      }
    }
  });
});
