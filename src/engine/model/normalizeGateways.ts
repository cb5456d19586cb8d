/**
 * VirtualService `gateways` as Istio resolves them (DESIGN.md rule 3):
 * omitted or empty -> ['mesh'] (all sidecars); `mesh` stays; `name` -> `<vs namespace>/name`;
 * `ns/name` stays; the legacy `name.ns[.svc.cluster.local]` form -> `ns/name`.
 * The same resolution applies to `match[].gateways` inside HTTP routes.
 */
export const MESH_GATEWAY = 'mesh';

export function normalizeGatewayName(gateway: string, vsNamespace: string): string {
  const g = gateway.trim();
  if (g === MESH_GATEWAY || g.includes('/')) return g;
  const dot = g.indexOf('.');
  if (dot > 0) {
    const ns = g.slice(dot + 1).split('.')[0];
    return `${ns}/${g.slice(0, dot)}`;
  }
  return `${vsNamespace}/${g}`;
}

export function normalizeGateways(gateways: readonly string[] | undefined, vsNamespace: string): string[] {
  if (!gateways || gateways.length === 0) return [MESH_GATEWAY];
  return gateways.map((g) => normalizeGatewayName(g, vsNamespace));
}

/** Whether a normalised gateway list applies to sidecars (rule 3). */
export function appliesToMesh(gateways: readonly string[]): boolean {
  return gateways.includes(MESH_GATEWAY);
}
