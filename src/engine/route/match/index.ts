export {
  compileStringMatch,
  compileRegex,
  MAX_REGEX_BYTES,
  type CompileStringMatchOptions,
  type CompileStringMatchResult,
  type StringMatcher,
  type StringMatchKind,
} from './compileStringMatch.ts';
export {
  compileHttpMatch,
  compileRouteMatches,
  evaluateClientConditions,
  firstQueryValue,
  hasRequestConditions,
  resolveGatewayName,
  type ClientFacts,
  type CompiledHttpMatch,
  type CompiledRouteMatches,
  type MatchCompileError,
  type MatchFailure,
} from './compileHttpMatch.ts';
