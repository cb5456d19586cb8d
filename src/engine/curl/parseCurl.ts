import type { HttpRequest } from '../model/request.ts';
import { parseCookieHeaders, setOwn } from './cookies.ts';
import { columnAt, tokenizeShell, type ShellToken } from './tokenize.ts';
import { defaultAuthority, parseCurlUrl } from './url.ts';

export { formatCurl } from './formatCurl.ts';

export type ParseCurlResult = { ok: true; request: HttpRequest } | { ok: false; error: string; column: number };

type Kind =
  | 'header'
  | 'request'
  | 'cookie'
  | 'data'
  | 'data-raw'
  | 'data-urlencode'
  | 'json'
  | 'form'
  | 'upload'
  | 'head'
  | 'get'
  | 'url'
  | 'user-agent'
  | 'referer'
  | 'user'
  | 'range'
  | 'globoff'
  | 'path-as-is'
  /** Harmless for routing: accepted and ignored. */
  | 'ignore'
  | 'ignore-arg'
  | 'ignore-number'
  /** Known to curl, but it changes where or how the request goes in ways not simulated. */
  | 'unsupported';

interface Opt {
  long: string;
  short?: string;
  kind: Kind;
  arg: boolean;
  why?: string;
}

const OPTS: Opt[] = [
  { long: 'header', short: 'H', kind: 'header', arg: true },
  { long: 'request', short: 'X', kind: 'request', arg: true },
  { long: 'cookie', short: 'b', kind: 'cookie', arg: true },
  { long: 'data', short: 'd', kind: 'data', arg: true },
  { long: 'data-ascii', kind: 'data', arg: true },
  { long: 'data-binary', kind: 'data', arg: true },
  { long: 'data-raw', kind: 'data-raw', arg: true },
  { long: 'data-urlencode', kind: 'data-urlencode', arg: true },
  { long: 'json', kind: 'json', arg: true },
  { long: 'form', short: 'F', kind: 'form', arg: true },
  { long: 'form-string', kind: 'form', arg: true },
  { long: 'upload-file', short: 'T', kind: 'upload', arg: true },
  { long: 'head', short: 'I', kind: 'head', arg: false },
  { long: 'get', short: 'G', kind: 'get', arg: false },
  { long: 'url', kind: 'url', arg: true },
  { long: 'user-agent', short: 'A', kind: 'user-agent', arg: true },
  { long: 'referer', short: 'e', kind: 'referer', arg: true },
  { long: 'user', short: 'u', kind: 'user', arg: true },
  { long: 'range', short: 'r', kind: 'range', arg: true },
  { long: 'globoff', short: 'g', kind: 'globoff', arg: false },
  { long: 'path-as-is', kind: 'path-as-is', arg: false },
  // Output, diagnostics, TLS and transfer details: no effect on routing.
  ...[
    ['silent', 's'],
    ['show-error', 'S'],
    ['verbose', 'v'],
    ['include', 'i'],
    ['show-headers'],
    ['insecure', 'k'],
    ['location', 'L'],
    ['location-trusted'],
    ['fail', 'f'],
    ['fail-with-body'],
    ['fail-early'],
    ['compressed'],
    ['no-buffer', 'N'],
    ['progress-bar', '#'],
    ['no-progress-meter'],
    ['disable', 'q'],
    ['remote-name', 'O'],
    ['remote-name-all'],
    ['remote-header-name', 'J'],
    ['http1.0', '0'],
    ['http1.1'],
    ['http2'],
    ['http2-prior-knowledge'],
    ['http3'],
    ['http3-only'],
    ['ipv4', '4'],
    ['ipv6', '6'],
    ['tcp-nodelay'],
    ['tcp-fastopen'],
    ['no-keepalive'],
    ['keepalive'],
    ['junk-session-cookies', 'j'],
    ['remote-time', 'R'],
    ['raw'],
    ['tr-encoding'],
    ['no-sessionid'],
    ['styled-output'],
    ['netrc', 'n'],
    ['netrc-optional'],
    ['basic'],
    ['digest'],
    ['anyauth'],
    ['tlsv1', '1'],
    ['tlsv1.0'],
    ['tlsv1.1'],
    ['tlsv1.2'],
    ['tlsv1.3'],
    ['sslv2', '2'],
    ['sslv3', '3'],
    ['ssl'],
    ['ssl-reqd'],
    ['ssl-no-revoke'],
    ['ssl-allow-beast'],
    ['no-alpn'],
    ['no-npn'],
    ['create-dirs'],
    ['suppress-connect-headers'],
    ['retry-all-errors'],
    ['retry-connrefused'],
    ['no-clobber'],
    ['remove-on-error'],
  ].map(([long, short]): Opt => ({ long, short, kind: 'ignore', arg: false })),
  ...[
    ['output', 'o'],
    ['write-out', 'w'],
    ['dump-header', 'D'],
    ['stderr'],
    ['trace'],
    ['trace-ascii'],
    ['trace-config'],
    ['cookie-jar', 'c'],
    ['cacert'],
    ['capath'],
    ['cert', 'E'],
    ['key'],
    ['cert-type'],
    ['key-type'],
    ['pass'],
    ['ciphers'],
    ['tls13-ciphers'],
    ['limit-rate'],
    ['max-filesize'],
    ['output-dir'],
    ['interface'],
    ['local-port'],
    ['netrc-file'],
    ['pinnedpubkey'],
    ['crlfile'],
    ['proto'],
    ['proto-redir'],
  ].map(([long, short]): Opt => ({ long, short, kind: 'ignore-arg', arg: true })),
  ...[
    ['max-time', 'm'],
    ['connect-timeout'],
    ['retry'],
    ['retry-delay'],
    ['retry-max-time'],
    ['max-redirs'],
    ['expect100-timeout'],
    ['keepalive-time'],
    ['speed-time', 'y'],
    ['speed-limit', 'Y'],
    ['happy-eyeballs-timeout-ms'],
  ].map(([long, short]): Opt => ({ long, short, kind: 'ignore-number', arg: true })),
  { long: 'proxy', short: 'x', kind: 'unsupported', arg: true, why: 'proxies are not simulated' },
  { long: 'preproxy', kind: 'unsupported', arg: true, why: 'proxies are not simulated' },
  { long: 'socks5', kind: 'unsupported', arg: true, why: 'proxies are not simulated' },
  { long: 'socks5-hostname', kind: 'unsupported', arg: true, why: 'proxies are not simulated' },
  { long: 'resolve', kind: 'unsupported', arg: true, why: 'put the address in the URL and the name in -H "Host: ..." instead' },
  { long: 'connect-to', kind: 'unsupported', arg: true, why: 'put the address in the URL and the name in -H "Host: ..." instead' },
  { long: 'unix-socket', kind: 'unsupported', arg: true, why: 'only TCP requests are simulated' },
  { long: 'abstract-unix-socket', kind: 'unsupported', arg: true, why: 'only TCP requests are simulated' },
  { long: 'request-target', kind: 'unsupported', arg: true, why: 'put the path in the URL instead' },
  { long: 'proto-default', kind: 'unsupported', arg: true, why: 'write the scheme in the URL instead' },
  { long: 'config', short: 'K', kind: 'unsupported', arg: true, why: 'options cannot be read from a file' },
  { long: 'next', short: ':', kind: 'unsupported', arg: false, why: 'give one request per curl command' },
  { long: 'parallel', short: 'Z', kind: 'unsupported', arg: false, why: 'give one request per curl command' },
  { long: 'haproxy-protocol', kind: 'unsupported', arg: false, why: 'the PROXY protocol is not simulated' },
  { long: 'help', short: 'h', kind: 'unsupported', arg: false, why: 'it prints help instead of sending a request' },
  { long: 'version', short: 'V', kind: 'unsupported', arg: false, why: 'it prints the version instead of sending a request' },
  { long: 'manual', short: 'M', kind: 'unsupported', arg: false, why: 'it prints the manual instead of sending a request' },
];

