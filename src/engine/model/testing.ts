// Test helper (not exported from index.ts): YAML text -> model, failing loudly on parse errors.
import { parseScenario } from '../parse/parseScenario.ts';
import { buildModel, type BuildModelOptions, type BuildModelResult } from './buildModel.ts';
import type { Diagnostic } from './diagnostic.ts';

export function modelOf(yaml: string, options?: BuildModelOptions): BuildModelResult & { all: Diagnostic[] } {
  const parsed = parseScenario(yaml);
  const built = buildModel(parsed.resources, options);
  return { ...built, all: [...parsed.diagnostics, ...built.diagnostics] };
}
