import type { TopoClient } from '../../../engine/topology/types.ts';
import { TEST_IDS } from '../../testIds.ts';
import { toggleSidecarInjection } from '../yamlEdits/graphYaml.ts';

/**
 * "Envoy" (the client has a sidecar) or a crossed-out Envoy with "no sidecar — kube-proxy".
 * A button: it flips the pod template's `sidecar.istio.io/inject` label in the YAML. An ingress
 * gateway is Envoy itself and cannot be toggled.
 */
export function SidecarBadge({ client }: { client: TopoClient }) {
  if (client.mode === 'gateway') {
    return <span className="tg-badge tg-badge--envoy" title="Istio ingress gateway: an Envoy proxy">Envoy gateway</span>;
  }
  const on = client.hasSidecar;
  const action = on ? 'Remove the sidecar' : 'Inject a sidecar';
  // The accessible name starts with the visible text (WCAG 2.5.3).
  const state = on ? 'Envoy sidecar injected' : 'No sidecar: kube-proxy routes its requests';
  return (
    <button
      type="button"
      className={`tg-badge nodrag nopan ${on ? 'tg-badge--envoy' : 'tg-badge--none'}`}
      aria-pressed={on}
      aria-label={on
        ? 'Envoy sidecar injected: click to remove it (sets sidecar.istio.io/inject to "false")'
        : 'no sidecar — kube-proxy: click to inject an Envoy sidecar (sets sidecar.istio.io/inject to "true")'}
      title={`${state}. ${client.sidecarReason}\nClick: ${action.toLowerCase()} (sets sidecar.istio.io/inject to "${on ? 'false' : 'true'}").`}
      data-testid={TEST_IDS.sidecarBadge}
      onClick={(event) => {
        event.stopPropagation();
        toggleSidecarInjection(client);
      }}
    >
      {on ? (
        <><span className="tg-badge-icon" aria-hidden="true" />Envoy</>
      ) : (
        // Wraps (if it must) between "no sidecar —" and "kube-proxy", never inside them.
        <><span className="tg-badge-icon tg-badge-icon--struck" aria-hidden="true" /><span><span className="tg-nowrap">no sidecar —</span> <span className="tg-nowrap">kube-proxy</span></span></>
      )}
    </button>
  );
}
