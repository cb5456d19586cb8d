/**
 * Fixed sizes and columns of the traffic graph, in flow coordinates. Nodes have explicit sizes
 * (nothing is measured), so the layout is a pure function of the topology's structure.
 */
export type ColumnNodeKind = 'client' | 'proxy' | 'service' | 'route';

export const NODE_SIZE: Record<ColumnNodeKind | 'pod', { width: number; height: number }> = {
  client: { width: 168, height: 66 },
  proxy: { width: 160, height: 66 },
  service: { width: 176, height: 66 },
  route: { width: 150, height: 66 },
  pod: { width: 168, height: 36 },
};

/** Left edge of each column. The wide gap before the subsets leaves room for weight labels. */
export const COLUMN_X = {
  client: 0,
  proxy: 190,
  service: 372,
  route: 570,
  subset: 846,
} as const;

/** A DestinationRule subset box (React Flow group node) and the pods inside it. */
export const SUBSET_BOX = {
  header: 84,
  padX: 8,
  padBottom: 8,
  podGap: 5,
  columnGap: 8,
  /** Height of the body when the subset has no pods ("no endpoints: 503 UH"). */
  emptyBody: 30,
  /** Vertical offset of the box's target handle: the middle of the header, level with a route. */
  handleY: 33,
} as const;

export const GAP = {
  /** Between stacked nodes of one column (clients, proxies, routes). */
  row: 14,
  /** Between subset boxes. */
  box: 16,
  /** Between the lanes of two Services. */
  lane: 40,
} as const;

/**
 * When the graph would be taller than `TALL_GRAPH` with full pods in one column, pods become
 * one-line chips (`DENSE_POD`: name and counter; IP and version in the tooltip) and subsets with
 * more than `ONE_COLUMN_MAX_PODS` pods get two columns. Keeps 3 subsets × 5 pods readable in
 * a 16:9 panel.
 */
export const ONE_COLUMN_MAX_PODS = 3;
export const TALL_GRAPH = 600;
export const DENSE_POD = { width: 124, height: 24 } as const;

/** Id of the Service's bottom handle, where kube-proxy edges fan out below the route column. */
export const KUBE_PROXY_HANDLE = 'kube-proxy';
