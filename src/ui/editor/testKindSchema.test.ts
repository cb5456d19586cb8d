import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { collectScenarioFiles } from '../../cli/routingTests/collectFiles.ts';
import { testKindSchema } from './testKindSchema.ts';

const validate = new Ajv({ strict: false, allErrors: true }).compile(testKindSchema);
const conformance = fileURLToPath(new URL('../../../conformance/', import.meta.url));

describe('testKindSchema', () => {
  it('accepts every Test of the conformance suite (the schema and the engine agree on the format)', () => {
    let count = 0;
    for (const file of collectScenarioFiles([conformance])) {
      for (const doc of parseAllDocuments(readFileSync(file, 'utf8'))) {
        const value = doc.toJS();
        if (value?.kind !== 'Test') continue;
        count++;
        expect(validate(value) ? [] : validate.errors, `${file} ${value.metadata?.name}`).toEqual([]);
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('flags a misspelt expectation and a malformed share', () => {
    const bad = {
      apiVersion: 'playground/v1',
      kind: 'Test',
      metadata: { name: 't' },
      spec: { from: 'a', request: 'curl http://b/', expect: { stauts: 200, share: { subset: { v1: 'lots' } } } },
    };
    expect(validate(bad)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/spec/expect', '/spec/expect/share/subset/v1']));
  });
});
