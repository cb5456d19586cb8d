import { describe, expect, it } from 'vitest';
import { loadScenario } from '../loadScenario.ts';
import { seedYaml } from '../../scenarios/seed.ts';
import { generateLargeMesh } from '../../scenarios/generateLargeMesh.ts';
import { describeTopology } from './describeTopology.ts';

describe("a proxy node's summary", () => {
  it('names the VirtualService when all its requests go through one', () => {
    const [proxy] = describeTopology(loadScenario(seedYaml)).proxies;
    expect(proxy.summary).toBe('VirtualService httpping-without-sidecar applies');
  });

  it('counts them when its requests go to hosts with different VirtualServices, instead of naming the first', () => {
    const proxies = describeTopology(loadScenario(generateLargeMesh())).proxies;
    expect(proxies.length).toBeGreaterThan(0);
    for (const p of proxies) expect(p.summary).toMatch(/^\d+ VirtualServices apply, one per host$/);
  });
});
