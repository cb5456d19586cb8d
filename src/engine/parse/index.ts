/** Parse stage: scenario YAML text -> resources with source positions, plus diagnostics. */
export { parseScenario, MAX_ALIAS_COUNT, type ParseResult } from './parseScenario.ts';
export { rangeFromOffsets } from './sourceRange.ts';
