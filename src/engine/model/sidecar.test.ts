import { describe, expect, it } from 'vitest';
import { type SidecarInput, decideSidecar } from './sidecar.ts';

const pod = (p: Partial<SidecarInput>): SidecarInput => ({
  namespace: 'lab',
  namespaceLabels: {},
  labels: {},
  annotations: {},
  ...p,
});
const enabled = { 'istio-injection': 'enabled' };

describe('decideSidecar', () => {
  it.each<[string, Partial<SidecarInput>, boolean]>([
    ['namespace enabled', { namespaceLabels: enabled }, true],
    ['namespace enabled, pod label false', { namespaceLabels: enabled, labels: { 'sidecar.istio.io/inject': 'false' } }, false],
    ['namespace enabled, pod annotation false', { namespaceLabels: enabled, annotations: { 'sidecar.istio.io/inject': 'false' } }, false],
    ['no namespace label, pod label true', { labels: { 'sidecar.istio.io/inject': 'true' } }, true],
    ['no namespace label, pod annotation true only', { annotations: { 'sidecar.istio.io/inject': 'true' } }, false],
    ['nothing', {}, false],
    ['namespace disabled beats pod label true', { namespaceLabels: { 'istio-injection': 'disabled' }, labels: { 'sidecar.istio.io/inject': 'true' } }, false],
    ['revision label on namespace', { namespaceLabels: { 'istio.io/rev': 'canary' } }, true],
    ['namespace enabled, label "enabled" reads as false', { namespaceLabels: enabled, labels: { 'sidecar.istio.io/inject': 'enabled' } }, false],
    ['namespace enabled, label wins over annotation', { namespaceLabels: enabled, labels: { 'sidecar.istio.io/inject': 'true' }, annotations: { 'sidecar.istio.io/inject': 'false' } }, true],
    ['hostNetwork', { namespaceLabels: enabled, hostNetwork: true }, false],
    ['kube-system', { namespace: 'kube-system', namespaceLabels: enabled }, false],
  ])('%s', (_, input, expected) => {
    const d = decideSidecar(pod(input));
    expect(d.hasSidecar).toBe(expected);
    expect(d.reason).toMatch(/\.$/);
  });

  it('explains the decision in a sentence', () => {
    expect(decideSidecar(pod({ labels: { 'sidecar.istio.io/inject': 'true' } })).reason).toBe(
      'Pod label `sidecar.istio.io/inject: "true"` asks for injection (Namespace `lab` has no `istio-injection: enabled` label).',
    );
    expect(decideSidecar(pod({ namespaceLabels: enabled, annotations: { 'sidecar.istio.io/inject': 'false' } })).reason).toBe(
      'Namespace `lab` has label `istio-injection: enabled`, but the pod\'s annotation `sidecar.istio.io/inject: "false"` opts it out.',
    );
  });

  it('treats ingress gateway pods as Envoy themselves', () => {
    expect(decideSidecar(pod({ namespaceLabels: enabled, labels: { istio: 'ingressgateway' } }))).toMatchObject({
      hasSidecar: false,
      isIngressGateway: true,
    });
  });
});
