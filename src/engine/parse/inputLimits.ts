import { formatBytes, MAX_DOCUMENTS, MAX_YAML_BYTES } from '../limits.ts';
import type { Diagnostic } from '../model/diagnostic.ts';

/**
 * The text-level limits, checked before the YAML library sees the text: a size over
 * MAX_YAML_BYTES is refused whole (ITP1003, an Error at the line where the limit is passed),
 * more than MAX_DOCUMENTS documents keeps the first ones (ITP1004, a Warning).
 */
export function checkTextSize(text: string): Diagnostic | undefined {
  // A UTF-8 character takes at most 3 bytes per UTF-16 code unit: short texts need no count.
  if (text.length * 3 <= MAX_YAML_BYTES) return undefined;
  const over = findOverflow(text, MAX_YAML_BYTES);
  if (!over) return undefined;
  return {
    code: 'ITP1003',
    level: 'Error',
    message: tooLargeMessage(over.line, over.totalBytes),
    range: { line: over.line, col: 1, endLine: over.line, endCol: 1 },
  };
}

export function tooManyDocuments(line: number): Diagnostic {
  return {
    code: 'ITP1004',
    level: 'Warning',
    message:
      `Line ${line}: the scenario has more than ${MAX_DOCUMENTS.toLocaleString('en')} YAML documents, the playground's limit; ` +
      `this document and the ones after it are ignored.`,
    range: { line, col: 1, endLine: line, endCol: 1 },
  };
}

export function tooLargeMessage(line: number, totalBytes: number): string {
  return (
    `Line ${line}: the YAML is ${formatBytes(totalBytes)}, more than the playground's limit of ` +
    `${formatBytes(MAX_YAML_BYTES)} (${MAX_YAML_BYTES.toLocaleString('en')} bytes), which this line passes; ` +
    `nothing was loaded. Remove resources or split the scenario.`
  );
}

/** The 1-based line holding byte `limit + 1` (undefined when the text fits) and the text's UTF-8 size. */
function findOverflow(text: string, limit: number): { line: number; totalBytes: number } | undefined {
  let bytes = 0;
  let line = 1;
  let overLine = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (overLine === 0 && bytes > limit) overLine = line;
    if (c === 10) line++;
  }
  return overLine === 0 ? undefined : { line: overLine, totalBytes: bytes };
}
