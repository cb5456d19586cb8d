/**
 * YAML documents shared by several built-in scenarios: the blog post's backend (a
 * namespace, one Service, Deployments v1 and v2) and its client. Each scenario file puts
 * them together with its own routing objects and comments.
 */

/** Namespace, Service and the two httpping Deployments (3 pods each, no sidecars). */
export const httppingBackend = `# The namespace has no \`istio-injection: enabled\` label: the httpping pods
# below get no sidecar. Only pods that ask for one (sleep) are injected.
apiVersion: v1
kind: Namespace
metadata:
  name: infra-jinsu-lab
---
# One Service over both versions: it selects only \`app\`, not \`version\`.
# The port is named \`http\` so Istio treats the traffic as HTTP.
apiVersion: v1
kind: Service
metadata:
  namespace: infra-jinsu-lab
  name: httpping-without-sidecar
spec:
  selector:
    app: httpping-without-sidecar
  ports:
    - name: http
      protocol: TCP
      port: 8080
      targetPort: 80
---
# Version 1: three pods labelled version: v1 (a tiny Go server that logs "pong").
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: infra-jinsu-lab
  name: httpping-without-sidecar-v1
spec:
  replicas: 3
  selector:
    matchLabels:
      app: httpping-without-sidecar
      version: v1
  template:
    metadata:
      labels:
        app: httpping-without-sidecar
        version: v1
    spec:
      containers:
        - name: httpping
          image: httpping:latest
          ports:
            - containerPort: 80
---
# Version 2: three more pods, labelled version: v2.
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: infra-jinsu-lab
  name: httpping-without-sidecar-v2
spec:
  replicas: 3
  selector:
    matchLabels:
      app: httpping-without-sidecar
      version: v2
  template:
    metadata:
      labels:
        app: httpping-without-sidecar
        version: v2
    spec:
      containers:
        - name: httpping
          image: httpping:latest
          ports:
            - containerPort: 80
`;

/** The v1/v2 subsets from the blog post. */
export const subsetsDestinationRule = `# Subsets name groups of the Service's pods by label: v1 and v2.
# \`host\` is a short name, read relative to this rule's namespace.
apiVersion: networking.istio.io/v1alpha3
kind: DestinationRule
metadata:
  namespace: infra-jinsu-lab
  name: httpping-without-sidecar-destination
spec:
  host: httpping-without-sidecar
  subsets:
  - name: v1
    labels:
      app: httpping-without-sidecar
      version: v1
  - name: v2
    labels:
      app: httpping-without-sidecar
      version: v2
`;

/** The blog post's 10/90 split between subsets v1 and v2, for sidecars in the mesh. */
export const splitVirtualService = `# Every request (prefix /) goes to v1 with weight 10 and to v2 with weight 90.
# \`gateways: [mesh]\` makes it apply to sidecars inside the mesh; leaving
# \`gateways\` out would do the same.
apiVersion: networking.istio.io/v1alpha3
kind: VirtualService
metadata:
  namespace: infra-jinsu-lab
  name: httpping-without-sidecar
spec:
  hosts:
  - "httpping-without-sidecar"
  gateways:
  - mesh
  http:
  - match:
    - uri:
        prefix: /
    route:
    - destination:
        host: httpping-without-sidecar
        subset: v1
        port:
          number: 8080
      weight: 10
    - destination:
        host: httpping-without-sidecar
        subset: v2
        port:
          number: 8080
      weight: 90
`;

/** The `sleep` client Deployment; `inject` is the value of its `sidecar.istio.io/inject` label. */
export function sleepClient(inject: 'true' | 'false', comment: string): string {
  return `${comment}
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: infra-jinsu-lab
  name: sleep
spec:
  replicas: 1
  selector:
    matchLabels:
      app: sleep
  template:
    metadata:
      labels:
        app: sleep
        sidecar.istio.io/inject: "${inject}"
    spec:
      containers:
        - name: sleep
          image: curlimages/curl
          command: ["/bin/sleep", "infinity"]
`;
}
