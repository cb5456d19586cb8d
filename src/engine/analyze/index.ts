import type { LoadedScenario } from '../loadScenario.ts';
import { ANALYZERS } from './analyzers.ts';
import { AnalysisContext, type Analyzer } from './context.ts';
import type { AnalyzerMessage } from './types.ts';

export type { AnalyzerMessage, QuickFix, FixOp, FixTarget } from './types.ts';
export { CODES, type AnalyzerCode } from './codes.ts';

/**
 * All messages for a loaded scenario, in line order: the parse/model/traffic diagnostics
 * `loadScenario` already has, plus every analyzer's (Istio's IST codes and the playground's
 * ITP hints, see ./analyzers.ts). Used by the CLI `analyze` command and the worker alike.
 * Never throws: an analyzer that fails is skipped, the others still report.
 */
export function analyzeScenario(
  loaded: LoadedScenario,
  analyzers: readonly Analyzer[] = ANALYZERS,
  onError: (analyzer: Analyzer, error: unknown) => void = () => {},
): AnalyzerMessage[] {
  const ctx = new AnalysisContext(loaded);
  for (const analyzer of analyzers) {
    try {
      analyzer.analyze(ctx);
    } catch (error) {
      // A bug in one analyzer must not hide the rest (the tests pass an onError that throws).
      onError(analyzer, error);
    }
  }
  return dedupe([...loaded.diagnostics, ...ctx.messages]).sort(
    (a, b) => a.range.line - b.range.line || a.range.col - b.range.col,
  );
}

/**
 * Schema problems can be found twice: by the model's tolerant readers (which also say what the
 * playground does instead) and by schema validation. Keep the first per resource and line.
 */
function dedupe(messages: AnalyzerMessage[]): AnalyzerMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    if (m.code !== 'IST0106') return true;
    const key = `${m.kind}/${m.namespace}/${m.name}@${m.range.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
