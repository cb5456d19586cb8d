import type { VirtualService } from '../model/mesh.ts';
import type { MeshIndex } from './meshIndex.ts';
import type { IgnoredVirtualService } from './types.ts';
import { compareByCreation, hostMatches, isVisibleTo, visibilityGroup } from './visibility.ts';

export interface VirtualServiceSelection {
  /** Bound to this proxy's gateway and visible to its namespace, in first-wins order (rule 5). */
  applicable: VirtualService[];
  /** Claim hosts but do not apply to this proxy at all, with the reason (rules 3 and 5). */
  excluded: IgnoredVirtualService[];
}

/**
 * Rules 3 and 5: the VirtualServices a proxy considers. `gateway` is 'mesh' for sidecars
 * or 'ns/name' for a gateway proxy. Order: private to the client's namespace, exported to
 * it by name, public; oldest first inside each group.
 */
export function selectVirtualServices(index: MeshIndex, clientNs: string, gateway: string): VirtualServiceSelection {
  const applicable: VirtualService[] = [];
  const excluded: IgnoredVirtualService[] = [];
  for (const vs of index.model.virtualServices) {
    if (!vs.gateways.includes(gateway)) {
      const reason =
        gateway === 'mesh'
          ? `gateway-only: gateways [${vs.gateways.join(', ')}] does not include mesh, so sidecars ignore it`
          : `not bound to gateway ${gateway} (gateways [${vs.gateways.join(', ')}])`;
      excluded.push({ vs, reason });
      continue;
    }
    if (!isVisibleTo(vs.exportTo, clientNs)) {
      excluded.push({ vs, reason: `not exported to namespace ${clientNs} (exportTo [${vs.exportTo.join(', ')}])` });
      continue;
    }
    applicable.push(vs);
  }
  applicable.sort((a, b) => {
    const ga = visibilityGroup(a.exportTo, a.namespace, clientNs);
    const gb = visibilityGroup(b.exportTo, b.namespace, clientNs);
    return ga !== gb ? ga - gb : compareByCreation(a, b);
  });
  return { applicable, excluded };
}

/** Does any of the VirtualService's hosts cover `host`? */
export function claimsHost(vs: VirtualService, host: string): boolean {
  return vs.hosts.some((h) => hostMatches(h, host));
}

/**
 * The VirtualService that wins `host` and the ones that lose it, with reasons. Istio does not
 * merge VirtualServices for one host: the first wins (pilot/pkg/networking/core/httproute.go,
 * "duplicate virtual host" handling in BuildSidecarVirtualHostWrapper / dedupeDomains).
 */
export function pickVirtualServiceForHost(
  sel: VirtualServiceSelection,
  host: string,
): { winner?: VirtualService; ignored: IgnoredVirtualService[] } {
  const ignored: IgnoredVirtualService[] = [];
  let winner: VirtualService | undefined;
  for (const vs of sel.applicable) {
    if (!claimsHost(vs, host)) continue;
    if (!winner) winner = vs;
    else ignored.push({ vs, reason: `${winner.namespace}/${winner.name} claims the same host first (older or closer namespace); VirtualServices are not merged` });
  }
  for (const ex of sel.excluded) if (claimsHost(ex.vs, host)) ignored.push(ex);
  return { winner, ignored };
}
