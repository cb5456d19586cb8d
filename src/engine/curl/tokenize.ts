/** One shell word, after quote removal. `column` is 1-based: where the word starts in the input. */
export interface ShellToken {
  value: string;
  column: number;
  /** 1-based column in the input of each character of `value` (quotes and escapes skipped). */
  columns: number[];
}

export type TokenizeResult = { ok: true; tokens: ShellToken[] } | { ok: false; error: string; column: number };

const OPERATORS = '|&;<>()';

/**
 * Splits a command line into words the way a POSIX shell would, for the subset a pasted curl
 * command uses: whitespace separation, 'single quotes' (literal), "double quotes" (backslash
 * escapes only $ ` " \ and newline), $'ANSI-C quotes', backslash escapes outside quotes,
 * backslash-newline line continuation, and # comments at the start of a word.
 * Anything that needs a shell to run (variables, command substitution, pipes, redirections,
 * several commands) is reported as an error with its column, never guessed.
 */
export function tokenizeShell(line: string): TokenizeResult {
  const tokens: ShellToken[] = [];
  const n = line.length;
  let i = 0;
  let cur = '';
  let cols: number[] = [];
  let inWord = false;
  let wordStart = 0;

  const begin = (at: number) => {
    if (!inWord) {
      inWord = true;
      wordStart = at;
      cur = '';
      cols = [];
    }
  };
  const end = () => {
    if (inWord) tokens.push({ value: cur, column: wordStart + 1, columns: cols });
    inWord = false;
  };
  const put = (text: string, at: number) => {
    cur += text;
    for (let k = 0; k < text.length; k++) cols.push(at + 1);
  };
  const fail = (error: string, at: number): TokenizeResult => ({ ok: false, error, column: at + 1 });

  while (i < n) {
    const c = line[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      end();
      i++;
      continue;
    }
    if (c === '\\') {
      const next = line[i + 1];
      if (next === '\n') {
        i += 2; // line continuation: removed entirely, the word (if any) goes on
        continue;
      }
      if (next === '\r' && line[i + 2] === '\n') {
        i += 3;
        continue;
      }
      begin(i);
      if (next === undefined) {
        put('\\', i);
        i++;
      } else {
        put(next, i + 1);
        i += 2;
      }
      continue;
    }
    if (c === "'") {
      begin(i);
      const close = line.indexOf("'", i + 1);
      if (close < 0) return fail(`unterminated single quote at column ${i + 1}`, i);
      for (let k = i + 1; k < close; k++) put(line[k], k);
      i = close + 1;
      continue;
    }
    if (c === '"') {
      begin(i);
      const open = i;
      i++;
      let closed = false;
      while (i < n) {
        const d = line[i];
        if (d === '"') {
          closed = true;
          i++;
          break;
        }
        if (d === '\\') {
          const next = line[i + 1];
          if (next === '$' || next === '`' || next === '"' || next === '\\') {
            put(next, i + 1);
            i += 2;
          } else if (next === '\n') {
            i += 2;
          } else if (next === '\r' && line[i + 2] === '\n') {
            i += 3;
          } else {
            put('\\', i);
            i++;
          }
          continue;
        }
        if (d === '$') {
          const err = expansionError(line, i);
          if (err) return fail(err, i);
        }
        if (d === '`') return fail(`command substitution with \` at column ${i + 1} is not supported: write the value itself`, i);
        put(d, i);
        i++;
      }
      if (!closed) return fail(`unterminated double quote at column ${open + 1}`, open);
      continue;
    }
    if (c === '$') {
      if (line[i + 1] === "'") {
        begin(i);
          const r = ansiC(line, i + 2);
        if (!r.ok) return fail(r.error, r.at);
        put(r.value, i);
        i = r.next;
        continue;
      }
      const err = expansionError(line, i);
      if (err) return fail(err, i);
      begin(i);
      put(c, i);
      i++;
      continue;
    }
    if (c === '#' && !inWord) {
      while (i < n && line[i] !== '\n') i++;
      continue;
    }
    if (c === '`') return fail(`command substitution with \` at column ${i + 1} is not supported: write the value itself`, i);
    if (OPERATORS.includes(c)) {
      const op = (c === '&' || c === '|' || c === '>' || c === '<') && line[i + 1] === c ? c + c : c;
      return fail(
        `shell operator '${op}' at column ${i + 1} is not supported: give a single curl command (quote the argument if '${c}' is part of it)`,
        i,
      );
    }
    begin(i);
    put(c, i);
    i++;
  }
  end();
  return { ok: true, tokens };
}

