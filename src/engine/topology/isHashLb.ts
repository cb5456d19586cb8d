/** Does a cluster's load-balancer label (TopoCluster.lbLabel) name a consistent-hash algorithm? */
export function isHashLb(lbLabel: string): boolean {
  return /^(RING_HASH|MAGLEV)\b/.test(lbLabel);
}
