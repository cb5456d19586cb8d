/**
 * Pieces for the gallery's namespace scenarios: a `reviews` Service with versions v1 and v2
 * (two pods each) in namespace `backend`, and caller pods in other namespaces. Both
 * namespaces have sidecar injection on.
 */

/** An injected namespace. */
export function injectedNamespace(name: string, comment: string): string {
  return `${comment}
apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels:
    istio-injection: enabled
`;
}

function reviewsDeployment(version: string, comment: string): string {
  return `${comment}
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: backend
  name: reviews-${version}
spec:
  replicas: 2
  selector:
    matchLabels:
      app: reviews
      version: ${version}
  template:
    metadata:
      labels:
        app: reviews
        version: ${version}
    spec:
      containers:
        - name: reviews
          image: docker.io/istio/examples-bookinfo-reviews-${version}:1.20.2
          ports:
            - containerPort: 9080
`;
}

/** Service `backend/reviews` (port 9080) and Deployments reviews-v1, reviews-v2 (2 pods each). */
export const backendReviews = `# reviews: one Service over both versions, in namespace backend.
apiVersion: v1
kind: Service
metadata:
  namespace: backend
  name: reviews
spec:
  selector:
    app: reviews
  ports:
    - name: http
      port: 9080
---
${reviewsDeployment('v1', '# reviews v1: two pods.')}---
${reviewsDeployment('v2', '# reviews v2: two pods.')}`;

/** Subsets v1/v2 of reviews, owned by the backend team in its own namespace. */
export const backendReviewsSubsets = `# Subsets v1 and v2 of reviews, in the Service's namespace.
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: backend
  name: reviews
spec:
  host: reviews
  subsets:
    - name: v1
      labels:
        version: v1
    - name: v2
      labels:
        version: v2
`;

/** A one-pod caller Deployment (curl image) in `namespace`. */
export function callerDeployment(namespace: string, name: string, comment: string): string {
  return `${comment}
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: ${namespace}
  name: ${name}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: curlimages/curl
          command: ["/bin/sleep", "infinity"]
`;
}
