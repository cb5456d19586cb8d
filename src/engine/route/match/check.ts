import type { StringMatcher } from './compileStringMatch.ts';

/** Where a condition reads its value (plain numbers: no enum, so type-stripping tools work). */
export const Source = {
  Uri: 0,
  Scheme: 1,
  Method: 2,
  Authority: 3,
  Header: 4,
  WithoutHeader: 5,
  Query: 6,
  /** `@request.auth.claims...`: Istio turns these into JWT metadata matchers; no JWT is simulated. */
  JwtClaim: 7,
  WithoutJwtClaim: 8,
  /** A condition that failed to compile. */
  Invalid: 9,
} as const;
export type Source = (typeof Source)[keyof typeof Source];

/** One condition of a match block, compiled: where it reads, what it tests, or why it cannot. */
export interface Check {
  source: Source;
  field: string;
  /** Header (lower-cased) or query parameter name. */
  name: string;
  matcher: StringMatcher | undefined;
  error?: string;
}
