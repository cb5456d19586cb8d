import { type Document, isMap, isScalar, isSeq, parseAllDocuments, stringify, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { FixOp, FixTarget, QuickFix } from '../../../engine/analyze/types.ts';
import type { TextEdit } from '../../../state/textEdits.ts';

type Path = readonly (string | number)[];
type Collection = YAMLMap | YAMLSeq;

/**
 * The minimal text edits that apply a quick fix to the scenario text: new list items and keys
 * are inserted as lines at the indentation of their siblings, a changed value replaces just that
 * scalar, a removed item removes just its lines — every comment and blank line elsewhere stays.
 * The yaml Document API finds the nodes and renders the new values. Undefined when the target
 * document or field is gone (the text changed since the analysis).
 */
export function editsForFix(text: string, fix: QuickFix): TextEdit[] | undefined {
  const doc = findDocument(text, fix.target);
  if (!doc) return undefined;
  const edits: TextEdit[] = [];
  for (const op of fix.ops) {
    const edit = editForOp(text, doc, op);
    if (!edit) return undefined;
    edits.push(edit);
  }
  return edits;
}

function findDocument(text: string, target: FixTarget): Document.Parsed | undefined {
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs)) return undefined;
  // Cluster-scoped kinds (Namespace) have namespace '' in the model, whatever the YAML says.
  const fits = (d: Document.Parsed) =>
    isMap(d.contents) && d.get('kind') === target.kind && d.getIn(['metadata', 'name']) === target.name &&
    (target.namespace === '' || ((d.getIn(['metadata', 'namespace']) as string | undefined) || 'default') === target.namespace);
  const byIndex = docs[target.docIndex];
  return byIndex && fits(byIndex) ? byIndex : docs.find(fits);
}

function editForOp(text: string, doc: Document.Parsed, op: FixOp): TextEdit | undefined {
  const node = doc.getIn(op.path, true) as Node | undefined;
  if (op.op === 'delete') return node ? deleteAt(text, doc, op.path) : undefined;
  if (op.op === 'set' && isScalar(node) && node.range && node.value !== null) {
    const [start, end] = node.range;
    const quoted = node.type === 'QUOTE_DOUBLE' && typeof op.value === 'string';
    return { offset: start, length: end - start, text: quoted ? JSON.stringify(op.value) : render(op.value).trimEnd() };
  }
  if (op.op === 'append' && isSeq(node)) return appendItem(text, doc, node, op.value);
  // Missing: create it under the deepest existing map.
  const value = op.op === 'append' ? [op.value] : op.value;
  return insertUnder(text, doc, op.path, value);
}

/** Inserts `path`'s missing tail (with `value` at the end) as new lines in the deepest existing map. */
function insertUnder(text: string, doc: Document.Parsed, path: Path, value: unknown): TextEdit | undefined {
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const parent = (depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true)) as Node | null | undefined;
    if (parent === undefined || parent === null || (isScalar(parent) && parent.value === null)) continue;
    if (!isMap(parent)) return undefined;
    let nested: unknown = value;
    for (let i = path.length - 1; i > depth; i--) nested = { [path[i] as string]: nested };
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[depth]) as Pair<Node, Node | null> | undefined;
    if (pair) {
      // `labels:` with no value: the new entries go on the next lines, indented under the key.
      const empty = pair.value === null || (isScalar(pair.value) && pair.value.value === null);
      if (!empty || depth === path.length - 1 || parent.flow || !pair.key.range) return undefined;
      const indent = pair.key.range[0] - lineStart(text, pair.key.range[0]) + 2;
      return insertAfterLine(text, pair.key.range[1], indentLines(render(nested).trimEnd(), indent));
    }
    const entry = { [path[depth] as string]: nested };
    return parent.flow ? replaceFlow(parent, (m) => Object.assign(m, entry)) : appendPair(text, parent, entry);
  }
  return undefined;
}

