import type { HTTPMatchRequest } from '../../model/istio.ts';
import type { HttpRequest } from '../../model/request.ts';
import { compileHttpMatch } from './compileMatchBlock.ts';
import type { MatchCompileError, MatchFailure } from './types.ts';

/** The result of compiling a route's `match` list: blocks OR'ed, no blocks = match everything. */
export interface CompiledRouteMatches {
  /** Errors of every block, fields prefixed with `match[i].`. */
  readonly errors: readonly MatchCompileError[];
  /** Number of match blocks (0 = the route matches every request). */
  readonly blockCount: number;
  /** Allocation-free: does any block match? */
  matches(req: HttpRequest): boolean;
  /** null when some block matches; else the first failing condition of each block, in order. */
  test(req: HttpRequest): MatchFailure[] | null;
  /** null when some block matches; else one sentence for a trace ("no match block applies: ..."). */
  explain(req: HttpRequest): string | null;
}

const ALWAYS: CompiledRouteMatches = {
  errors: [],
  blockCount: 0,
  matches: () => true,
  test: () => null,
  explain: () => null,
};

/**
 * Rule 7: a route applies when any of its match blocks fully matches; a route without match
 * blocks applies to every request (Istio: `len(http.Match) == 0` -> catch-all route).
 * A null entry in the list is an empty block, which matches everything (Istio translates a nil
 * match to prefix '/').
 */
export function compileRouteMatches(matches: readonly (HTTPMatchRequest | null | undefined)[] | null | undefined): CompiledRouteMatches {
  if (!Array.isArray(matches) || matches.length === 0) return ALWAYS;
  const blocks = matches.map((m) => compileHttpMatch(m));
  const errors: MatchCompileError[] = [];
  blocks.forEach((b, i) => {
    for (const e of b.errors) errors.push({ field: `match[${i}].${e.field}`, message: e.message });
  });
  const n = blocks.length;
  const anyMatches =
    n === 1
      ? blocks[0].matches
      : (req: HttpRequest): boolean => {
          for (let i = 0; i < n; i++) if (blocks[i].matches(req)) return true;
          return false;
        };
  const test = (req: HttpRequest): MatchFailure[] | null => {
    if (anyMatches(req)) return null;
    return blocks.map((b) => b.test(req) ?? { field: '', reason: 'matched' });
  };
  return {
    errors,
    blockCount: n,
    matches: anyMatches,
    test,
    explain(req) {
      const failures = test(req);
      if (!failures) return null;
      if (failures.length === 1) return failures[0].reason;
      return `no match block applies: ${failures
        .map((f, i) => `${blocks[i].name ? `block ${i + 1} (${blocks[i].name})` : `block ${i + 1}`}: ${f.reason}`)
        .join('; ')}`;
    },
  };
}
