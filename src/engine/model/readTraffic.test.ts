import { describe, expect, it } from 'vitest';
import { modelOf } from './testing.ts';

describe('buildModel: Traffic', () => {
  it('reads from, rate, requests, weights and headers', () => {
    const { model, all } = modelOf(`
apiVersion: playground/v1
kind: Traffic
metadata: {name: t, namespace: shop}
spec:
  from: sleep
  requests:
    - curl: curl http://web/
      headers: {Foo: [bar, 1], x-one: single}
    - curl: curl http://web/b
      weight: 3
    - "curl http://web/c"
---
apiVersion: playground/v1
kind: Traffic
metadata: {name: u}
spec: {from: other/client, rate: 50, requests: [curl http://x/]}
`);
    expect(all).toEqual([]);
    expect(model.traffic[0]).toMatchObject({
      from: 'shop/sleep',
      rate: 10,
      requests: [
        { curl: 'curl http://web/', weight: 1, headers: { foo: ['bar', '1'], 'x-one': ['single'] }, index: 0 },
        { curl: 'curl http://web/b', weight: 3, headers: {}, index: 1 },
        { curl: 'curl http://web/c', weight: 1, headers: {}, index: 2 },
      ],
    });
    expect(model.traffic[1]).toMatchObject({ from: 'other/client', rate: 50 });
  });

  it('defaults bad values and reports them at their lines', () => {
    const { model, all } = modelOf(`
apiVersion: playground/v1
kind: Traffic
metadata: {name: t}
spec:
  from: sleep
  rate: fast
  requests:
    - weight: 2
    - curl: curl http://a/
      weight: -1
`);
    expect(model.traffic[0]).toMatchObject({ rate: 10, requests: [{ curl: 'curl http://a/', weight: 1, index: 1 }] });
    expect(all.map((d) => [d.code, d.range.line])).toEqual([
      ['IST0106', 7],
      ['IST0106', 9],
      ['IST0106', 11],
    ]);
  });

  it('drops a Traffic without from', () => {
    const { model, all } = modelOf(`apiVersion: playground/v1\nkind: Traffic\nmetadata: {name: t}\nspec: {requests: [curl http://a/]}\n`);
    expect(model.traffic).toEqual([]);
    expect(all[0].message).toMatch(/`spec.from` is required/);
  });
});
