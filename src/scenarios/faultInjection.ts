/**
 * istio.io's "Fault Injection" task on Bookinfo: a 7 s delay on ratings for jason
 * (virtual-service-ratings-test-delay.yaml) and an HTTP 500 abort, here for half of everyone else's requests.
 */
import { bookinfoDeployment, bookinfoDestinationRule, bookinfoNamespace, bookinfoService } from './bookinfo.ts';

export const faultInjectionYaml = `# Bookinfo's fault-injection task
# (istio.io/latest/docs/tasks/traffic-management/fault-injection/):
# reviews v2 calls ratings; the caller's sidecar injects the faults, ratings
# itself is never slow or broken.

${bookinfoNamespace}---
${bookinfoService('ratings', '# ratings: the service we break on purpose.')}---
${bookinfoDeployment('ratings', 'v1', '# ratings v1: two healthy pods.', 2)}---
${bookinfoDestinationRule('ratings', ['v1'], '# Subset v1 of ratings (destination-rule-all.yaml).')}---
${bookinfoDeployment('reviews', 'v2', '# reviews v2: the caller. It forwards the end-user header it got from\n# productpage, so the fault rules below can tell users apart.')}---
# Route 1: every request for jason waits 7 s before it is sent on
# (delay 100%). Route 2: half of everyone else's requests are answered 500
# by the caller's own sidecar and never reach ratings (abort 50%).
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: bookinfo
  name: ratings
spec:
  hosts:
    - ratings
  http:
    - match:
        - headers:
            end-user:
              exact: jason
      fault:
        delay:
          percentage:
            value: 100.0
          fixedDelay: 7s
      route:
        - destination:
            host: ratings
            subset: v1
    - fault:
        abort:
          percentage:
            value: 50.0
          httpStatus: 500
      route:
        - destination:
            host: ratings
            subset: v1
---
# Playground only: reviews v2's calls to ratings, one in three for jason.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: bookinfo
  name: reviews-to-ratings
spec:
  from: reviews-v2
  rate: 15
  requests:
    - curl: "curl -H 'end-user: jason' http://ratings:9080/ratings/0"
      weight: 1
    - curl: "curl http://ratings:9080/ratings/0"
      headers:
        end-user: [alice, bob]
      weight: 2
`;
