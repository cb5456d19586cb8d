import type { SourceRange } from './source.ts';

export type DiagnosticLevel = 'Error' | 'Warning' | 'Info';

/**
 * Codes are Istio's public analyzer codes (IST....) so users can search them, plus
 * playground-only codes: ITP0xxx. YAML0001 = YAML syntax error, ITP1xxx = engine limits.
 */
export interface Diagnostic {
  code: string;
  level: DiagnosticLevel;
  message: string;
  kind?: string;
  namespace?: string;
  name?: string;
  range: SourceRange;
}
