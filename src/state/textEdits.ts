/** A line/column range, 1-based, Monaco convention: `endCol` is the column after the last character. */
export interface LineColRange {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
}

/**
 * One replacement in the YAML text, either by line/column or by character offset
 * (what the `yaml` library's node ranges give). Edits in one batch must not overlap.
 */
export type TextEdit =
  | { range: LineColRange; text: string }
  | { offset: number; length: number; text: string };

/** Character offset of a 1-based line/column in `text` (clamped to the text). */
export function offsetAt(text: string, line: number, col: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const lineEnd = text.indexOf('\n', offset);
  const max = lineEnd < 0 ? text.length : lineEnd;
  return Math.min(offset + Math.max(0, col - 1), max);
}

/** The edit as `[start, end)` offsets in `text`. */
export function editOffsets(text: string, edit: TextEdit): { start: number; end: number } {
  if ('offset' in edit) return { start: edit.offset, end: edit.offset + edit.length };
  const { line, col, endLine, endCol } = edit.range;
  return { start: offsetAt(text, line, col), end: offsetAt(text, endLine, endCol) };
}

/** Applies non-overlapping edits to a plain string (used when the editor is not mounted). */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((edit) => ({ ...editOffsets(text, edit), text: edit.text }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + span.text + result.slice(span.end);
  return result;
}
