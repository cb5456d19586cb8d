import type { HttpRequest } from '../model/request.ts';
import { defaultAuthority, hasDotSegments } from './url.ts';

/**
 * A curl command line that sends `req`: parseCurl(formatCurl(req)) gives back an equal request
 * for any request parseCurl can produce. Headers come out grouped by name (values in order),
 * the Host header only when it differs from what curl derives from the URL, and cookies as -b
 * only when no Cookie header carries them. Arguments are single-quoted when needed.
 */
export function formatCurl(req: HttpRequest): string {
  const parts: string[] = ['curl'];
  if (req.method === 'HEAD') parts.push('-I');
  else if (req.method !== 'GET') parts.push('-X', shellQuote(req.method));

  const headers = req.headers ?? {};
  for (const name of Object.keys(headers)) {
    if (name === 'host') continue; // the authority is the Host header
    const values = headers[name];
    if (!Array.isArray(values)) continue;
    for (const v of values) parts.push('-H', shellQuote(v === '' ? `${name};` : `${name}: ${v}`));
  }
  const cookieHeader = Object.prototype.hasOwnProperty.call(headers, 'cookie') ? headers.cookie : undefined;
  if (!Array.isArray(cookieHeader) || cookieHeader.length === 0) {
    const pairs = Object.entries(req.cookies ?? {});
    if (pairs.length > 0) parts.push('-b', shellQuote(pairs.map(([k, v]) => `${k}=${v}`).join('; ')));
  }

  const authority = defaultAuthority(req.scheme, req.host, req.port);
  if (req.authority !== authority) parts.push('-H', shellQuote(`Host: ${req.authority}`));

  const path = req.path.startsWith('/') ? req.path : `/${req.path}`;
  const url = `${req.scheme}://${authority}${path}${req.query !== '' ? `?${req.query}` : ''}`;
  if (/[[\]{}]/.test(`${req.host.includes(':') ? '' : req.host}${path}${req.query}`)) parts.push('-g');
  if (hasDotSegments(path)) parts.push('--path-as-is');
  parts.push(shellQuote(url));
  return parts.join(' ');
}

const SAFE = /^[A-Za-z0-9_\-.,/:=@%+]+$/;

/** Quotes one argument for a POSIX shell (and for parseCurl's tokenizer). */
export function shellQuote(s: string): string {
  if (s === '') return "''";
  if (SAFE.test(s)) return s;
  // eslint-disable-next-line no-control-regex
  if (/[\x00-\x1f\x7f]/.test(s)) {
    let out = "$'";
    for (const ch of s) {
      const c = ch.charCodeAt(0);
      if (ch === '\\') out += '\\\\';
      else if (ch === "'") out += "\\'";
      else if (c < 0x20 || c === 0x7f) out += `\\x${c.toString(16).padStart(2, '0')}`;
      else out += ch;
    }
    return `${out}'`;
  }
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