/** An error message when `$` at `at` starts a shell expansion, else undefined (a literal `$`). */
function expansionError(line: string, at: number): string | undefined {
  const next = line[at + 1];
  if (next === undefined) return undefined;
  if (next === '(') return `command substitution $( at column ${at + 1} is not supported: write the value itself`;
  if (next === '{') {
    const close = line.indexOf('}', at + 2);
    const name = close > 0 ? line.slice(at, close + 1) : '${';
    return `shell variable ${name} at column ${at + 1} cannot be expanded here: write its value instead`;
  }
  if (/[A-Za-z_]/.test(next)) {
    let j = at + 1;
    while (j < line.length && /[A-Za-z0-9_]/.test(line[j])) j++;
    return `shell variable ${line.slice(at, j)} at column ${at + 1} cannot be expanded here: write its value instead`;
  }
  if (/[0-9@*#?!$-]/.test(next)) {
    return `shell parameter $${next} at column ${at + 1} cannot be expanded here: write its value instead`;
  }
  return undefined;
}

type AnsiResult = { ok: true; value: string; next: number } | { ok: false; error: string; at: number };

/** Reads the body of $'...' starting after the opening quote. */
function ansiC(line: string, start: number): AnsiResult {
  let out = '';
  let i = start;
  const simple: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    E: '\x1b',
    f: '\f',
    v: '\v',
    '\\': '\\',
    "'": "'",
    '"': '"',
    '?': '?',
  };
  while (i < line.length) {
    const c = line[i];
    if (c === "'") return { ok: true, value: out, next: i + 1 };
    if (c === '\\') {
      const e = line[i + 1];
      if (e === undefined) break;
      if (e in simple) {
        out += simple[e];
        i += 2;
        continue;
      }
      if (e === 'x') {
        const m = /^[0-9A-Fa-f]{1,2}/.exec(line.slice(i + 2, i + 4));
        if (m) {
          out += String.fromCharCode(parseInt(m[0], 16));
          i += 2 + m[0].length;
          continue;
        }
      }
      if (e === 'u' || e === 'U') {
        const m = (e === 'u' ? /^[0-9A-Fa-f]{1,4}/ : /^[0-9A-Fa-f]{1,8}/).exec(line.slice(i + 2, i + 10));
        if (m) {
          const cp = parseInt(m[0], 16);
          if (cp <= 0x10ffff) out += String.fromCodePoint(cp);
          i += 2 + m[0].length;
          continue;
        }
      }
      if (/[0-7]/.test(e)) {
        const m = /^[0-7]{1,3}/.exec(line.slice(i + 1, i + 4))!;
        out += String.fromCharCode(parseInt(m[0], 8) & 0xff);
        i += 1 + m[0].length;
        continue;
      }
      out += '\\' + e;
      i += 2;
      continue;
    }
    out += c;
    i++;
  }
  return { ok: false, error: `unterminated $'...' quote at column ${start - 1}`, at: start - 2 };
}

/** Column of character `index` of a token's value (one past the end for index = length). */
export function columnAt(token: ShellToken, index: number): number {
  if (index < token.columns.length) return token.columns[index];
  const last = token.columns[token.columns.length - 1];
  return last === undefined ? token.column : last + 1;
}
