import { describe, expect, it } from 'vitest';
import { loadScenario } from '../engine/loadScenario.ts';
import { createDeferredAnalysis } from './deferredAnalysis.ts';
import type { AnalyzedMessage } from './protocol.ts';

// A VirtualService routing to a subset no DestinationRule defines: IST0101, found by the analyzer
// only (loadScenario's own diagnostics do not include it).
const missingSubset = `apiVersion: v1
kind: Service
metadata: {name: web, namespace: default}
spec: {selector: {app: web}, ports: [{name: http, port: 80}]}
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: web, namespace: default}
spec:
  hosts: [web]
  http:
  - route:
    - destination: {host: web, subset: v9}
`;

describe('analysis after the answer', () => {
  it('posts the analyzer diagnostics of a revision once the analyzer has loaded, then synchronously', async () => {
    const posted: AnalyzedMessage[] = [];
    let revision = 1;
    const analysis = createDeferredAnalysis({ post: (m) => posted.push(m), currentRevision: () => revision });
    const loaded = loadScenario(missingSubset);
    expect(loaded.diagnostics.some((d) => d.code === 'IST0101')).toBe(false);
    analysis.analyze(1, loaded);
    expect(posted).toHaveLength(0); // the analyzer's code is still loading
    await waitFor(() => posted.length === 1);
    expect(posted[0].revision).toBe(1);
    expect(posted[0].diagnostics.map((d) => d.code)).toContain('IST0101');

    revision = 2;
    analysis.analyze(2, loaded);
    expect(posted).toHaveLength(2); // loaded now: no wait
    expect(posted[1].revision).toBe(2);
  });

  it('a revision superseded while the analyzer loads is never reported', async () => {
    const posted: AnalyzedMessage[] = [];
    let revision = 5;
    const analysis = createDeferredAnalysis({ post: (m) => posted.push(m), currentRevision: () => revision });
    analysis.analyze(5, loadScenario(missingSubset));
    revision = 6;
    analysis.analyze(6, loadScenario(missingSubset.replace('v9', 'v8')));
    await waitFor(() => posted.length > 0);
    expect(posted.map((m) => m.revision)).toEqual([6]);
    expect(posted[0].diagnostics.find((d) => d.code === 'IST0101')?.message).toContain('v8');
  });
});

async function waitFor(done: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
