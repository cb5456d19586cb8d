/** Session affinity on a header with Maglev: each x-user-id value sticks to one pod. */
import { shopDeployment, shopNamespace, shopService, webClient } from './shop.ts';

export const stickyHeaderMaglevYaml = `# Consistent hashing on a request header with Envoy's Maglev table. Each
# user's recommendations are cached on one pod; x-user-id picks the pod.

${shopNamespace}---
${shopService('recommendations', '# recommendations: one Service over five identical pods.')}---
${shopDeployment('recommendations', undefined, 5, '# Five pods. Scale to 4 and watch which users move.')}---
# Hash header x-user-id through a Maglev table of 65537 slots (a prime).
# Maglev moves few keys when a pod goes away: mostly the users of that pod.
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: shop
  name: recommendations
spec:
  host: recommendations
  trafficPolicy:
    loadBalancer:
      consistentHash:
        httpHeaderName: x-user-id
        maglev:
          tableSize: 65537
---
${webClient}---
# Playground only: nine in ten requests carry one of eight user ids; one in
# ten has no x-user-id header (Envoy hashes a random value: any pod).
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: shop
  name: web-to-recommendations
spec:
  from: web
  rate: 20
  requests:
    - curl: "curl http://recommendations:8080/api/recommendations"
      headers:
        x-user-id: [alice, bob, carol, dave, erin, heidi, trent, victor]
      weight: 9
    - curl: "curl http://recommendations:8080/api/recommendations"
      weight: 1
`;
