import type { LoadedScenario } from '../index.ts';
import type { Diagnostic } from '../model/diagnostic.ts';

/**
 * All analyzer messages for a loaded scenario, in line order. The individual analyzers
 * (Istio's IST codes and the playground's ITP hints) register in ./analyzers.ts.
 */
export function analyzeScenario(loaded: LoadedScenario): Diagnostic[] {
  return [...loaded.diagnostics].sort((a, b) => a.range.line - b.range.line || a.range.col - b.range.col);
}
