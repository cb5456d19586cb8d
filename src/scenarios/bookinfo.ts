/**
 * Bookinfo pieces shared by the gallery scenarios that follow istio.io's traffic-management
 * tasks (samples/bookinfo/platform/kube/bookinfo.yaml and networking/destination-rule-all.yaml),
 * trimmed to the objects each scenario needs. Everything lives in namespace `bookinfo`, which
 * has sidecar injection on, so every pod has an Envoy sidecar.
 */

export const BOOKINFO_NS = 'bookinfo';

/** The `bookinfo` namespace with sidecar injection enabled. */
export const bookinfoNamespace = `# Every pod in this namespace gets an Envoy sidecar (istio-injection: enabled),
# as in the Bookinfo install.
apiVersion: v1
kind: Namespace
metadata:
  name: bookinfo
  labels:
    istio-injection: enabled
`;

/** A Bookinfo Service: port 9080 named http, selecting `app: <app>` (every version). */
export function bookinfoService(app: string, comment: string): string {
  return `${comment}
apiVersion: v1
kind: Service
metadata:
  namespace: bookinfo
  name: ${app}
  labels:
    app: ${app}
    service: ${app}
spec:
  selector:
    app: ${app}
  ports:
    - name: http
      port: 9080
`;
}

/** A Bookinfo Deployment `<app>-<version>` (labels app + version), container port 9080. */
export function bookinfoDeployment(app: string, version: string, comment: string, replicas = 1): string {
  return `${comment}
apiVersion: apps/v1
kind: Deployment
metadata:
  namespace: bookinfo
  name: ${app}-${version}
  labels:
    app: ${app}
    version: ${version}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${app}
      version: ${version}
  template:
    metadata:
      labels:
        app: ${app}
        version: ${version}
    spec:
      serviceAccountName: bookinfo-${app}
      containers:
        - name: ${app}
          image: docker.io/istio/examples-bookinfo-${app}-${version}:1.20.2
          ports:
            - containerPort: 9080
`;
}

/** destination-rule-all.yaml's rule for `app`: one subset per version label. */
export function bookinfoDestinationRule(app: string, versions: string[], comment: string): string {
  return `${comment}
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: bookinfo
  name: ${app}
spec:
  host: ${app}
  subsets:
${versions.map((v) => `    - name: ${v}\n      labels:\n        version: ${v}\n`).join('')}`;
}

/** The reviews Service and its three versions (one pod each, as in Bookinfo). */
export const reviewsBackend = `${bookinfoService('reviews', '# reviews: one Service in front of all three versions (it selects only app).')}---
${bookinfoDeployment('reviews', 'v1', '# reviews v1: shows no stars.')}---
${bookinfoDeployment('reviews', 'v2', '# reviews v2: black stars (it calls ratings).')}---
${bookinfoDeployment('reviews', 'v3', '# reviews v3: red stars (it calls ratings).')}---
${bookinfoDestinationRule('reviews', ['v1', 'v2', 'v3'], '# Subsets v1, v2 and v3 of reviews, by the version label (destination-rule-all.yaml).')}`;
