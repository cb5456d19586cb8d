import type { Diagnostic } from '../model/diagnostic.ts';
import type { Resource } from '../model/resource.ts';
import type { SourceRange } from '../model/source.ts';

/** One YAML document's slice of the scenario text. */
export interface DocumentChunk {
  text: string;
  /** Lines before the chunk (the chunk's line 1 is line lineOffset + 1 of the file). */
  lineOffset: number;
}

/**
 * Splits a multi-document text where the yaml lexer starts a new document: at every line that
 * begins with `---` followed by a blank or the end of the line (the lexer ends any scalar or
 * flow collection there too). Text before the first marker that holds only comments or blank
 * lines belongs to the first document, as the lexer attaches it. Undefined when the text uses
 * what a split could change: directives (`%YAML`, `%TAG` apply across markers) or `...`
 * document-end markers; the caller then parses the text whole.
 */
export function splitDocuments(text: string): DocumentChunk[] | undefined {
  if (/^(?:%|\.\.\.(?:[ \t\r\n]|$))/m.test(text)) return undefined;
  const chunks: DocumentChunk[] = [];
  const marker = /^---(?=[ \t\r\n]|$)/gm;
  let start = 0;
  let startLine = 0;
  let m: RegExpExecArray | null;
  while ((m = marker.exec(text))) {
    if (m.index === 0) continue;
    const piece = text.slice(start, m.index);
    if (chunks.length === 0 && start === 0 && isCommentsOnly(piece)) continue;
    chunks.push({ text: piece, lineOffset: startLine });
    startLine += countLines(piece);
    start = m.index;
  }
  chunks.push({ text: text.slice(start), lineOffset: startLine });
  return chunks;
}

function isCommentsOnly(s: string): boolean {
  return /^\uFEFF?(?:[ \t]*(?:#[^\n]*)?\r?(?:\n|$))*$/.test(s);
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/** A chunk's parse as it came out at one position of the file. */
export interface ChunkResult {
  lineOffset: number;
  docIndex: number;
  resource: Resource | undefined;
  diagnostics: Diagnostic[];
}

/** Distinct document texts remembered (a few scenarios' worth); the least recently used go first. */
const MAX_CHUNKS = 4096;
const cache = new Map<string, ChunkResult>();

/**
 * The cached parse of `chunk` at document `docIndex`, or undefined when it must be parsed. A
 * document that parsed without diagnostics is reused at any position: its ranges move with
 * the lines inserted or removed above it. One with diagnostics (their messages quote line
 * numbers) is reused only where it was parsed.
 */
export function cachedChunk(chunk: DocumentChunk, docIndex: number): ChunkResult | undefined {
  const hit = cache.get(chunk.text);
  if (!hit) return undefined;
  cache.delete(chunk.text);
  cache.set(chunk.text, hit);
  if (hit.lineOffset === chunk.lineOffset && hit.docIndex === docIndex) return hit;
  if (hit.diagnostics.length > 0) return undefined;
  const moved: ChunkResult = {
    lineOffset: chunk.lineOffset,
    docIndex,
    resource: hit.resource && moveResource(hit.resource, chunk.lineOffset - hit.lineOffset, docIndex),
    diagnostics: [],
  };
  cache.set(chunk.text, moved);
  return moved;
}

export function storeChunk(chunk: DocumentChunk, result: ChunkResult): void {
  cache.delete(chunk.text);
  cache.set(chunk.text, result);
  if (cache.size > MAX_CHUNKS) cache.delete(cache.keys().next().value!);
}

function moveResource(res: Resource, lines: number, docIndex: number): Resource {
  if (lines === 0) return { ...res, docIndex };
  const positions: Record<string, SourceRange> = {};
  for (const key in res.positions) positions[key] = moveRange(res.positions[key], lines);
  return { ...res, docIndex, range: moveRange(res.range, lines), positions };
}

function moveRange(r: SourceRange, lines: number): SourceRange {
  return { line: r.line + lines, col: r.col, endLine: r.endLine + lines, endCol: r.endCol };
}
