/** istio.io's "Mirroring" task: all traffic to httpbin v1, a copy of each request to v2. */

export const mirroringYaml = `# The mirroring task (istio.io/latest/docs/tasks/traffic-management/mirroring/):
# httpbin v1 answers every request; v2 gets a fire-and-forget copy of each,
# so it can be tested with live traffic without affecting users.

# Every pod in this namespace gets an Envoy sidecar.
apiVersion: v1
kind: Namespace
metadata:
  name: demo
  labels:
    istio-injection: enabled
---
# httpbin: one Service over both versions.
apiVersion: v1
kind: Service
metadata:
  namespace: demo
  name: httpbin
  labels:
    app: httpbin
spec:
  selector:
    app: httpbin
  ports:
    - name: http
      port: 8000
      targetPort: 8080
---
# httpbin v1: serves users.
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: demo
  name: httpbin-v1
spec:
  replicas: 2
  selector:
    matchLabels:
      app: httpbin
      version: v1
  template:
    metadata:
      labels:
        app: httpbin
        version: v1
    spec:
      containers:
        - name: httpbin
          image: docker.io/mccutchen/go-httpbin:v2.15.0
          ports:
            - containerPort: 8080
---
# httpbin v2: the new version, receiving mirrored copies only.
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: demo
  name: httpbin-v2
spec:
  replicas: 2
  selector:
    matchLabels:
      app: httpbin
      version: v2
  template:
    metadata:
      labels:
        app: httpbin
        version: v2
    spec:
      containers:
        - name: httpbin
          image: docker.io/mccutchen/go-httpbin:v2.15.0
          ports:
            - containerPort: 8080
---
# Subsets v1 and v2 of httpbin, by the version label.
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: demo
  name: httpbin
spec:
  host: httpbin
  subsets:
    - name: v1
      labels:
        version: v1
    - name: v2
      labels:
        version: v2
---
# All requests go to v1 (weight 100); each one is also copied to v2
# (mirrorPercentage 100). The copy's response is thrown away; its Host
# header gets a -shadow suffix so v2's logs can tell copies apart.
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  namespace: demo
  name: httpbin
spec:
  hosts:
    - httpbin
  http:
    - route:
        - destination:
            host: httpbin
            subset: v1
          weight: 100
      mirror:
        host: httpbin
        subset: v2
      mirrorPercentage:
        value: 100.0
---
# curl: the client pod the task uses (its sidecar does the mirroring).
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: demo
  name: curl
spec:
  replicas: 1
  selector:
    matchLabels:
      app: curl
  template:
    metadata:
      labels:
        app: curl
    spec:
      containers:
        - name: curl
          image: curlimages/curl
          command: ["/bin/sleep", "infinity"]
---
# Playground only: the task's request, repeated.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: demo
  name: curl-to-httpbin
spec:
  from: curl
  rate: 10
  requests:
    - curl: "curl http://httpbin:8000/headers"
`;
