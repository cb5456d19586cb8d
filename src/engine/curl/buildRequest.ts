import type { HttpRequest } from '../model/request.ts';
import { base64 } from './base64.ts';
import { parseCookieHeaders, setOwn } from './cookies.ts';
import { CurlError } from './curlError.ts';
import type { State } from './state.ts';
import { columnAt } from './tokenize.ts';
import { defaultAuthority, parseCurlUrl } from './url.ts';

/** The request the collected options describe: URL, method, query, headers (defaults, credentials, cookies). */
export function build(st: State, line: string): HttpRequest {
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
