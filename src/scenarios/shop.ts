/**
 * A small web shop shared by the gallery's canary and session-affinity scenarios: namespace
 * `shop` (sidecar injection on), Services on port 8080, and the `web` frontend that calls them.
 */

/** The `shop` namespace with sidecar injection enabled. */
export const shopNamespace = `# Every pod in this namespace gets an Envoy sidecar.
apiVersion: v1
kind: Namespace
metadata:
  name: shop
  labels:
    istio-injection: enabled
`;

/** A Service `app` on port 8080 (named http) selecting `app: <app>`. */
export function shopService(app: string, comment: string): string {
  return `${comment}
apiVersion: v1
kind: Service
metadata:
  namespace: shop
  name: ${app}
spec:
  selector:
    app: ${app}
  ports:
    - name: http
      port: 8080
      targetPort: 8080
`;
}

/** A Deployment of `app` (name `app` or `app-version`), container port 8080. */
export function shopDeployment(app: string, version: string | undefined, replicas: number, comment: string): string {
  const name = version ? `${app}-${version}` : app;
  const labels = version ? `app: ${app}\n        version: ${version}` : `app: ${app}`;
  return `${comment}
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: shop
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      ${labels.replace(/\n {8}/g, '\n      ')}
  template:
    metadata:
      labels:
        ${labels}
    spec:
      containers:
        - name: ${app}
          image: registry.example.com/shop/${app}:${version ?? '1.4.2'}
          ports:
            - containerPort: 8080
`;
}

/** The `web` frontend: the client whose sidecar routes the calls. */
export const webClient = shopDeployment(
  'web',
  undefined,
  1,
  '# web: the shop frontend, the caller. Its sidecar applies the routing rules.',
);
