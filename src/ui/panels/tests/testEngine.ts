/**
 * The engine calls of the Tests tab, in their own module so the tab loads the engine (YAML
 * parser, router) as a separate chunk on first use instead of growing the page's entry chunk.
 */
import { loadScenario, runScenarioTests, traceTestRequest } from '../../../engine/index.ts';

export { traceTestRequest };

export function runTestText(yaml: string) {
  return runScenarioTests(yaml, loadScenario);
}
