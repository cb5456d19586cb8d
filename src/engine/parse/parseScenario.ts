import { type Document, LineCounter, parseAllDocuments } from 'yaml';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { Resource } from '../model/resource.ts';
import type { SourceRange } from '../model/source.ts';
import {
  aliasBombMessage,
  moreErrorsMessage,
  unreadableDocumentMessage,
  unresolvedAliasMessage,
  yamlErrorMessage,
} from './messages.ts';
import { MAX_ALIAS_COUNT, MAX_DOCUMENTS } from '../limits.ts';
import { checkTextSize, tooManyDocuments } from './inputLimits.ts';
import { indexPositions } from './positions.ts';
import { rangeFromOffsets } from './sourceRange.ts';
import { toResource } from './toResource.ts';
import { cachedChunk, splitDocuments, storeChunk, type ChunkResult, type DocumentChunk } from './documentChunks.ts';

export interface ParseResult {
  resources: Resource[];
  diagnostics: Diagnostic[];
}

export { MAX_ALIAS_COUNT };

/** YAML errors shown per document; the rest are summarised in one line. */
export const MAX_ERRORS_PER_DOCUMENT = 20;

/**
 * Multi-document scenario YAML -> resources with source positions, plus diagnostics.
 * Never throws: whatever the text, the UI gets something to show.
 *
 * - YAML syntax errors -> YAML0001 (Error) at the exact range; that document is skipped
 *   (its content is unreliable) while the other documents still load.
 * - A document that is not an object envelope -> IST0106, skipped. Empty documents are ignored.
 * - Unknown kinds are kept: the model stage reports them with the kind's own words.
 * YAML 1.2 core schema, with `<<` merge keys enabled since Kubernetes' YAML accepts them.
 */
export function parseScenario(text: string): ParseResult {
  const source = typeof text === 'string' ? text : '';
  const refused = checkTextSize(source);
  if (refused) return { resources: [], diagnostics: [refused] };
  // An edit usually changes one document: parse the documents one by one and reuse the
  // unchanged ones (see documentChunks.ts), so an edit costs about one document's parse.
  const chunks = splitDocuments(source);
  if (!chunks) return parseScenarioWhole(source);
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  if (chunks.length > MAX_DOCUMENTS) {
    diagnostics.push(tooManyDocuments(chunks[MAX_DOCUMENTS].lineOffset + 1));
    chunks.length = MAX_DOCUMENTS;
  }
  for (let docIndex = 0; docIndex < chunks.length; docIndex++) {
    const result = cachedChunk(chunks[docIndex], docIndex) ?? parseChunk(chunks[docIndex], docIndex);
    // A slice that is not exactly one document for the yaml library: parse the text as a whole.
    if (!result) return parseScenarioWhole(source);
    if (result.resource) resources.push(result.resource);
    for (const d of result.diagnostics) diagnostics.push(d);
  }
  return { resources, diagnostics };
}

/** One document parsed alone, its positions counted from the chunk's first line in the file. */
function parseChunk(chunk: DocumentChunk, docIndex: number): ChunkResult | undefined {
  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = Array.from(parseAllDocuments(chunk.text, { lineCounter, prettyErrors: false, merge: true }));
  } catch {
    return undefined;
  }
  if (docs.length !== 1) return undefined;
  const shifted = new LineCounter();
  shifted.linePos = (offset: number) => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + chunk.lineOffset, col: p.col };
  };
  const diagnostics: Diagnostic[] = [];
  let resource: Resource | undefined;
  try {
    resource = readDocument(docs[0], docIndex, chunk.text, shifted, diagnostics);
  } catch (e) {
    const range = rangeFromOffsets(shifted, chunk.text, docs[0].range[0], docs[0].range[1]);
    diagnostics.push(yamlDiagnostic(range, unreadableDocumentMessage(range.line, reason(e))));
  }
  const result: ChunkResult = { lineOffset: chunk.lineOffset, docIndex, resource, diagnostics };
  storeChunk(chunk, result);
  return result;
}

/** parseScenario without the per-document cache: the whole text through the yaml library at once. */
export function parseScenarioWhole(text: string): ParseResult {
  const source = typeof text === 'string' ? text : '';
  const refused = checkTextSize(source);
  if (refused) return { resources: [], diagnostics: [refused] };
  const lineCounter = new LineCounter();
  const resources: Resource[] = [];
  const diagnostics: Diagnostic[] = [];
  let docs: Document.Parsed[];
  try {
    docs = Array.from(parseAllDocuments(source, { lineCounter, prettyErrors: false, merge: true }));
  } catch (e) {
    // The library reports problems as errors, but a pathological input (deep nesting) can
    // still overflow the stack; say so instead of crashing the editor.
    const range = rangeFromOffsets(lineCounter, source, 0, 0);
    diagnostics.push(yamlDiagnostic(range, unreadableDocumentMessage(range.line, reason(e))));
    return { resources, diagnostics };
  }
  if (docs.length > MAX_DOCUMENTS) {
    const first = rangeFromOffsets(lineCounter, source, docs[MAX_DOCUMENTS].range[0], docs[MAX_DOCUMENTS].range[0]);
    diagnostics.push(tooManyDocuments(first.line));
    docs = docs.slice(0, MAX_DOCUMENTS);
  }

  docs.forEach((doc, docIndex) => {
    try {
      const resource = readDocument(doc, docIndex, source, lineCounter, diagnostics);
      if (resource) resources.push(resource);
    } catch (e) {
      const range = rangeFromOffsets(lineCounter, source, doc.range[0], doc.range[1]);
      diagnostics.push(yamlDiagnostic(range, unreadableDocumentMessage(range.line, reason(e))));
    }
  });
  return { resources, diagnostics };
}

