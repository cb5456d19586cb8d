import { addHeader, TOKEN_RE } from './addHeader.ts';
import { CurlError } from './curlError.ts';
import type { Opt } from './options.ts';
import type { State } from './state.ts';
import type { ShellToken } from './tokenize.ts';

/** The URL, given bare or with --url: exactly one per command. */
export function setUrl(st: State, token: ShellToken): void {
  if (token.value === '-') throw new CurlError(`'-' at column ${token.column} is not a URL`, token.column);
  if (st.url) {
    throw new CurlError(
      `a second URL '${token.value}' at column ${token.column}: give one URL per request (the first is at column ${st.url.column})`,
      token.column,
    );
  }
  st.url = token;
}

/** Records what one option (with its value, if it takes one) asks for in `st`. */
export function apply(st: State, opt: Opt, flag: string, col: number, arg: ShellToken | undefined): void {
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
