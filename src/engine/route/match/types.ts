import type { HttpRequest } from '../../model/request.ts';

/** Why a match block did not apply: the first failing condition. */
export interface MatchFailure {
  /** 'uri', 'scheme', 'method', 'authority', 'headers.end-user', 'queryParams.x', 'withoutHeaders.x'. */
  field: string;
  /** One sentence: "header end-user is 'bob', expected exact 'jason'". */
  reason: string;
}

/** A condition that could not be compiled (bad regex, wrong shape). It never matches. */
export interface MatchCompileError {
  field: string;
  message: string;
}

export interface CompiledHttpMatch {
  /** The block's `name`, when given. */
  readonly name?: string;
  /** Empty when every condition compiled. A block with errors never matches. */
  readonly errors: readonly MatchCompileError[];
  /** Allocation-free check (except regex on multi-valued headers, which joins the values). */
  matches(req: HttpRequest): boolean;
  /** null when the block matches, else the first failing condition. */
  test(req: HttpRequest): MatchFailure | null;
}