const BY_LONG = new Map<string, Opt>();
const BY_SHORT = new Map<string, Opt>();
for (const o of OPTS) {
  BY_LONG.set(o.long, o);
  if (o.short) BY_SHORT.set(o.short, o);
}

const TOKEN_RE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

class CurlError {
  readonly message: string;
  /** Control characters quoted from the line are shown escaped (`\n`), so the message stays one line. */
  constructor(
    message: string,
    readonly column: number,
  ) {
    this.message = message.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
  }
}

interface Header {
  name: string;
  value: string;
  column: number;
}

interface State {
  headers: Header[];
  /** Names given as `-H 'Name:'`: curl then omits its own header of that name. */
  suppressed: Set<string>;
  host?: Header;
  method?: { value: string; column: number };
  cookies: string[];
  data: { value: string; column: number; file: boolean }[];
  hasBody: boolean;
  json: boolean;
  form: boolean;
  upload?: number;
  head?: number;
  get: boolean;
  url?: ShellToken;
  userAgent?: string;
  referer?: string;
  user?: { value: string; column: number };
  range?: string;
  globoff: boolean;
  pathAsIs: boolean;
}

/**
 * Parses one curl command line into the HttpRequest the client would send (see the flags
 * below). Never throws: every problem is one sentence naming what and where, with the 1-based
 * column in `line` (e.g. "unknown curl flag --foo at column 12").
 *
 * Supported: -H/--header (repeatable; `Host:` overrides the authority; `Cookie:` also fills
 * cookies; `Name;` sends an empty value; `Name:` sends nothing, as in curl), -X/--request,
 * -b/--cookie 'a=1; b=2' (ignored when -H sets a Cookie header, as curl does), -d/--data*
 * (POST unless -X; adds content-type application/x-www-form-urlencoded unless given), --json,
 * -F (POST), -T (PUT), -I/--head (HEAD), -G/--get (data goes to the query), -A, -e, -u, -r,
 * --url, -g/--globoff, --path-as-is, combined short flags (-sS, -sXPOST), and flags that do
 * not affect routing (-s -S -v -i -k -L -o FILE -w FMT --max-time N ...). curl's own default
 * headers (User-Agent, Accept) are not added.
 */
