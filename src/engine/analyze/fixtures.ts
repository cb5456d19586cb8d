// YAML building blocks for the analyzer tests: a Bookinfo-like mesh written for these tests
// (reviews v1/v2/v3, ratings v1, a sleep client), in an injected namespace.

export function namespace(name: string, labels = 'istio-injection: enabled'): string {
  return `apiVersion: v1
kind: Namespace
metadata:
  name: ${name}
  labels:
    ${labels}
`;
}

export function service(name: string, ns = 'bookinfo', ports = '  - name: http\n    port: 9080\n'): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  selector:
    app: ${name}
  ports:
${ports}`;
}

export function deployment(app: string, version: string, ns = 'bookinfo', extraLabels = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app}-${version}
  namespace: ${ns}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${app}
      version: ${version}
  template:
    metadata:
      labels:
        app: ${app}
        version: ${version}${extraLabels}
    spec:
      containers:
      - name: ${app}
        image: ${app}:${version}
        ports:
        - containerPort: 9080
`;
}

export function client(name = 'sleep', ns = 'bookinfo', extraLabels = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  namespace: ${ns}
spec:
  replicas: 1
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}${extraLabels}
    spec:
      containers:
      - name: ${name}
        image: curlimages/curl
`;
}

/** reviews v1, v2, v3 and ratings v1 behind their Services, in namespace bookinfo. */
export const bookinfo = [
  namespace('bookinfo'),
  service('reviews'),
  deployment('reviews', 'v1'),
  deployment('reviews', 'v2'),
  deployment('reviews', 'v3'),
  service('ratings'),
  deployment('ratings', 'v1'),
].join('---\n');

/** Bookinfo's destination-rule-all for reviews: subsets v1, v2, v3 by `version`. */
export const reviewsDestinationRule = `apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  name: reviews
  namespace: bookinfo
spec:
  host: reviews
  subsets:
  - name: v1
    labels:
      version: v1
  - name: v2
    labels:
      version: v2
  - name: v3
    labels:
      version: v3
`;

export function scenario(...docs: string[]): string {
  return docs.join('---\n');
}
