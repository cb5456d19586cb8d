export {
  compileStringMatch,
  compileRegex,
  MAX_REGEX_BYTES,
  type CompileStringMatchOptions,
  type CompileStringMatchResult,
  type StringMatcher,
  type StringMatchKind,
} from './compileStringMatch.ts';
export { compileHttpMatch } from './compileMatchBlock.ts';
export { compileRouteMatches, type CompiledRouteMatches } from './compileRouteMatches.ts';
export { evaluateClientConditions, hasRequestConditions, resolveGatewayName, type ClientFacts } from './clientConditions.ts';
export { firstQueryValue } from './queryConditions.ts';
export type { CompiledHttpMatch, MatchCompileError, MatchFailure } from './types.ts';
