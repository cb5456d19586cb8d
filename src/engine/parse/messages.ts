/**
 * Every text the parse stage shows to users, in one place so wording stays consistent.
 * Messages are sentences that start with the line ("Line 14: ...") because they are read
 * in a problems list, in CI logs and in the CLI, where the range alone is not visible.
 */

/** Hints for the yaml library's error codes that trip up people writing Kubernetes YAML. */
const YAML_HINTS: Record<string, string> = {
  BAD_INDENT: 'check the indentation of this line against its parent',
  DUPLICATE_KEY: 'each key may appear only once in a mapping',
  MULTILINE_IMPLICIT_KEY: 'a key must fit on one line; is a `:` or a quote missing above?',
  BLOCK_AS_IMPLICIT_KEY: 'a key must fit on one line; is a `:` or a quote missing above?',
  MISSING_CHAR: 'a closing quote or bracket is probably missing',
};

/** `source` is the text the error points at (for DUPLICATE_KEY: the key). */
export function yamlErrorMessage(line: number, code: string, raw: string, source = ''): string {
  if (code === 'DUPLICATE_KEY' && source.trim() !== '' && !source.includes('\n')) {
    return `Line ${line}: key \`${source.trim()}\` appears twice in this mapping; each key may appear only once.`;
  }
  if (code === 'RESOURCE_EXHAUSTION') {
    return `Line ${line}: this document is nested too deeply to read; it is ignored.`;
  }
  const hint = YAML_HINTS[code];
  const text = sentence(raw.split('\n')[0] ?? raw);
  return `Line ${line}: ${text}${hint ? ` (${hint}).` : '.'}`;
}

export function moreErrorsMessage(line: number, count: number): string {
  return `Line ${line}: ${count} more YAML errors in this document (fix the ones above first).`;
}

export function aliasBombMessage(line: number, limit: number): string {
  return (
    `Line ${line}: this document expands YAML aliases (*name) more than ${limit} times, ` +
    `which looks like an alias bomb; the document is ignored.`
  );
}

export function unresolvedAliasMessage(line: number, name: string): string {
  return `Line ${line}: alias *${name} refers to no anchor &${name} defined before it; the document is ignored.`;
}

export function unreadableDocumentMessage(line: number, reason: string): string {
  return `Line ${line}: this document could not be read (${reason}); it is ignored.`;
}

export function notAMappingMessage(line: number, what: string): string {
  return (
    `Line ${line}: a Kubernetes object must be a mapping with apiVersion, kind and metadata.name, ` +
    `but this document is ${what}; it is ignored.`
  );
}

export function missingFieldMessage(line: number, field: string, kind: string | undefined): string {
  const subject = kind ? `This ${kind}` : 'This document';
  return `Line ${line}: ${subject} has no \`${field}\` (every Kubernetes object needs apiVersion, kind and metadata.name); it is ignored.`;
}

export function notAStringMessage(line: number, field: string, value: unknown): string {
  return `Line ${line}: \`${field}\` must be a string, not ${describe(value)}.`;
}

export function labelValueMessage(line: number, field: string, key: string, value: unknown): string {
  const fix = value !== null && typeof value === 'object' ? 'Write a text value instead' : `Quote it: \`${key}: "${String(value)}"\``;
  return `Line ${line}: ${field} \`${key}\` must be a string, not ${describe(value)}; Kubernetes rejects it. ${fix}.`;
}

export function notAMapMessage(line: number, field: string, value: unknown): string {
  return `Line ${line}: \`${field}\` must be a mapping of names to values, not ${describe(value)}; it is ignored.`;
}

/** How a value reads in a sentence: `"abc"` (text), `true` (boolean), a list, a mapping. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
  return `\`${String(value)}\``;
}

function sentence(s: string): string {
  const t = s.trim().replace(/[.:]+$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
}
