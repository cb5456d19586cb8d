/**
 * The built-in examples: the scenario picker lists them, the first one loads on a first
 * visit. Each description says what the scenario demonstrates and what to notice.
 */
import { bookinfoRequestRoutingYaml } from './bookinfoRequestRouting.ts';
import { consistentHashYaml } from './consistentHash.ts';
import { crossNamespaceShortNameYaml } from './crossNamespaceShortName.ts';
import { drLookupOrderYaml } from './drLookupOrder.ts';
import { exportToYaml } from './exportTo.ts';
import { faultInjectionYaml } from './faultInjection.ts';
import { gatewayOnlyYaml } from './gatewayOnly.ts';
import { headerCanaryYaml } from './headerCanary.ts';
import { ingressGatewayYaml } from './ingressGateway.ts';
import { mirroringYaml } from './mirroring.ts';
import { noSidecarClientYaml } from './noSidecarClient.ts';
import { retriesTimeoutsYaml } from './retriesTimeouts.ts';
import { seedYaml } from './seed.ts';
import { stickyCookieYaml } from './stickyCookie.ts';
import { stickyHeaderMaglevYaml } from './stickyHeaderMaglev.ts';
import { trafficShiftingYaml } from './trafficShifting.ts';

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
  {
    id: 'bookinfo-request-routing',
    title: 'Bookinfo: route one user to reviews v2',
    description:
      'Istio\'s request-routing task on Bookinfo: productpage calls reviews, and the reviews VirtualService ' +
      'sends requests whose end-user header is exactly jason to subset v2 and everything else to v1. The ' +
      'traffic is one third jason, one third alice, bob or Jason, and one third anonymous (no end-user ' +
      'header). Notice that reviews-v2 gets exactly the jason third (about 33%; 666 of 2000 requests with ' +
      'seed 1), reviews-v1 all the rest and v3 nothing. Jason with a capital J lands on v1: header values ' +
      'match case-sensitively. Trace an anonymous request to see route 1 fail and route 2 catch it.',
    yaml: bookinfoRequestRoutingYaml,
  },
  {
    id: 'traffic-shifting',
    title: 'Bookinfo: shift traffic from v1 to v3',
    description:
      'Istio\'s traffic-shifting task: the reviews VirtualService sends 50% of requests to v1 and 50% to v3, ' +
      'drawn at random for every request. Notice that the v1 and v3 pods each get about half (984 and 1016 ' +
      'of 2000 with seed 1) and v2 none. Now finish the migration: change the weights to 0 for v1 and 100 ' +
      'for v3, and v1 drops to zero while v3 takes every request. Weights are relative, so 1 and 1 would ' +
      'also mean 50/50.',
    yaml: trafficShiftingYaml,
  },
  {
    id: 'header-canary',
    title: 'Canary by header, then 95/5',
    description:
      'A canary release of checkout v2 with two routes, tried in order: requests carrying x-canary: "true" ' +
      'always go to v2, and every other request is split 95/5 between v1 and v2. One request in five comes ' +
      'from a tester, so the single v2 pod gets about 24% of all traffic (20% testers plus 5% of the other ' +
      '80%; 495 of 2000 with seed 1) and the three v1 pods share the other 76%. Trace a request with ' +
      'x-canary: True: the exact match is case-sensitive, so it falls through to the 95/5 route. Raise the ' +
      '5 to move more traffic to the canary.',
    yaml: headerCanaryYaml,
  },
  {
    id: 'sticky-cookie',
    title: 'Sticky sessions with a cookie',
    description:
      'A DestinationRule alone hashes cookie user-session onto a ring of four cart pods. Requests that send ' +
      'the cookie (like curl -b \'user-session=alice\') stick: alice, bob, carol and erin each always reach ' +
      'the same pod, here a different pod each. A request without the cookie gets one made up by Envoy, ' +
      'because ttl is set: its trace shows Set-Cookie: user-session="<16 hex digits>"; Max-Age=3600. But ' +
      'curl keeps no cookie jar, so the next request comes without it again, gets a new cookie and a random ' +
      'pod. Notice that each pod gets about 25%: one session (19%) plus its share of the cookie-less ' +
      'quarter. Remove ttl and cookie-less requests get a random pod and no Set-Cookie.',
    yaml: stickyCookieYaml,
  },
  {
    id: 'sticky-header-maglev',
    title: 'Sticky on a header with Maglev',
    description:
      'A DestinationRule hashes header x-user-id through Envoy\'s Maglev table (65537 slots) over five ' +
      'recommendations pods. Each of the eight users always reaches the same pod; three pods hold two users ' +
      '(about 24% of requests each) and two pods hold one (about 13%), because a handful of keys never ' +
      'spreads evenly. The one request in ten without the header can land on any pod. Now scale the ' +
      'Deployment from 5 to 4 replicas: only carol and erin, whose pod is removed, move; the other six ' +
      'users keep their pods, which is what consistent hashing is for.',
    yaml: stickyHeaderMaglevYaml,
  },
  {
    id: 'fault-injection',
    title: 'Bookinfo: inject a delay and an abort',
    description:
      'Istio\'s fault-injection task on Bookinfo: reviews v2 calls ratings, and the ratings VirtualService, ' +
      'applied by the caller\'s sidecar, delays every request for end-user jason by 7 s and aborts half of ' +
      'everyone else\'s with HTTP 500. Notice that all jason requests still reach a ratings pod with 200 ' +
      'after a 7000 ms delay (flag DI), while about half of the alice and bob requests get 500 with flag FI ' +
      'and never reach ratings: about a third of all requests (675 of 2000 with seed 1). The playground ' +
      'routes this one hop; in the real Bookinfo, productpage gives up on reviews after 3 s plus one retry, ' +
      'so jason sees an error page, the bug the task uncovers.',
    yaml: faultInjectionYaml,
  },
  {
    id: 'retries-timeouts',
    title: 'Timeouts and retries',
    description:
      'After Istio\'s request-timeouts task: productpage calls reviews with timeout: 0.5s and up to 2 ' +
      'retries (perTryTimeout 0.2s on 5xx, connect-failure, refused-stream), and reviews v2 calls ratings, ' +
      'which a fault delays by 2 s. Trace productpage\'s request: the route\'s steps show "timeout 0.5s" and ' +
      '"retries: 2 attempts". Notice what the simulation leaves out: each hop is routed on its own and ' +
      'upstreams answer at once, so productpage to reviews shows 200 with no delay, while reviews to ' +
      'ratings shows 200 after 2000 ms (flag DI). In a cluster the 2 s wait inside reviews would outlast ' +
      'every 0.2 s try and the 0.5 s total, and productpage would get 504 (flag UT) after 0.5 s.',
    yaml: retriesTimeoutsYaml,
  },
  {
    id: 'mirroring',
    title: 'Mirror traffic to a new version',
    description:
      'Istio\'s mirroring task: the httpbin VirtualService sends 100% of requests to v1 and mirrors each one ' +
      'to v2 (mirrorPercentage 100). Notice that all responses come from the two v1 pods (about half each) ' +
      'and the v2 pods count zero requests, yet every trace ends with "mirrored to ' +
      'outbound|8000|v2|httpbin.demo.svc.cluster.local": the copy is fire and forget and its response is ' +
      'thrown away. Lower mirrorPercentage to copy only a sample.',
    yaml: mirroringYaml,
  },
  {
    id: 'ingress-gateway',
    title: 'Ingress gateway: path rules for outside traffic only',
    description:
      'Bookinfo\'s Gateway and VirtualService, bound to the ingress gateway only (gateways lists ' +
      'bookinfo-gateway, not mesh). At the gateway, the listed paths of bookinfo.example.com reach ' +
      'productpage (200), while /admin, which no route lists, and Host shop.example.com, which the Gateway ' +
      'does not serve, get 404 NR: about 30% of the gateway\'s requests (381 with seed 1). Notice that the ' +
      'in-mesh sleep pod gets 200 for the same /admin path, by Service name and even with Host: ' +
      'bookinfo.example.com (its sidecar knows no such host and passes the request through to productpage): ' +
      'a path list on the gateway is no access control inside the mesh.',
    yaml: ingressGatewayYaml,
  },
  {
    id: 'cross-namespace-short-name',
    title: 'Short host name in another namespace',
    description:
      'A VirtualService in namespace frontend lists hosts: [reviews] to split calls to the reviews Service ' +
      'in namespace backend 90/10 between v1 and v2. A host without a dot is read relative to the ' +
      'VirtualService\'s own namespace, so it names reviews.frontend.svc.cluster.local, a host nobody calls. ' +
      'webapp\'s requests to reviews.backend take the Service\'s default route and spread over all four pods, ' +
      'about 50% on v2 instead of 10%, and no request fails. Fix it with the full name: change the ' +
      'host to reviews.backend.svc.cluster.local and v2 drops to about 10%. The destinations are already ' +
      'fully qualified; short ones would be expanded the same wrong way.',
    yaml: crossNamespaceShortNameYaml,
  },
  {
    id: 'export-to',
    title: 'exportTo: a VirtualService for one namespace',
    description:
      'The backend team\'s VirtualService splits reviews 10/90 between v1 and v2 but is exported only to its ' +
      'own namespace (exportTo: ["."]). The tester pod in backend gets the split: about 90% of its requests ' +
      'reach the two v2 pods (898 of 1000 with seed 1). webapp in namespace frontend does not see the ' +
      'VirtualService at all (its trace says "not exported to namespace frontend") and spreads evenly over ' +
      'all four pods, about 50% on v2. Change "." to "*" and webapp is split 10/90 too.',
    yaml: exportToYaml,
  },
  {
    id: 'dr-lookup-order',
    title: 'Which DestinationRule applies?',
    description:
      'Two DestinationRules for the same host: the backend team\'s, in the Service\'s namespace, hashes on ' +
      'header x-user; the frontend team\'s, in namespace frontend, sets ROUND_ROBIN. A sidecar uses the ' +
      'first rule it finds in its own namespace, then the Service\'s namespace, then istio-system, and never ' +
      'merges rules from different namespaces. Notice that batch (in backend) keeps each of alice, bob and ' +
      'carol on one pod, while webapp (in frontend) gets the frontend rule and sends each user round robin ' +
      'over all four pods; the trace names the rule and where it was found. Delete the frontend rule and ' +
      'webapp sticks to the same pods as batch.',
    yaml: drLookupOrderYaml,
  },
];

export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((s) => s.id === id);
}
