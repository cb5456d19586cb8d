import { isMap, isScalar, parseAllDocuments, type Document, type YAMLMap } from 'yaml';
import type { TextEdit } from '../../../state/textEdits.ts';
import { findResourceDocument, type ResourceTarget } from './findResourceDocument.ts';

export type FieldPath = readonly (string | number)[];

/** A key as YAML source: plain when safe (`sidecar.istio.io/inject`), else double-quoted. */
function keySource(key: string): string {
  return /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/.test(key) ? key : JSON.stringify(key);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Where a new last entry of a block map goes: the start of the line after its last value. */
function afterLastEntry(text: string, map: YAMLMap.Parsed): { at: number; prefix: string } {
  const last = map.items[map.items.length - 1];
  const end = (last.value as { range?: [number, number, number] } | null)?.range?.[1] ?? (last.key as { range: [number, number, number] }).range[1];
  if (text[end - 1] === '\n') return { at: end, prefix: '' };
  const newline = text.indexOf('\n', end);
  return newline < 0 ? { at: text.length, prefix: '\n' } : { at: newline + 1, prefix: '' };
}

/** Inserts `keys[0]: … keys[n-1]: value` (nested block maps) as new entries of an existing map. */
function insertIntoMap(text: string, map: YAMLMap.Parsed, keys: string[], valueText: string): TextEdit | null {
  if (map.items.length === 0 || !map.range) return null;
  if (map.flow) {
    if (keys.length !== 1) return null;
    const brace = text.lastIndexOf('}', map.range[1] - 1);
    if (brace < map.range[0]) return null;
    let at = brace;
    while (at > map.range[0] && text[at - 1] === ' ') at--;
    return { offset: at, length: 0, text: `, ${keySource(keys[0])}: ${valueText}` };
  }
  const firstKey = map.items[0].key as { range?: [number, number, number] };
  if (!firstKey.range) return null;
  const indent = ' '.repeat(firstKey.range[0] - lineStart(text, firstKey.range[0]));
  const lines = keys.map((key, depth) => {
    const pad = indent + '  '.repeat(depth);
    return depth === keys.length - 1 ? `${pad}${keySource(key)}: ${valueText}` : `${pad}${keySource(key)}:`;
  });
  const { at, prefix } = afterLastEntry(text, map);
  return { offset: at, length: 0, text: prefix + lines.join('\n') + '\n' };
}

/**
 * Last resort: set the value with the Document API and replace the document's text, from the end
 * of the previous document (so its leading comments, which `toString` repeats, are replaced too).
 */
function rewriteDocument(text: string, doc: Document.Parsed, path: FieldPath, value: unknown): TextEdit | null {
  const docs = parseAllDocuments(text);
  const index = Array.isArray(docs) ? docs.findIndex((d) => d.range[0] === doc.range[0]) : -1;
  const start = index > 0 && Array.isArray(docs) ? docs[index - 1].range[2] : 0;
  const end = doc.range[2];
  try {
    for (let depth = 1; depth < path.length; depth++) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isScalar(node) && (node.value === null || node.value === '')) doc.setIn(path.slice(0, depth), doc.createNode({}));
    }
    doc.setIn(path, value);
  } catch {
    return null; // e.g. a scalar where a map is needed: nothing sensible to edit
  }
  const edit = { offset: start, length: end - start, text: doc.toString() };
  const check = parseAllDocuments(text.slice(0, start) + edit.text + text.slice(end));
  const ok = Array.isArray(check) && check.some((d) => d.getIn(path) === value);
  return ok ? edit : null;
}

/**
 * The smallest text edit that sets the field at `path` of the resource `target` to a scalar:
 * replaces the old value's characters, or inserts the missing keys as new lines under the
 * deepest map that exists (in flow maps `{a: b}`, before the brace). Comments, quoting and
 * formatting elsewhere are untouched. Null when the resource is not in the text or the field
 * already reads `valueText`.
 *
 * @param valueText the new value as YAML source (`25`, `"true"`)
 * @param value the same value as data (for the Document API fallback)
 */
export function setScalarEdit(text: string, target: ResourceTarget, path: FieldPath, valueText: string, value: unknown): TextEdit | null {
  const doc = findResourceDocument(text, target);
  if (!doc) return null;
  const node = doc.getIn(path, true);
  if (isScalar(node) && node.range) {
    const [start, end] = node.range;
    if (text.slice(start, end) === valueText) return null;
    if (start < end) return { offset: start, length: end - start, text: valueText };
  }
  if (node === undefined) {
    for (let depth = path.length - 1; depth >= 0; depth--) {
      const ancestor = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (ancestor === undefined) continue;
      const rest = path.slice(depth);
      if (isMap(ancestor) && rest.every((k) => typeof k === 'string')) {
        const edit = insertIntoMap(text, ancestor as YAMLMap.Parsed, rest as string[], valueText);
        if (edit) return edit;
      }
      break;
    }
  }
  return rewriteDocument(text, doc, path, value);
}
