/** exportTo ["."]: a VirtualService visible only to callers in its own namespace. */
import { backendReviews, backendReviewsSubsets, callerDeployment, injectedNamespace } from './twoNamespaces.ts';

export const exportToYaml = `# The backend team tries v2 of reviews on its own traffic first: the
# VirtualService is exported only to its own namespace (exportTo: ["."]).
# Callers in backend get the 10/90 split; callers in other namespaces do not
# see the VirtualService at all and reach every pod alike.

${injectedNamespace('frontend', '# The other team\'s namespace.')}---
${injectedNamespace('backend', '# The reviews service, its owners and their test client.')}---
${backendReviews}---
${backendReviewsSubsets}---
# 10% v1, 90% v2, but exportTo "." limits it to sidecars in namespace
# backend. Change it to "*" (or remove exportTo) to apply it everywhere.
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: backend
  name: reviews
spec:
  hosts:
    - reviews
  exportTo:
    - "."
  http:
    - route:
        - destination:
            host: reviews
            subset: v1
          weight: 10
        - destination:
            host: reviews
            subset: v2
          weight: 90
---
${callerDeployment('backend', 'tester', '# tester: a caller inside namespace backend.')}---
${callerDeployment('frontend', 'webapp', '# webapp: a caller in namespace frontend.')}---
# Playground only: the in-namespace caller.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: backend
  name: tester-to-reviews
spec:
  from: tester
  rate: 10
  requests:
    - curl: "curl http://reviews:9080/reviews/0"
---
# Playground only: the caller from another namespace, same Service.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: frontend
  name: webapp-to-reviews
spec:
  from: webapp
  rate: 10
  requests:
    - curl: "curl http://reviews.backend:9080/reviews/0"
`;