function readDocument(
  doc: Document.Parsed,
  docIndex: number,
  text: string,
  lineCounter: LineCounter,
  diagnostics: Diagnostic[],
): Resource | undefined {
  for (const w of doc.warnings) {
    const range = errorRange(lineCounter, text, w.pos);
    diagnostics.push({ ...yamlDiagnostic(range, yamlErrorMessage(range.line, w.code, w.message)), level: 'Warning' });
  }
  if (doc.errors.length > 0) {
    // One syntax slip can cascade into dozens of errors (deep nesting into hundreds):
    // show each stack overflow once and at most MAX_ERRORS_PER_DOCUMENT in all.
    const errors = doc.errors.filter((e, i) => e.code !== 'RESOURCE_EXHAUSTION' || doc.errors.findIndex((x) => x.code === e.code) === i);
    for (const e of errors.slice(0, MAX_ERRORS_PER_DOCUMENT)) {
      const range = errorRange(lineCounter, text, e.pos);
      const source = e.code === 'DUPLICATE_KEY' ? keyAt(text, e.pos[0]) : text.slice(e.pos[0], e.pos[1]);
      diagnostics.push(yamlDiagnostic(range, yamlErrorMessage(range.line, e.code, e.message, source)));
    }
    if (errors.length > MAX_ERRORS_PER_DOCUMENT) {
      const last = diagnostics[diagnostics.length - 1].range;
      diagnostics.push(yamlDiagnostic(last, moreErrorsMessage(last.line, errors.length - MAX_ERRORS_PER_DOCUMENT)));
    }
    return undefined;
  }
  const contents = doc.contents as { value?: unknown; range?: unknown } | null;
  // `---` alone, or only comments: nothing declared.
  if (contents === null || (contents.value === null && !('items' in contents))) return undefined;

  const index = indexPositions(contents, lineCounter, text);
  let body: unknown;
  try {
    body = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    diagnostics.push(aliasDiagnostic(e, index.aliases, index.range, lineCounter, text));
    return undefined;
  }
  return toResource({ body, docIndex, range: index.range, positions: index.positions }, diagnostics);
}

/** toJS fails only on aliases: too many expansions, or one naming no earlier anchor. */
function aliasDiagnostic(
  e: unknown,
  aliases: readonly { source: string; range?: readonly number[] | null }[],
  docRange: SourceRange,
  lineCounter: LineCounter,
  text: string,
): Diagnostic {
  const message = reason(e);
  const unresolved = /Unresolved alias.*: (.*)$/.exec(message);
  const culprit = unresolved ? aliases.find((a) => a.source === unresolved[1]) : aliases[0];
  const range = culprit?.range ? rangeFromOffsets(lineCounter, text, culprit.range[0], culprit.range[1]) : docRange;
  if (unresolved) return yamlDiagnostic(range, unresolvedAliasMessage(range.line, unresolved[1]));
  if (/Excessive alias count/.test(message)) return yamlDiagnostic(range, aliasBombMessage(range.line, MAX_ALIAS_COUNT));
  return yamlDiagnostic(range, unreadableDocumentMessage(range.line, message));
}

/** The key written at `offset` (the library points at its first character only). */
function keyAt(text: string, offset: number): string {
  return /^("[^"\n]*"|'[^'\n]*'|[^:\n]+)/.exec(text.slice(offset, offset + 256))?.[1] ?? '';
}

/**
 * The yaml library sometimes points at an empty range (e.g. a tab before a key); widen it
 * to the character there so the editor has something to underline.
 */
function errorRange(lineCounter: LineCounter, text: string, pos: readonly [number, number]): SourceRange {
  const [start, end] = pos;
  const widen = end <= start && start < text.length && text[start] !== '\n';
  return rangeFromOffsets(lineCounter, text, start, widen ? start + 1 : end);
}

function yamlDiagnostic(range: SourceRange, message: string): Diagnostic {
  return { code: 'YAML0001', level: 'Error', message, range };
}

function reason(e: unknown): string {
  if (e instanceof RangeError) return 'it is nested too deeply';
  return e instanceof Error ? e.message : String(e);
}
