/**
 * A classic mistake: a VirtualService in namespace `frontend` with the short host `reviews`,
 * which Istio reads as reviews.frontend.svc.cluster.local, not the Service in `backend`.
 */
import { backendReviews, backendReviewsSubsets, callerDeployment, injectedNamespace } from './twoNamespaces.ts';

export const crossNamespaceShortNameYaml = `# The frontend team wants 90% of its calls to reviews (namespace backend) on
# v1 and 10% on the new v2, and writes a VirtualService in its own namespace.
# The split never happens: the short host "reviews" is read relative to the
# VirtualService's namespace, so it names reviews.frontend.svc.cluster.local,
# a host nobody calls.

${injectedNamespace('frontend', '# The callers.')}---
${injectedNamespace('backend', '# The reviews service and its owners.')}---
${backendReviews}---
${backendReviewsSubsets}---
# The mistake is under hosts: "reviews" without a dot means "reviews in MY
# namespace" (frontend). The destinations are spelled out in full, so they
# would be right. Fix: hosts: [reviews.backend.svc.cluster.local].
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: frontend
  name: reviews-canary
spec:
  hosts:
    - reviews
  http:
    - route:
        - destination:
            host: reviews.backend.svc.cluster.local
            subset: v1
          weight: 90
        - destination:
            host: reviews.backend.svc.cluster.local
            subset: v2
          weight: 10
---
${callerDeployment('frontend', 'webapp', '# webapp: the caller in namespace frontend.')}---
# Playground only: webapp calls reviews by its cross-namespace name.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: frontend
  name: webapp-to-reviews
spec:
  from: webapp
  rate: 20
  requests:
    - curl: "curl http://reviews.backend:9080/reviews/0"
`;
