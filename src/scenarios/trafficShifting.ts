/**
 * istio.io's "Traffic Shifting" task on Bookinfo: reviews 50/50 between v1 and v3
 * (samples/bookinfo/networking/virtual-service-reviews-50-v3.yaml).
 */
import { bookinfoDeployment, bookinfoNamespace, reviewsBackend } from './bookinfo.ts';

export const trafficShiftingYaml = `# Bookinfo's traffic-shifting task
# (istio.io/latest/docs/tasks/traffic-management/traffic-shifting/):
# move reviews from v1 to v3 in steps by changing two weights.

${bookinfoNamespace}---
${reviewsBackend}---
${bookinfoDeployment('productpage', 'v1', "# productpage: the caller. Its sidecar applies the split.")}---
# Half of the requests to v1, half to v3; v2 gets none. Weights are relative:
# Envoy draws a random number below their sum for every request. Finish the
# migration with weight 0 for v1 and 100 for v3.
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: bookinfo
  name: reviews
spec:
  hosts:
    - reviews
  http:
    - route:
        - destination:
            host: reviews
            subset: v1
          weight: 50
        - destination:
            host: reviews
            subset: v3
          weight: 50
---
# Playground only: productpage's calls to reviews.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: bookinfo
  name: productpage-to-reviews
spec:
  from: productpage-v1
  rate: 20
  requests:
    - curl: "curl http://reviews:9080/reviews/0"
`;
