/**
 * Rule 12: two DestinationRules for one host, one in the client's namespace and one in the
 * Service's; a client gets the one in its own namespace first, whole, never merged.
 */
import { backendReviews, callerDeployment, injectedNamespace } from './twoNamespaces.ts';

export const drLookupOrderYaml = `# Two teams write a DestinationRule for the same host. A sidecar looks for
# one in its own namespace first, then in the Service's namespace, then in
# istio-system, and uses the first it finds as a whole: rules in different
# namespaces are never merged.

${injectedNamespace('frontend', '# The callers of the frontend team.')}---
${injectedNamespace('backend', '# The reviews service and a batch job of its owners.')}---
${backendReviews}---
# The backend team's rule: keep each user on one pod (hash on x-user).
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: backend
  name: reviews
spec:
  host: reviews
  trafficPolicy:
    loadBalancer:
      consistentHash:
        httpHeaderName: x-user
---
# The frontend team's rule for the same host, in its own namespace: plain
# round robin. For callers in frontend it replaces the backend rule
# entirely, so their users are no longer sticky. Delete it and webapp
# hashes on x-user too.
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: frontend
  name: reviews-backend
spec:
  host: reviews.backend.svc.cluster.local
  trafficPolicy:
    loadBalancer:
      simple: ROUND_ROBIN
---
${callerDeployment('frontend', 'webapp', '# webapp: a caller in namespace frontend.')}---
${callerDeployment('backend', 'batch', '# batch: a caller in namespace backend.')}---
# Playground only: webapp calls reviews for three users.
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
      headers:
        x-user: [alice, bob, carol]
---
# Playground only: batch calls reviews for the same three users.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: backend
  name: batch-to-reviews
spec:
  from: batch
  rate: 10
  requests:
    - curl: "curl http://reviews:9080/reviews/0"
      headers:
        x-user: [alice, bob, carol]
`;