function appendItem(text: string, doc: Document.Parsed, seq: YAMLSeq, value: unknown): TextEdit | undefined {
  if (seq.flow) return replaceFlow(seq, (items) => (items as unknown[]).push(value));
  const last = seq.items[seq.items.length - 1] as Node | undefined;
  if (!last?.range) return undefined;
  const dashCol = text.lastIndexOf('-', last.range[0]) - lineStart(text, last.range[0]);
  const lines = render(value).trimEnd().split('\n');
  const body = lines.map((l, i) => (i === 0 ? `${' '.repeat(dashCol)}- ${l}` : `${' '.repeat(dashCol + 2)}${l}`)).join('\n');
  return insertAfterLine(text, last.range[1], body);
}

function appendPair(text: string, map: YAMLMap, entry: Record<string, unknown>): TextEdit | undefined {
  const first = map.items[0] as Pair<Node, Node> | undefined;
  const last = map.items[map.items.length - 1] as Pair<Node, Node | null> | undefined;
  if (!first?.key?.range || !last?.key?.range) return undefined;
  const indent = first.key.range[0] - lineStart(text, first.key.range[0]);
  const end = last.value?.range?.[1] ?? last.key.range[1];
  return insertAfterLine(text, end, indentLines(render(entry).trimEnd(), indent));
}

/** Removes a list item's or a map entry's lines (block), or re-renders a flow collection without it. */
function deleteAt(text: string, doc: Document.Parsed, path: Path): TextEdit | undefined {
  const parent = (path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true)) as Node | undefined;
  const key = path[path.length - 1];
  if (!isSeq(parent) && !isMap(parent)) return undefined;
  if (parent.flow) return replaceFlow(parent, (v) => (Array.isArray(v) ? v.splice(Number(key), 1) : delete (v as Record<string, unknown>)[key]));
  const index = isSeq(parent) ? Number(key) : parent.items.findIndex((p) => isScalar(p.key) && p.key.value === key);
  const item = parent.items[index] as Node | Pair<Node, Node> | undefined;
  const start = startOf(item);
  if (start === undefined) return undefined;
  const from = lineStart(text, isSeq(parent) ? text.lastIndexOf('-', start) : start);
  const next = parent.items[index + 1] as Node | Pair<Node, Node> | undefined;
  const nextStart = startOf(next);
  const to = nextStart !== undefined ? lineStart(text, isSeq(parent) ? text.lastIndexOf('-', nextStart) : nextStart) : lineAfter(text, endOf(item) ?? start);
  return { offset: from, length: to - from, text: '' };
}

function replaceFlow(node: Collection, change: (value: Record<string, unknown> | unknown[]) => void): TextEdit | undefined {
  if (!node.range) return undefined;
  const value = node.toJSON() as Record<string, unknown> | unknown[];
  change(value);
  const [start, end] = node.range;
  return { offset: start, length: end - start, text: stringify(value, { collectionStyle: 'flow' }).trimEnd() };
}

function render(value: unknown): string {
  return stringify(value, { indent: 2, lineWidth: 0 });
}

function indentLines(block: string, indent: number): string {
  return block.split('\n').map((l) => ' '.repeat(indent) + l).join('\n');
}

function startOf(item: Node | Pair<Node, Node> | undefined): number | undefined {
  if (!item) return undefined;
  return 'key' in item ? item.key?.range?.[0] : item.range?.[0];
}

function endOf(item: Node | Pair<Node, Node> | undefined): number | undefined {
  if (!item) return undefined;
  return 'key' in item ? (item.value?.range?.[1] ?? item.key?.range?.[1]) : item.range?.[1];
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** Offset of the start of the line after the one holding the last character before `end`. */
function lineAfter(text: string, end: number): number {
  let pos = end;
  while (pos > 0 && /\s/.test(text[pos - 1])) pos--;
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl + 1;
}

/** Inserts `block` as new line(s) right after the line where the content ending at `end` stops. */
function insertAfterLine(text: string, end: number, block: string): TextEdit {
  const at = lineAfter(text, end);
  const atEof = at === text.length && !text.endsWith('\n');
  return atEof ? { offset: at, length: 0, text: `\n${block}` } : { offset: at, length: 0, text: `${block}\n` };
}
