/**
 * istio.io's "Request Timeouts" task on Bookinfo (a 0.5 s timeout on reviews, a 2 s delay on
 * ratings), with a retry policy on the reviews route. The playground routes each hop on its
 * own: the timeout and retries are shown in the trace, not enforced across hops.
 */
import { bookinfoDeployment, bookinfoDestinationRule, bookinfoNamespace, bookinfoService } from './bookinfo.ts';

export const retriesTimeoutsYaml = `# Bookinfo's request-timeouts task
# (istio.io/latest/docs/tasks/traffic-management/request-timeouts/) plus a
# retry policy: productpage -> reviews v2 -> ratings, with a timeout and
# retries on the first hop and a 2 s delay injected on the second.

${bookinfoNamespace}---
${bookinfoService('reviews', '# reviews: called by productpage.')}---
${bookinfoDeployment('reviews', 'v2', '# reviews v2: calls ratings for every page.')}---
${bookinfoDestinationRule('reviews', ['v2'], '# Subset v2 of reviews.')}---
${bookinfoService('ratings', '# ratings: called by reviews v2.')}---
${bookinfoDeployment('ratings', 'v1', '# ratings v1.')}---
${bookinfoDestinationRule('ratings', ['v1'], '# Subset v1 of ratings.')}---
${bookinfoDeployment('productpage', 'v1', '# productpage: the first caller.')}---
# Hop 1, programmed into productpage's sidecar: the whole call to reviews may
# take 0.5 s, retries included. A try that fails with a 5xx, a reset or a
# refused connection, or that runs past 0.2 s, is retried up to 2 times.
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
            subset: v2
      timeout: 0.5s
      retries:
        attempts: 2
        perTryTimeout: 0.2s
        retryOn: 5xx,connect-failure,refused-stream
---
# Hop 2, programmed into reviews v2's sidecar: every call to ratings waits
# 2 s first (longer than the 0.5 s productpage allows for the whole page).
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: bookinfo
  name: ratings
spec:
  hosts:
    - ratings
  http:
    - fault:
        delay:
          percentage:
            value: 100
          fixedDelay: 2s
      route:
        - destination:
            host: ratings
            subset: v1
---
# Playground only: hop 1, productpage calls reviews.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: bookinfo
  name: productpage-to-reviews
spec:
  from: productpage-v1
  rate: 10
  requests:
    - curl: "curl http://reviews:9080/reviews/0"
---
# Playground only: hop 2, reviews v2 calls ratings.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: bookinfo
  name: reviews-to-ratings
spec:
  from: reviews-v2
  rate: 10
  requests:
    - curl: "curl http://ratings:9080/ratings/0"
`;
