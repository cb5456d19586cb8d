import type { HttpRequest } from '../model/request.ts';
import { apply, setUrl } from './applyOption.ts';
import { build } from './buildRequest.ts';
import { CurlError } from './curlError.ts';
import { BY_LONG, BY_SHORT } from './options.ts';
import type { State } from './state.ts';
import { columnAt, tokenizeShell, type ShellToken } from './tokenize.ts';

export { formatCurl } from './formatCurl.ts';
export { base64 } from './base64.ts';

export type ParseCurlResult = { ok: true; request: HttpRequest } | { ok: false; error: string; column: number };

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
