import { describe, expect, it } from 'vitest';
import { parseShareBand } from './shareBand.ts';
import { modelOf } from './testing.ts';

describe('buildModel: Test', () => {
  it('reads the request, defaults and every expectation with its line', () => {
    const { model, all } = modelOf(`apiVersion: playground/v1
kind: Test
metadata: {name: jason, namespace: bookinfo}
spec:
  from: productpage-v1
  request: "curl -H 'end-user: jason' http://reviews:9080/"
  headers: {Foo: [a, b]}
  expect:
    status: 200
    subset: v2
    podLabels: {version: v2}
    delay: 7s
    flags: NR,DI
    share:
      subset: {v1: "10% ± 2", v2: ">= 85%"}
      podLabels: {version: {v3: 0%}}
    sticky: true
`);
    expect(all).toEqual([]);
    const t = model.tests[0];
    expect(t).toMatchObject({ from: 'bookinfo/productpage-v1', requests: 1000, seed: 1, headers: { foo: ['a', 'b'] }, errors: [] });
    expect(t.expectations.map((e) => [e.label, e.range.line])).toEqual([
      ['status 200', 9],
      ['subset v2', 10],
      ['podLabels version=v2', 11],
      ['delay 7s', 12],
      ['flags NR,DI', 13],
      ['subset v1: 10% ± 2', 15],
      ['subset v2: >= 85%', 15],
      ['version=v3: 0%', 16],
      ['sticky', 17],
    ]);
    expect(t.expectations[3]).toMatchObject({ kind: 'point', field: 'delay', expected: 7000 });
    expect(t.expectations[4]).toMatchObject({ expected: ['NR', 'DI'] });
  });

  it('is a known kind, and reports what makes a Test unrunnable or an expectation invalid', () => {
    const { model, all } = modelOf(`apiVersion: playground/v1
kind: Test
metadata: {name: t}
spec:
  expect: {stauts: 200, status: "ok", share: {subset: {v1: lots}}}
`);
    expect(all.map((d) => d.code)).not.toContain('ITP0101');
    expect(model.tests[0].errors).toEqual([expect.stringContaining('spec.from'), expect.stringContaining('spec.request')]);
    expect(model.tests[0].expectations.map((e) => e.kind)).toEqual(['invalid', 'invalid', 'invalid']);
    expect(all.filter((d) => d.code === 'ITP0301').map((d) => d.message)).toEqual([
      expect.stringContaining('unknown expectation `stauts`'),
      expect.stringContaining('`expect.status` must be a whole number'),
      expect.stringContaining('must be a share'),
    ]);
  });
});

describe('parseShareBand', () => {
  it.each([
    ['90% ± 2', 88, 92],
    ['90 +- 2', 88, 92],
    ['10%+/-2.5', 7.5, 12.5],
    ['0%', 0, 0],
    ['>= 80%', 80, 100],
    ['≤ 5', 0, 5],
    [50, 50, 50],
  ])('%s', (text, min, max) => expect(parseShareBand(text)).toMatchObject({ min, max }));

  it.each(['lots', '120%', '>= 5 ± 1', ''])('rejects %s', (text) => expect(parseShareBand(text)).toBeUndefined());
});
