/** Istio's outbound cluster name: outbound|<port>|<subset>|<fqdn> (pilot/pkg/model/service.go BuildSubsetKey). */
export function outboundClusterName(port: number, subset: string | undefined, host: string): string {
  return `outbound|${port}|${subset ?? ''}|${host}`;
}

export const PASSTHROUGH_CLUSTER = 'PassthroughCluster';
