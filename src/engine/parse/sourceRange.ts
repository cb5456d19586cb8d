import type { LineCounter } from 'yaml';
import type { SourceRange } from '../model/source.ts';

/**
 * Offsets -> 1-based line/column range. `end` is exclusive, so `endCol` is the column just
 * after the last character (Monaco's convention for selections and markers).
 *
 * Trailing whitespace is trimmed: the yaml library's block collections end at the start of
 * the next line, and a range that spills onto the next key's line would make "line of field
 * X" ambiguous in the editor.
 */
export function rangeFromOffsets(
  lineCounter: LineCounter,
  text: string,
  start: number,
  end: number,
): SourceRange {
  const from = clamp(start, 0, text.length);
  const last = clamp(end, from, text.length);
  let to = last;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  // An all-whitespace range (e.g. a stray tab) keeps its width so it can be underlined.
  if (to === from) to = last;
  const a = lineCounter.linePos(from);
  const b = lineCounter.linePos(to);
  return { line: a.line, col: a.col, endLine: b.line, endCol: b.col };
}

function clamp(n: number, lo: number, hi: number): number {
  return n < lo ? lo : n > hi ? hi : n;
}

// space, tab, LF, CR
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
