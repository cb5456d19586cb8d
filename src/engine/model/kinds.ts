/**
 * Which kinds the playground understands, and under which apiVersions. A known kind under
 * the wrong apiVersion is an error (the API server would say "no matches for kind"); kinds
 * that are part of Istio but not simulated yet are accepted with an Info, so a manifest
 * copied from a real cluster loads without noise.
 */
export const ISTIO_NETWORKING_VERSIONS = [
  'networking.istio.io/v1',
  'networking.istio.io/v1beta1',
  'networking.istio.io/v1alpha3',
] as const;

export type SimulatedKind =
  | 'Namespace'
  | 'Service'
  | 'Deployment'
  | 'Pod'
  | 'VirtualService'
  | 'DestinationRule'
  | 'Gateway'
  | 'Traffic'
  | 'Test';

export const SIMULATED_KINDS: Record<SimulatedKind, readonly string[]> = {
  Namespace: ['v1'],
  Service: ['v1'],
  Pod: ['v1'],
  Deployment: ['apps/v1'],
  VirtualService: ISTIO_NETWORKING_VERSIONS,
  DestinationRule: ISTIO_NETWORKING_VERSIONS,
  Gateway: ISTIO_NETWORKING_VERSIONS,
  Traffic: ['playground/v1'],
  Test: ['playground/v1'],
};

/** API groups whose kinds are real Istio/Kubernetes networking objects we do not model yet. */
const NOT_SIMULATED_GROUPS = ['networking.istio.io', 'security.istio.io', 'telemetry.istio.io', 'gateway.networking.k8s.io'];

export type KindSupport =
  | { support: 'simulated'; kind: SimulatedKind }
  | { support: 'wrongApiVersion'; expected: readonly string[] }
  | { support: 'notSimulated' }
  | { support: 'unknown' };

export function classifyKind(apiVersion: string, kind: string): KindSupport {
  const group = apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.lastIndexOf('/')) : '';
  if (Object.hasOwn(SIMULATED_KINDS, kind)) {
    const k = kind as SimulatedKind;
    if (SIMULATED_KINDS[k].includes(apiVersion)) return { support: 'simulated', kind: k };
    // The Kubernetes Gateway API also has a `Gateway`: a different object, not a typo.
    if (NOT_SIMULATED_GROUPS.includes(group) && !apiVersion.startsWith('networking.istio.io/')) {
      return { support: 'notSimulated' };
    }
    return { support: 'wrongApiVersion', expected: SIMULATED_KINDS[k] };
  }
  if (NOT_SIMULATED_GROUPS.includes(group)) return { support: 'notSimulated' };
  return { support: 'unknown' };
}
