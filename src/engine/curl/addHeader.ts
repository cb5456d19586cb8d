import { CurlError } from './curlError.ts';
import type { State } from './state.ts';

/** An HTTP token (RFC 9110): valid header names and methods. */
export const TOKEN_RE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** -H/--header: one header line, or `Name:` / `Name;` as curl reads them. */
export function addHeader(st: State, raw: string, column: number, flag: string): void {
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
