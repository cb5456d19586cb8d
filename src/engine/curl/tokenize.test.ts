import { describe, expect, it } from 'vitest';
import { columnAt, tokenizeShell } from './tokenize.ts';

function words(line: string): string[] {
  const r = tokenizeShell(line);
  if (!r.ok) throw new Error(r.error);
  return r.tokens.map((t) => t.value);
}

function error(line: string): { error: string; column: number } {
  const r = tokenizeShell(line);
  if (r.ok) throw new Error(`expected an error for ${line}`);
  return r;
}

describe('Traffic kind: a pasted curl line is split like a POSIX shell would', () => {
  it('separates words on blanks, tabs and newlines', () => {
    expect(words('curl  -s\thttp://a/\n')).toEqual(['curl', '-s', 'http://a/']);
  });

  it('keeps single-quoted text literally, including backslashes and $', () => {
    expect(words(`curl -H 'foo: $bar \\n'`)).toEqual(['curl', '-H', 'foo: $bar \\n']);
  });

  it('handles double quotes: \\ escapes only $ ` " \\ and newline', () => {
    expect(words(`"a\\"b" "c\\d" "e\\\\f" "g\\$h"`)).toEqual(['a"b', 'c\\d', 'e\\f', 'g$h']);
  });

  it('joins adjacent quoted and unquoted parts into one word', () => {
    expect(words(`-H'x: '"y"z`)).toEqual(['-Hx: yz']);
  });

  it('keeps an empty quoted word', () => {
    expect(words(`curl '' ""`)).toEqual(['curl', '', '']);
  });

  it('removes backslash-newline (line continuation), also with CRLF', () => {
    expect(words('curl -s \\\n  http://a/')).toEqual(['curl', '-s', 'http://a/']);
    expect(words('curl -s \\\r\n  http://a/')).toEqual(['curl', '-s', 'http://a/']);
    expect(words('ab\\\ncd')).toEqual(['abcd']);
  });

  it('unescapes a backslash outside quotes', () => {
    expect(words('a\\ b c\\"d')).toEqual(['a b', 'c"d']);
  });

  it("understands $'...' ANSI-C quotes", () => {
    expect(words(`$'a\\tb\\'c\\x41\\n'`)).toEqual(["a\tb'cA\n"]);
  });

  it('skips a # comment at the start of a word, not inside one', () => {
    expect(words('curl http://a/#frag # comment')).toEqual(['curl', 'http://a/#frag']);
  });

  it('reports each character column, skipping quotes', () => {
    const r = tokenizeShell(`curl 'ab'c`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const t = r.tokens[1];
    expect(t.column).toBe(6);
    expect(t.columns).toEqual([7, 8, 10]);
    expect(columnAt(t, 3)).toBe(11);
  });
});

describe('Traffic kind: shell features that need a real shell are errors with a column', () => {
  it('unterminated quotes', () => {
    expect(error(`curl 'abc`)).toMatchObject({ error: 'unterminated single quote at column 6', column: 6 });
    expect(error(`curl "abc`).error).toBe('unterminated double quote at column 6');
  });

  it('variables, in the open and in double quotes', () => {
    expect(error('curl http://$GATEWAY_URL/x')).toMatchObject({ column: 13 });
    expect(error('curl http://$GATEWAY_URL/x').error).toContain('$GATEWAY_URL');
    expect(error('curl "http://${HOST}/"').error).toContain('${HOST}');
  });

  it('a lone or trailing $ is literal', () => {
    expect(words('a$ $')).toEqual(['a$', '$']);
  });

  it('command substitution', () => {
    expect(error('curl $(cat url)').error).toContain('command substitution');
    expect(error('curl `cat url`').error).toContain('command substitution');
  });

  it('pipes, redirections and command lists', () => {
    expect(error('curl http://a/ | jq')).toMatchObject({ column: 16 });
    expect(error('curl http://a/ > out').error).toContain("'>'");
    expect(error('curl a && curl b').error).toContain("'&&'");
    expect(error('curl a; curl b').error).toContain("';'");
  });
});
