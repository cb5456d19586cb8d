/**
 * Whether Istio's injection webhook would add an Envoy sidecar to a pod, and why, as a
 * sentence for traces and the UI. Mirrors Istio >= 1.22 (istio-sidecar-injector webhooks +
 * `injectRequired` in pkg/kube/inject):
 *
 * 1. Pods labelled `istio: ingressgateway` run Envoy themselves: no sidecar.
 * 2. `hostNetwork: true` pods and pods in kube-system / kube-public are never injected.
 * 3. Namespace label `istio-injection: enabled` (or, without it, `istio.io/rev`) injects every
 *    pod unless the pod says otherwise.
 * 4. A namespace `istio-injection` label with any other value (e.g. `disabled`) turns the
 *    webhook off for the namespace, even for pods labelled `sidecar.istio.io/inject: "true"`.
 * 5. Otherwise only pods labelled `sidecar.istio.io/inject: "true"` (or `istio.io/rev`) are.
 * "The pod says otherwise": label, else annotation, `sidecar.istio.io/inject`; Istio reads
 * y/yes/true/on (any case) as true and any other non-empty value as false, and prefers the
 * label when both are set.
 */
export const INJECT_KEY = 'sidecar.istio.io/inject';
export const NAMESPACE_INJECTION_LABEL = 'istio-injection';
export const REVISION_LABEL = 'istio.io/rev';
const NEVER_INJECTED_NAMESPACES = new Set(['kube-system', 'kube-public']);

export interface SidecarInput {
  namespace: string;
  namespaceLabels: Record<string, string>;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  hostNetwork?: boolean;
}

export interface SidecarDecision {
  hasSidecar: boolean;
  isIngressGateway: boolean;
  reason: string;
}

export function isIngressGatewayPod(labels: Record<string, string>): boolean {
  return labels.istio === 'ingressgateway';
}

export function decideSidecar(pod: SidecarInput): SidecarDecision {
  const no = (reason: string): SidecarDecision => ({ hasSidecar: false, isIngressGateway: false, reason });
  const yes = (reason: string): SidecarDecision => ({ hasSidecar: true, isIngressGateway: false, reason });
  if (isIngressGatewayPod(pod.labels)) {
    return { hasSidecar: false, isIngressGateway: true, reason: 'Ingress gateway (label `istio: ingressgateway`): the pod is an Envoy proxy itself, no sidecar is added.' };
  }
  if (pod.hostNetwork) return no('The pod uses `hostNetwork: true`, which Istio never injects.');
  if (NEVER_INJECTED_NAMESPACES.has(pod.namespace)) return no(`Istio never injects pods in namespace \`${pod.namespace}\`.`);

  const own = podPreference(pod);
  const nsLabel = pod.namespaceLabels[NAMESPACE_INJECTION_LABEL];
  const nsRev = pod.namespaceLabels[REVISION_LABEL];
  const ns = `Namespace \`${pod.namespace}\``;

  let nsEnables: string | undefined;
  if (nsLabel === 'enabled') nsEnables = `${ns} has label \`istio-injection: enabled\``;
  else if (nsLabel !== undefined) {
    return no(`${ns} has label \`istio-injection: ${nsLabel}\`, which turns injection off for every pod in it.`);
  } else if (nsRev !== undefined) nsEnables = `${ns} has label \`istio.io/rev: ${nsRev}\``;

  if (nsEnables) {
    if (own.value === undefined) return yes(`${nsEnables}.`);
    return own.value
      ? yes(`${nsEnables} and the pod's ${own.source} agrees.`)
      : no(`${nsEnables}, but the pod's ${own.source} opts it out${own.note}.`);
  }
  // No namespace-level injection: only a pod label can ask for it (the annotation cannot).
  const label = pod.labels[INJECT_KEY];
  if (label !== undefined && label === 'true') {
    return yes(`Pod label \`${INJECT_KEY}: "true"\` asks for injection (${ns} has no \`istio-injection: enabled\` label).`);
  }
  if (pod.labels[REVISION_LABEL] !== undefined) {
    if (own.value === false) return no(`The pod's ${own.source} opts it out${own.note}.`);
    return yes(`Pod label \`istio.io/rev: ${pod.labels[REVISION_LABEL]}\` asks for injection.`);
  }
  if (own.value === true && own.source.startsWith('annotation')) {
    return no(`${ns} has no \`istio-injection: enabled\` label; the pod annotation \`${INJECT_KEY}: "true"\` alone does not trigger injection (use the label).`);
  }
  return no(`${ns} has no \`istio-injection: enabled\` label and the pod has no \`${INJECT_KEY}: "true"\` label.`);
}

interface Preference {
  /** undefined: the pod expresses no preference. */
  value: boolean | undefined;
  source: string;
  note: string;
}

function podPreference(pod: SidecarInput): Preference {
  const label = pod.labels[INJECT_KEY];
  const annotation = pod.annotations[INJECT_KEY];
  const raw = label ?? annotation;
  if (raw === undefined || raw === '') return { value: undefined, source: '', note: '' };
  const source = `${label !== undefined ? 'label' : 'annotation'} \`${INJECT_KEY}: "${raw}"\``;
  const value = ['y', 'yes', 'true', 'on'].includes(raw.toLowerCase());
  // Istio treats anything but y/yes/true/on as false: `enabled` is a classic surprise.
  const note = !value && raw.toLowerCase() !== 'false' ? ` (Istio reads any value other than true/yes/on/y as false)` : '';
  return { value, source, note };
}