export function parseCurl(line: string): ParseCurlResult {
  try {
    return parseOrThrow(typeof line === 'string' ? line : String(line));
  } catch (e) {
    if (e instanceof CurlError) return { ok: false, error: e.message, column: e.column };
    return { ok: false, error: `could not read the curl command: ${e instanceof Error ? e.message : String(e)}`, column: 1 };
  }
}

function parseOrThrow(line: string): ParseCurlResult {
  const tok = tokenizeShell(line);
  if (!tok.ok) return tok;
  let tokens = tok.tokens;
  if (tokens.length === 0) throw new CurlError('the curl command is empty: give at least a URL, e.g. curl http://reviews:9080/', 1);

  // A leading `curl` is optional; `kubectl exec POD -- curl ...` is accepted as well.
  if (isCurlWord(tokens[0].value)) tokens = tokens.slice(1);
  else {
    const k = tokens.findIndex((t, i) => i > 0 && isCurlWord(t.value) && tokens[i - 1].value === '--');
    if (k > 0) tokens = tokens.slice(k + 1);
  }

  const st: State = { headers: [], suppressed: new Set(), cookies: [], data: [], hasBody: false, json: false, form: false, get: false, globoff: false, pathAsIs: false };
  let i = 0;
  let endOfOptions = false;
  const needArg = (flag: string, col: number): ShellToken => {
    const next = tokens[i + 1];
    if (!next) throw new CurlError(`${flag} at column ${col} needs a value`, col);
    i++;
    return next;
  };

  for (; i < tokens.length; i++) {
    const t = tokens[i];
    const v = t.value;
    if (endOfOptions || !v.startsWith('-') || v === '-') {
      setUrl(st, t);
      continue;
    }
    if (v === '--') {
      endOfOptions = true;
      continue;
    }
    if (v.startsWith('--')) {
      const name = v.slice(2);
      const eq = name.indexOf('=');
      if (eq >= 0) {
        const base = name.slice(0, eq);
        if (BY_LONG.has(base)) {
          throw new CurlError(`curl does not accept --${base}=VALUE (at column ${t.column}): write --${base} VALUE`, t.column);
        }
        throw new CurlError(`unknown curl flag --${base} at column ${t.column}`, t.column);
      }
      let opt = BY_LONG.get(name);
      if (!opt && name.startsWith('no-')) {
        // curl's --no-<boolean> form switches a boolean option off.
        const positive = BY_LONG.get(name.slice(3));
        if (positive && positive.kind === 'ignore') opt = positive;
        else if (positive && positive.kind === 'globoff') {
          st.globoff = false;
          continue;
        } else if (positive && positive.kind === 'path-as-is') {
          st.pathAsIs = false;
          continue;
        }
      }
      if (!opt) throw new CurlError(`unknown curl flag --${name} at column ${t.column}`, t.column);
      const arg = opt.arg ? needArg(`--${opt.long}`, t.column) : undefined;
      apply(st, opt, `--${opt.long}`, t.column, arg);
      continue;
    }
    // Short flags, possibly combined: -sS, -sSL, -sXPOST, -H'x: y', -o/dev/null.
    for (let k = 1; k < v.length; k++) {
      const letter = v[k];
      const col = k === 1 ? t.column : columnAt(t, k);
      const opt = BY_SHORT.get(letter);
      if (!opt) throw new CurlError(`unknown curl flag -${letter} at column ${col}`, col);
      if (!opt.arg) {
        apply(st, opt, `-${letter}`, col, undefined);
        continue;
      }
      const rest = v.slice(k + 1);
      const arg: ShellToken = rest !== '' ? { value: rest, column: columnAt(t, k + 1), columns: t.columns.slice(k + 1) } : needArg(`-${letter}`, col);
      apply(st, opt, `-${letter}`, col, arg);
      break;
    }
  }

  return { ok: true, request: build(st, line) };
}

