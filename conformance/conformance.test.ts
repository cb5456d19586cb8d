/**
 * The conformance suite as part of `npm test`: every `Test` document under conformance/ must pass
 * against the engine, and every one must cite the documented behaviour it encodes (a `# Source:`
 * comment right above it). The same files run in CI through `itp test conformance/`.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { collectScenarioFiles } from '../src/cli/routingTests/collectFiles.ts';
import { loadScenario, runScenarioTests } from '../src/engine/index.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const files = collectScenarioFiles([root]);

describe('conformance suite', () => {
  it('has at least 60 scenario files', () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  describe.each(files.map((f) => [relative(root, f), f]))('%s', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const run = runScenarioTests(text, loadScenario);

    it('loads without errors or warnings and has tests', () => {
      expect(run.fatal).toBeUndefined();
      expect(run.diagnostics.filter((d) => d.level !== 'Info').map((d) => d.message)).toEqual([]);
      expect(run.report.tests.length).toBeGreaterThan(0);
    });

    it('cites a source above every Test', () => {
      const docs = text.split(/^---$/m).filter((d) => /^kind: Test$/m.test(d));
      for (const doc of docs) expect(doc, doc.slice(0, 200)).toMatch(/^# Source: \S+/m);
    });

    for (const t of run.report.tests) {
      it(`${t.namespace}/${t.name}`, () => {
        const failures = t.error ? [t.error] : t.assertions.filter((a) => !a.passed).map((a) => `line ${a.range.line}: ${a.label}: ${a.message}`);
        expect(failures).toEqual([]);
      });
    }
  });
});
