/**
 * istio.io's "Request Routing" task on Bookinfo: the user jason goes to reviews v2,
 * everyone else to v1 (samples/bookinfo/networking/virtual-service-reviews-test-v2.yaml).
 */
import { bookinfoDeployment, bookinfoNamespace, reviewsBackend } from './bookinfo.ts';

export const bookinfoRequestRoutingYaml = `# Bookinfo's request-routing task
# (istio.io/latest/docs/tasks/traffic-management/request-routing/):
# productpage calls reviews; requests for the logged-in user jason go to
# reviews v2, everyone else's to v1. productpage adds the end-user header to
# its calls once a user has signed in.

${bookinfoNamespace}---
${reviewsBackend}---
${bookinfoDeployment('productpage', 'v1', "# productpage: the caller. Its sidecar applies the reviews VirtualService.")}---
# Route 1: a request whose end-user header is exactly "jason" goes to v2.
# Route 2 (no match): everything else goes to v1. Routes are tried in order.
# v3 gets nothing: no route points at it.
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: bookinfo
  name: reviews
spec:
  hosts:
    - reviews
  http:
    - match:
        - headers:
            end-user:
              exact: jason
      route:
        - destination:
            host: reviews
            subset: v2
    - route:
        - destination:
            host: reviews
            subset: v1
---
# Playground only: productpage's calls to reviews. One in three is for jason,
# one in three for another signed-in user, one in three for an anonymous
# visitor (no end-user header at all).
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: bookinfo
  name: productpage-to-reviews
spec:
  from: productpage-v1
  rate: 15
  requests:
    - curl: "curl -H 'end-user: jason' http://reviews:9080/reviews/0"
    - curl: "curl http://reviews:9080/reviews/0"
      headers:
        end-user: [alice, bob, Jason]
    - curl: "curl http://reviews:9080/reviews/0"
`;