function isCurlWord(w: string): boolean {
  return w === 'curl' || w === 'curl.exe' || w.endsWith('/curl');
}

function setUrl(st: State, token: ShellToken): void {
  if (token.value === '-') throw new CurlError(`'-' at column ${token.column} is not a URL`, token.column);
  if (st.url) {
    throw new CurlError(
      `a second URL '${token.value}' at column ${token.column}: give one URL per request (the first is at column ${st.url.column})`,
      token.column,
    );
  }
  st.url = token;
}

function apply(st: State, opt: Opt, flag: string, col: number, arg: ShellToken | undefined): void {
  const value = arg?.value ?? '';
  const acol = arg?.column ?? col;
  switch (opt.kind) {
    case 'header':
      addHeader(st, value, acol, flag);
      return;
    case 'request':
      if (!TOKEN_RE.test(value)) throw new CurlError(`${flag} at column ${col} needs an HTTP method such as GET or POST, not '${value}'`, acol);
      st.method = { value, column: acol };
      return;
    case 'cookie':
      if (!value.includes('=')) {
        throw new CurlError(
          `${flag} '${value}' at column ${acol} names a cookie file, which cannot be read here: write ${flag} 'name=value; other=value'`,
          acol,
        );
      }
      st.cookies.push(value);
      return;
    case 'data':
      st.hasBody = true;
      st.data.push({ value, column: acol, file: value.startsWith('@') });
      return;
    case 'data-raw':
      st.hasBody = true;
      st.data.push({ value, column: acol, file: false });
      return;
    case 'data-urlencode':
      st.hasBody = true;
      st.data.push(urlencodeData(value, acol));
      return;
    case 'json':
      st.hasBody = true;
      st.json = true;
      st.data.push({ value, column: acol, file: value.startsWith('@') });
      return;
    case 'form':
      st.form = true;
      return;
    case 'upload':
      st.upload = col;
      return;
    case 'head':
      st.head = col;
      return;
    case 'get':
      st.get = true;
      return;
    case 'url':
      if (arg) setUrl(st, arg);
      return;
    case 'user-agent':
      st.userAgent = value;
      return;
    case 'referer':
      st.referer = value.replace(/;auto$/, '');
      return;
    case 'user':
      st.user = { value, column: acol };
      return;
    case 'range':
      st.range = value;
      return;
    case 'globoff':
      st.globoff = true;
      return;
    case 'path-as-is':
      st.pathAsIs = true;
      return;
    case 'ignore':
    case 'ignore-arg':
      return;
    case 'ignore-number':
      if (!/^[0-9]+(\.[0-9]+)?$/.test(value)) throw new CurlError(`${flag} at column ${col} expects a number, not '${value}'`, acol);
      return;
    case 'unsupported':
      throw new CurlError(`curl flag ${flag} at column ${col} is not supported: ${opt.why ?? 'it is not simulated'}`, col);
  }
}

