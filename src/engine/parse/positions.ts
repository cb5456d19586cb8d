import { type Alias, type LineCounter, isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { SourceRange } from '../model/source.ts';
import { rangeFromOffsets } from './sourceRange.ts';

/** What one pass over a document's AST yields. */
export interface PositionIndex {
  /** pathKey -> range; map entries start at their key, so the range's line is where `key:` is written. */
  positions: Record<string, SourceRange>;
  /** Alias nodes met on the way: needed to point at the culprit when expanding them fails. */
  aliases: Alias[];
  /** Range of the whole node (the document's contents). */
  range: SourceRange;
}

interface WalkContext {
  lineCounter: LineCounter;
  text: string;
  positions: Record<string, SourceRange>;
  aliases: Alias[];
}

/**
 * Walks the AST once, recording a range for every field path. Aliases are recorded where
 * they are written and never followed, so an alias bomb costs nothing here (its expansion is
 * bounded separately by `maxAliasCount` when the document becomes a JS value).
 * Keys are built as strings on the way down (same format as `pathKey`) to avoid allocating
 * path arrays per node: this walk runs on every keystroke.
 */
export function indexPositions(root: unknown, lineCounter: LineCounter, text: string): PositionIndex {
  const ctx: WalkContext = { lineCounter, text, positions: {}, aliases: [] };
  const start = nodeRange(root)[0];
  const end = walk(root, '', start, ctx);
  return { positions: ctx.positions, aliases: ctx.aliases, range: rangeFromOffsets(lineCounter, text, start, end) };
}

/** Returns the end offset of the node's content; records the node's range under `key`. */
function walk(node: unknown, key: string, start: number, ctx: WalkContext): number {
  let end: number;
  if (isMap(node)) end = walkMap(node.items, key, ctx, node.flow ? nodeRange(node)[1] : undefined);
  else if (isSeq(node)) end = walkSeq(node.items, key, ctx, node.flow ? nodeRange(node)[1] : undefined);
  else {
    if (isAlias(node)) ctx.aliases.push(node);
    end = nodeRange(node)[1];
  }
  // The root ('' key) is the document itself: Resource.range covers it.
  if (key !== '') ctx.positions[key] = rangeFromOffsets(ctx.lineCounter, ctx.text, start, Math.max(start, end));
  return end;
}

/** `flowEnd` is set for `{...}`: its closing brace ends it. Block maps end with their last entry. */
function walkMap(items: unknown[], key: string, ctx: WalkContext, flowEnd: number | undefined): number {
  let end = 0;
  for (const pair of items) {
    if (!isPair(pair)) continue;
    const k = pair.key;
    // Complex keys (`? [a, b]`) have no field name a path could use.
    if (k !== null && k !== undefined && !isScalar(k)) continue;
    const name = k == null || k.value == null ? '' : String(k.value);
    const keyRange = k ? nodeRange(k) : nodeRange(pair.value);
    const childKey = key + '/' + name;
    let e: number;
    if (pair.value == null) {
      e = keyRange[1];
      ctx.positions[childKey] = rangeFromOffsets(ctx.lineCounter, ctx.text, keyRange[0], e);
    } else {
      e = Math.max(keyRange[1], walk(pair.value, childKey, keyRange[0], ctx));
    }
    if (e > end) end = e;
  }
  return flowEnd ?? end;
}

function walkSeq(items: unknown[], key: string, ctx: WalkContext, flowEnd: number | undefined): number {
  let end = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const childKey = key + '/' + i;
    // A pair directly in a flow sequence (`[a: 1]`) is a one-entry map.
    const e = isPair(item)
      ? walkMap([item], childKey, ctx, undefined)
      : walk(item, childKey, nodeRange(item)[0], ctx);
    if (isPair(item)) {
      const kr = nodeRange(item.key);
      ctx.positions[childKey] = rangeFromOffsets(ctx.lineCounter, ctx.text, kr[0], Math.max(kr[0], e));
    }
    if (e > end) end = e;
  }
  return flowEnd ?? end;
}

/** Parsed nodes always carry a range; the fallback only guards against hand-made nodes. */
function nodeRange(node: unknown): readonly [number, number, number] {
  const r = (node as { range?: [number, number, number] } | null | undefined)?.range;
  return r ?? [0, 0, 0];
}
