/** Canary release: testers opt in with a header, everyone else gets a 95/5 weighted split. */
import { shopDeployment, shopNamespace, shopService, webClient } from './shop.ts';

export const headerCanaryYaml = `# A canary release of checkout v2. Testers opt in with the header
# x-canary: "true" and always get v2; all other traffic is split 95/5
# between v1 and v2 while the canary is watched.

${shopNamespace}---
${shopService('checkout', '# checkout: one Service over both versions (it selects only app).')}---
${shopDeployment('checkout', 'v1', 3, '# The stable version: three pods.')}---
${shopDeployment('checkout', 'v2', 1, '# The canary: one pod.')}---
# Subsets v1 and v2 of checkout, by the version label.
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: shop
  name: checkout
spec:
  host: checkout
  subsets:
    - name: v1
      labels:
        version: v1
    - name: v2
      labels:
        version: v2
---
# Route "canary-testers" comes first: the header must be exactly "true"
# (header values are case-sensitive). Route "rollout" has no match, so it
# takes every other request and splits it 95/5. Raise 5 step by step.
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: shop
  name: checkout
spec:
  hosts:
    - checkout
  http:
    - name: canary-testers
      match:
        - headers:
            x-canary:
              exact: "true"
      route:
        - destination:
            host: checkout
            subset: v2
    - name: rollout
      route:
        - destination:
            host: checkout
            subset: v1
          weight: 95
        - destination:
            host: checkout
            subset: v2
          weight: 5
---
${webClient}---
# Playground only: one request in five comes from a tester with
# x-canary: true; the rest are ordinary customers.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: shop
  name: web-to-checkout
spec:
  from: web
  rate: 20
  requests:
    - curl: "curl -H 'x-canary: true' http://checkout:8080/api/cart/checkout"
      weight: 1
    - curl: "curl http://checkout:8080/api/cart/checkout"
      weight: 4
`;