function addHeader(st: State, raw: string, column: number, flag: string): void {
  if (raw.startsWith('@')) throw new CurlError(`${flag} ${raw} at column ${column} reads headers from a file, which is not supported: write ${flag} 'Name: value'`, column);
  if (/[\r\n]/.test(raw)) throw new CurlError(`the header at column ${column} contains a line break`, column);
  let name: string;
  let value: string;
  const colon = raw.indexOf(':');
  if (colon >= 0) {
    name = raw.slice(0, colon);
    value = raw.slice(colon + 1).trim();
    if (value === '') {
      // curl: "Name:" with nothing after the colon removes that header instead of sending it.
      if (name.toLowerCase() === 'host') {
        throw new CurlError(`-H '${raw}' at column ${column} removes the Host header; a request needs one to be routed`, column);
      }
      checkName(name, column);
      st.suppressed.add(name.toLowerCase());
      return;
    }
  } else if (raw.trimEnd().endsWith(';')) {
    // curl: "Name;" sends the header with an empty value.
    name = raw.trimEnd().slice(0, -1);
    value = '';
  } else {
    throw new CurlError(`the header '${raw}' at column ${column} has no ':': write ${flag} 'Name: value'`, column);
  }
  checkName(name, column);
  const lower = name.toLowerCase();
  if (lower === 'host') {
    if (st.host) throw new CurlError(`a second Host header at column ${column} (the first is at column ${st.host.column}): give one`, column);
    if (value === '') throw new CurlError(`the Host header at column ${column} is empty`, column);
    st.host = { name: lower, value, column };
    return;
  }
  st.headers.push({ name: lower, value, column });
}

function checkName(name: string, column: number): void {
  if (!TOKEN_RE.test(name)) {
    throw new CurlError(`'${name}' at column ${column} is not a valid header name (letters, digits and -_.!#$%&'*+^\`|~ only)`, column);
  }
}

/** curl --data-urlencode forms: content, =content, name=content (name@file / @file need files). */
function urlencodeData(value: string, column: number): { value: string; column: number; file: boolean } {
  const eq = value.indexOf('=');
  const at = value.indexOf('@');
  if (at >= 0 && (eq < 0 || at < eq)) return { value, column, file: true };
  if (eq < 0) return { value: encodeComponent(value), column, file: false };
  const name = value.slice(0, eq);
  const content = encodeComponent(value.slice(eq + 1));
  return { value: name === '' ? content : `${name}=${content}`, column, file: false };
}

