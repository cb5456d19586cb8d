// Test helpers for the analyzers (not exported from index.ts).
import { loadScenario } from '../index.ts';
import { ANALYZERS } from './analyzers.ts';
import { analyzeScenario } from './index.ts';
import type { AnalyzerMessage } from './types.ts';

/** Every message for `yaml`; an analyzer that throws fails the test instead of being skipped. */
export function analyzeYaml(yaml: string): AnalyzerMessage[] {
  return analyzeScenario(loadScenario(yaml), ANALYZERS, (a, e) => {
    throw new Error(`analyzer ${a.name} threw: ${e instanceof Error ? e.stack : String(e)}`);
  });
}

/** The messages with `code`. */
export function withCode(yaml: string, code: string): AnalyzerMessage[] {
  return analyzeYaml(yaml).filter((m) => m.code === code);
}

/** 1-based line of the `nth` (0-based) line containing `needle`; throws when absent so a typo fails loudly. */
export function lineWith(yaml: string, needle: string, nth = 0): number {
  const lines = yaml.split('\n');
  let seen = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes(needle) && seen++ === nth) return i + 1;
  }
  throw new Error(`no line ${nth} containing ${JSON.stringify(needle)}`);
}
