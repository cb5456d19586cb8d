/**
 * The built-in examples: the scenario picker lists them, the first one loads on a first
 * visit. Each description says what the scenario demonstrates and what to notice.
 */
import { consistentHashYaml } from './consistentHash.ts';
import { gatewayOnlyYaml } from './gatewayOnly.ts';
import { noSidecarClientYaml } from './noSidecarClient.ts';
import { seedYaml } from './seed.ts';

export interface Scenario {
  /** Stable identifier, used in links (`?scenario=seed`); never rename one. */
  id: string;
  title: string;
  description: string;
  yaml: string;
}

export const scenarios: readonly Scenario[] = [
  {
    id: 'seed',
    title: 'Weighted split inside the mesh',
    description:
      'A client with an Envoy sidecar calls a Service whose VirtualService (gateways: mesh) sends 10% of ' +
      'requests to subset v1 and 90% to v2, as defined by a DestinationRule. Notice that the split happens ' +
      'in the client\'s sidecar: the six backend pods have no sidecar at all, yet about one request in ten ' +
      'lands on a v1 pod.',
    yaml: seedYaml,
  },
  {
    id: 'no-sidecar-client',
    title: 'Client without a sidecar',
    description:
      'The same Service, DestinationRule and 10/90 VirtualService, but the client has no sidecar. Notice ' +
      'that the weights are ignored: kube-proxy picks a random pod behind the ClusterIP for every ' +
      'connection, so v1 gets about half the requests. Flip the client\'s sidecar.istio.io/inject label to ' +
      '"true" to bring the split back.',
    yaml: noSidecarClientYaml,
  },
  {
    id: 'gateway-only',
    title: 'Gateway-only VirtualService',
    description:
      'The VirtualService lists only an ingress Gateway under gateways, not mesh. Requests that enter ' +
      'through the ingress gateway are split 10/90, while the in-mesh client ignores the VirtualService ' +
      'and spreads its requests over all six pods. Add mesh to the gateways list to apply the split to ' +
      'both.',
    yaml: gatewayOnlyYaml,
  },
  {
    id: 'consistent-hash',
    title: 'Consistent hash on a header, no VirtualService',
    description:
      'A DestinationRule alone, with consistentHash on header foo and no VirtualService. Notice that every ' +
      'request with the same foo value (bar, baz, qux, alice, bob) keeps landing on the same pod, while ' +
      'requests without the header are spread at random. Kill or scale a pod to see which keys move.',
    yaml: consistentHashYaml,
  },
];

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}