/** Percent-encodes all but RFC 3986 unreserved characters, like curl_easy_escape. */
function encodeComponent(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

function build(st: State, line: string): HttpRequest {
  if (!st.url) {
    throw new CurlError(`no URL given: add one, e.g. http://reviews:9080/ (at column ${line.length + 1})`, line.length + 1);
  }
  const parsed = parseCurlUrl(st.url.value, { globoff: st.globoff, pathAsIs: st.pathAsIs });
  if (!parsed.ok) {
    const col = columnAt(st.url, parsed.offset);
    throw new CurlError(`${parsed.error} (URL at column ${st.url.column})`, col);
  }
  const url = parsed.url;

  const bodyInUrl = st.get;
  if (st.head !== undefined && !st.method && !bodyInUrl && (st.hasBody || st.form)) {
    throw new CurlError(`-I/--head at column ${st.head} cannot be combined with request data: curl allows one request method`, st.head);
  }
  if (st.upload !== undefined && !st.method && !bodyInUrl && (st.hasBody || st.form)) {
    throw new CurlError(`-T/--upload-file at column ${st.upload} cannot be combined with request data: curl allows one request method`, st.upload);
  }
  let method: string;
  if (st.method) method = st.method.value;
  else if (st.head !== undefined) method = 'HEAD';
  else if (st.upload !== undefined) method = 'PUT';
  else if ((st.hasBody || st.form) && !bodyInUrl) method = 'POST';
  else method = 'GET';

  let query = url.query;
  if (bodyInUrl && st.data.length > 0) {
    const file = st.data.find((d) => d.file);
    if (file) throw new CurlError(`-G cannot put the file data '${file.value}' at column ${file.column} into the URL: write the data itself`, file.column);
    const extra = st.data.map((d) => d.value).join('&');
    query = query === '' ? extra : `${query}&${extra}`;
  }

  const headers: Record<string, string[]> = {};
  for (const h of st.headers) {
    const list = Object.prototype.hasOwnProperty.call(headers, h.name) ? headers[h.name] : undefined;
    if (list) list.push(h.value);
    else setOwn(headers, h.name, [h.value]);
  }
  const addDefault = (name: string, value: string | undefined) => {
    if (value === undefined || value === '' || st.suppressed.has(name) || Object.prototype.hasOwnProperty.call(headers, name)) return;
    setOwn(headers, name, [value]);
  };
  if (!bodyInUrl) {
    if (st.json) {
      addDefault('content-type', 'application/json');
      addDefault('accept', 'application/json');
    } else if (st.hasBody) addDefault('content-type', 'application/x-www-form-urlencoded');
  }
  addDefault('user-agent', st.userAgent);
  addDefault('referer', st.referer);
  if (st.range !== undefined) addDefault('range', `bytes=${st.range}`);
  const credentials = st.user ? st.user.value : url.userinfo !== undefined ? safeDecode(url.userinfo) : undefined;
  if (credentials !== undefined) {
    if (!credentials.includes(':')) {
      const col = st.user ? st.user.column : st.url.column;
      throw new CurlError(`the credentials '${credentials}' at column ${col} have no password, and curl would prompt for one: write user:password`, col);
    }
    addDefault('authorization', `Basic ${base64(credentials)}`);
  }
  // curl sends -b cookies only when no Cookie header was given with -H (not even an empty 'Cookie:').
  if (st.cookies.length > 0 && !st.suppressed.has('cookie') && !Object.prototype.hasOwnProperty.call(headers, 'cookie')) {
    setOwn(headers, 'cookie', [st.cookies.join(';')]); // curl joins several -b with ';'
  }
  const cookieHeaders = Object.prototype.hasOwnProperty.call(headers, 'cookie') ? headers.cookie : undefined;

  return {
    method,
    scheme: url.scheme,
    authority: st.host ? st.host.value : defaultAuthority(url.scheme, url.host, url.port),
    host: url.host,
    port: url.port,
    path: url.path,
    query,
    headers,
    cookies: parseCookieHeaders(cookieHeaders),
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 of the UTF-8 bytes of `s` (no btoa: the engine runs on plain ES2022). */
export function base64(s: string): string {
  const bytes: number[] = [];
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) bytes.push(cp);
    else if (cp < 0x800) bytes.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) bytes.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else bytes.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = bytes[i + 1];
    const b2 = bytes[i + 2];
    out += B64[b0 >> 2];
    out += B64[((b0 & 3) << 4) | ((b1 ?? 0) >> 4)];
    out += b1 === undefined ? '=' : B64[((b1 & 15) << 2) | ((b2 ?? 0) >> 6)];
    out += b2 === undefined ? '=' : B64[b2 & 63];
  }
  return out;
}
