/** A URL as curl splits it for an HTTP request. */
export interface CurlUrl {
  scheme: 'http' | 'https';
  /** Host without port; IPv6 without brackets. */
  host: string;
  port: number;
  /** Path without query, starting with '/'. */
  path: string;
  /** Raw query without '?', '' when none. */
  query: string;
  /** `user:password` from the URL, decoded by the caller if needed; undefined when absent. */
  userinfo?: string;
}

export type ParseUrlResult = { ok: true; url: CurlUrl } | { ok: false; error: string; offset: number };

export interface ParseUrlOptions {
  /** -g/--globoff: [] and {} are literal instead of curl's URL globbing. */
  globoff?: boolean;
  /** --path-as-is: keep /./ and /../ segments (curl squashes them by default). */
  pathAsIs?: boolean;
}

export function defaultPort(scheme: 'http' | 'https'): number {
  return scheme === 'https' ? 443 : 80;
}

/** The Host header curl sends: the host, plus ':port' unless it is the scheme's default. */
export function defaultAuthority(scheme: 'http' | 'https', host: string, port: number): string {
  const h = host.includes(':') ? `[${host}]` : host;
  return port === defaultPort(scheme) ? h : `${h}:${port}`;
}

/**
 * Parses a curl URL argument. A missing scheme means http (curl's guess for hosts that do not
 * start with ftp. etc.); the fragment is dropped (curl never sends it); the query is kept raw.
 * Errors carry the 0-based offset inside `raw` of the offending part.
 */
export function parseCurlUrl(raw: string, options: ParseUrlOptions = {}): ParseUrlResult {
  const fail = (error: string, offset = 0): ParseUrlResult => ({ ok: false, error, offset });
  if (raw === '') return fail('the URL is empty');
  const ws = raw.search(/\s/);
  if (ws >= 0) return fail(`the URL contains whitespace (encode a space as %20)`, ws);

  let rest = raw;
  let offset = 0;
  let scheme: 'http' | 'https' = 'http';
  const sm = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(raw);
  if (sm) {
    const s = sm[1].toLowerCase();
    if (s !== 'http' && s !== 'https') return fail(`the URL scheme '${sm[1]}' is not supported: use http:// or https://`);
    scheme = s;
    rest = raw.slice(sm[0].length);
    offset = sm[0].length;
  } else if (/^[A-Za-z][A-Za-z0-9+.-]*:\/(?!\/)/.test(raw)) {
    return fail(`the URL '${raw}' is malformed: write scheme://host/path`);
  }

  let authEnd = rest.length;
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (c === '/' || c === '?' || c === '#') {
      authEnd = i;
      break;
    }
  }
  let authority = rest.slice(0, authEnd);
  let tail = rest.slice(authEnd);
  let userinfo: string | undefined;
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    userinfo = authority.slice(0, at);
    authority = authority.slice(at + 1);
    offset += at + 1;
  }

  let host: string;
  let portText: string | undefined;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    if (close < 0) return fail(`the IPv6 address in the URL has no closing ']'`, offset);
    host = authority.slice(1, close);
    const after = authority.slice(close + 1);
    if (after !== '') {
      if (!after.startsWith(':')) return fail(`unexpected '${after}' after the IPv6 address in the URL`, offset + close + 1);
      portText = after.slice(1);
    }
    if (!/^[0-9A-Fa-f:.]+(%[A-Za-z0-9._~-]+)?$/.test(host)) return fail(`'${host}' is not an IPv6 address`, offset + 1);
  } else {
    const colon = authority.indexOf(':');
    if (colon >= 0) {
      if (authority.indexOf(':', colon + 1) >= 0) {
        return fail(`the URL host '${authority}' has more than one ':' (put an IPv6 address in [brackets])`, offset);
      }
      host = authority.slice(0, colon);
      portText = authority.slice(colon + 1);
    } else host = authority;
    if (!options.globoff && /[[\]{}]/.test(host)) return globError(offset + host.search(/[[\]{}]/));
    const bad = host.search(/[^A-Za-z0-9._~%!$&'()*+,;=-]/);
    if (bad >= 0) return fail(`the URL host '${host}' contains '${host[bad]}'`, offset + bad);
  }
  if (host === '') return fail(`the URL '${raw}' has no host`, offset);

  let port = defaultPort(scheme);
  if (portText !== undefined && portText !== '') {
    if (!/^[0-9]{1,5}$/.test(portText) || Number(portText) < 1 || Number(portText) > 65535) {
      return fail(`the URL port '${portText}' is not a number from 1 to 65535`, offset + authority.length - portText.length);
    }
    port = Number(portText);
  }

  const tailOffset = offset + authority.length;
  const hash = tail.indexOf('#');
  if (hash >= 0) tail = tail.slice(0, hash);
  if (!options.globoff) {
    const g = tail.search(/[[\]{}]/);
    if (g >= 0) return globError(tailOffset + g);
  }
  const q = tail.indexOf('?');
  let path = q >= 0 ? tail.slice(0, q) : tail;
  const query = q >= 0 ? tail.slice(q + 1) : '';
  if (path === '') path = '/';
  if (!options.pathAsIs) path = removeDotSegments(path);

  return { ok: true, url: { scheme, host, port, path, query, userinfo } };
}

function globError(offset: number): ParseUrlResult {
  return {
    ok: false,
    error: 'the URL uses curl globbing ([...] or {...}), which sends several requests: add -g/--globoff to send the characters literally',
    offset: Math.max(0, offset),
  };
}

/** RFC 3986 section 5.2.4, as curl applies it to the path unless --path-as-is is given. */
export function removeDotSegments(path: string): string {
  if (!path.includes('.')) return path;
  let input = path;
  const out: string[] = [];
  while (input.length > 0) {
    if (input.startsWith('../')) input = input.slice(3);
    else if (input.startsWith('./')) input = input.slice(2);
    else if (input.startsWith('/./')) input = input.slice(2);
    else if (input === '/.') input = '/';
    else if (input.startsWith('/../')) {
      input = input.slice(3);
      out.pop();
    } else if (input === '/..') {
      input = '/';
      out.pop();
    } else if (input === '.' || input === '..') input = '';
    else {
      const next = input.indexOf('/', input.startsWith('/') ? 1 : 0);
      const seg = next < 0 ? input : input.slice(0, next);
      out.push(seg);
      input = input.slice(seg.length);
    }
  }
  const result = out.join('');
  return result.startsWith('/') ? result : `/${result}`;
}

/** True when removeDotSegments would change the path (formatCurl then adds --path-as-is). */
export function hasDotSegments(path: string): boolean {
  return removeDotSegments(path) !== path;
}
