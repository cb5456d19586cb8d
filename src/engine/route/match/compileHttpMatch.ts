// The match-block API, split by concept: types.ts, compileMatchBlock.ts (one block),
// compileRouteMatches.ts (a route's blocks), clientConditions.ts (rule 6), queryConditions.ts.
export type { CompiledHttpMatch, MatchCompileError, MatchFailure } from './types.ts';
export { compileHttpMatch } from './compileMatchBlock.ts';
export { compileRouteMatches, type CompiledRouteMatches } from './compileRouteMatches.ts';
export { evaluateClientConditions, hasRequestConditions, resolveGatewayName, type ClientFacts } from './clientConditions.ts';
export { firstQueryValue } from './queryConditions.ts';
