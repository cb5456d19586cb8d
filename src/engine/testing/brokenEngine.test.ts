/**
 * The conformance suite must catch a wrong engine. The runner's `load` seam (the engine entry it
 * loads each file with) lets this test substitute a deliberately broken engine without touching
 * production code, and check that the conformance tests about that rule fail, by name.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectScenarioFiles } from '../../cli/routingTests/collectFiles.ts';
import { runScenarioFiles } from '../../cli/routingTests/runFiles.ts';
import { loadScenario } from '../index.ts';
import { runScenarioTests } from './runScenarioTests.ts';

const conformance = fileURLToPath(new URL('../../../conformance/', import.meta.url));
const files = collectScenarioFiles([conformance]);

/** Rule 3 broken: VirtualService `gateways` ignored, so every rule applies to every proxy. */
function loadIgnoringGateways(text: string) {
  const loaded = loadScenario(text);
  const everyGateway = loaded.model.gateways.map((g) => `${g.namespace}/${g.name}`);
  for (const vs of loaded.model.virtualServices) vs.gateways = ['mesh', ...everyGateway];
  return loaded;
}

/** Rule 5 broken: exportTo ignored, so every rule is visible everywhere. */
function loadIgnoringExportTo(text: string) {
  const loaded = loadScenario(text);
  for (const vs of loaded.model.virtualServices) vs.exportTo = ['*'];
  for (const dr of loaded.model.destinationRules) dr.exportTo = ['*'];
  return loaded;
}

function failingTests(load: typeof loadScenario | typeof loadIgnoringGateways): string[] {
  const out: string[] = [];
  for (const file of files) {
    const run = runScenarioTests(readFileSync(file, 'utf8'), load);
    for (const t of run.report.tests) if (!t.passed) out.push(`${file.slice(conformance.length)}: ${t.namespace}/${t.name}`);
  }
  return out;
}

describe('conformance suite against a deliberately broken engine', () => {
  it('passes with the real engine', () => {
    expect(failingTests(loadScenario)).toEqual([]);
  });

  it('catches an engine that ignores VirtualService `gateways` (rule 3)', () => {
    const failing = failingTests(loadIgnoringGateways);
    expect(failing).toEqual(expect.arrayContaining([
      'gateways/gateway-only-ignored-by-sidecars.yaml: shop/sidecar-ignores-gateway-only-rule',
      'gateways/gateway-namespace-qualifier.yaml: istio-system/unqualified-name-does-not-bind',
    ]));
    // Only tests about gateway binding notice; the rest of the suite is unaffected.
    expect(failing.every((f) => f.startsWith('gateways/') || f.startsWith('bookinfo/'))).toBe(true);
  });

  it('catches an engine that ignores exportTo (rule 5)', () => {
    expect(failingTests(loadIgnoringExportTo)).toEqual(expect.arrayContaining([
      'export-to/virtual-service-dot.yaml: front/other-namespace-does-not',
      'export-to/destination-rule-dot.yaml: front/other-namespace-gets-503',
      'first-wins/private-before-public.yaml: front/private-beats-older-public',
      'export-to/virtual-service-namespaces.yaml: back/unlisted-namespace-does-not',
    ]));
  });

  it('reports the broken rule through the CLI runner too, with the failing request traced', () => {
    const gatewayFile = files.filter((f) => f.endsWith('gateway-only-ignored-by-sidecars.yaml'));
    const suite = runScenarioFiles(gatewayFile, loadIgnoringGateways);
    expect(suite.failed).toBe(1);
    const test = suite.files[0].tests.find((t) => !t.passed)!;
    expect(test.name).toBe('sidecar-ignores-gateway-only-rule');
    expect(test.assertions.find((a) => !a.passed)?.message).toMatch(/Expected VirtualService none for every request, but 300 of 300 got shop\/web-v2-at-the-edge/);
    const trace = suite.files[0].traces.get(test)!;
    expect(trace.traced.steps.map((s) => s.stage)).toContain('virtualService');
  });
});
