/**
 * Fixed sizes and columns of the traffic graph, in flow coordinates. Nodes have explicit sizes
 * (nothing is measured), so the layout is a pure function of the topology's structure.
 *
 * Sized for legibility at 1280×720: the seed scenario (one client, two subsets of three pods)
 * is about 800 × 390, so React Flow fits it in the default graph panel (~770 × 390 px) at a zoom
 * of about 0.95, where 13 px titles read at 12+ px and 11 px secondary text at 10+ px. Columns
 * are narrow and nodes tall: long names wrap onto a second line (or truncate, with a tooltip).
 */
export type ColumnNodeKind = 'client' | 'proxy' | 'service' | 'route';

/** Height of the client, proxy, Service and route nodes: their handles line up in one row. */
export const COLUMN_NODE_HEIGHT = 92;

export const NODE_SIZE: Record<ColumnNodeKind | 'pod', { width: number; height: number }> = {
  client: { width: 116, height: COLUMN_NODE_HEIGHT },
  proxy: { width: 118, height: COLUMN_NODE_HEIGHT },
  service: { width: 136, height: COLUMN_NODE_HEIGHT },
  route: { width: 108, height: COLUMN_NODE_HEIGHT },
  pod: { width: 122, height: 31 },
};

/** Space between two columns: room for an edge a dot can be seen on. */
export const COLUMN_GAP = 24;
/** The gap before the subsets holds the weight labels ("weight 10 · observed 9.7 %"). */
export const WEIGHT_GAP = 104;
/** Subset box width (one column of full pods; a box with two columns of chips is wider). */
export const SUBSET_WIDTH = 140;

/** Left edge of each column. */
export const COLUMN_X = {
  client: 0,
  proxy: NODE_SIZE.client.width + COLUMN_GAP,
  service: NODE_SIZE.client.width + NODE_SIZE.proxy.width + 2 * COLUMN_GAP,
  route: NODE_SIZE.client.width + NODE_SIZE.proxy.width + NODE_SIZE.service.width + 3 * COLUMN_GAP,
  subset: NODE_SIZE.client.width + NODE_SIZE.proxy.width + NODE_SIZE.service.width + NODE_SIZE.route.width + 3 * COLUMN_GAP + WEIGHT_GAP,
} as const;

/**
 * A DestinationRule subset box (React Flow group node) and the pods inside it. The left padding
 * is a gutter the dots run down from the box's entry point to the pod they land on.
 */
export const SUBSET_BOX = {
  header: 78,
  /** Extra header height for each further row of replica steppers. */
  stepperRow: 21,
  /** A replica stepper ('v1 − 3 +') is at most this wide, this far apart, inside this much padding. */
  stepperWidth: 72,
  stepperGap: 10,
  stepperInset: 17,
  padLeft: 14,
  padRight: 4,
  padBottom: 6,
  podGap: 4,
  columnGap: 6,
  /** Height of the body when the subset has no pods ("no endpoints: 503 UH"). */
  emptyBody: 26,
  /** Vertical offset of the box's target handle: level with the middle of a route node. */
  handleY: COLUMN_NODE_HEIGHT / 2,
} as const;

/**
 * A subset box of a large mesh (see lod/graphLod.ts) summarises its pods in a row under its
 * header: '10 pods · 9 ready', a bar per pod by requests served, and the show/hide pods button.
 */
export const POD_SUMMARY = { height: 46 } as const;

export const GAP = {
  /** Between stacked nodes of one column (clients, proxies, routes). */
  row: 14,
  /** Between subset boxes. */
  box: 12,
  /** Between the lanes of two Services. */
  lane: 32,
} as const;

/**
 * When full pods (name, counter, IP) would make the graph too big to read at 1280×720, pods
 * become one-line chips (`DENSE_POD`: name and counter; IP and version in the tooltip), in up
 * to three columns per subset box (see `choosePodLayout`).
 */
export const DENSE_POD = { width: 108, height: 22 } as const;

/** Id of the Service's bottom handle, where kube-proxy edges leave towards the pods. */
export const KUBE_PROXY_HANDLE = 'kube-proxy';

/**
 * kube-proxy edges run as a bus: down from the Service to `KUBE_PROXY_BUS.below` under the
 * lowest Service/route of the lane, right to just before the subset column, then to each pod.
 */
export const KUBE_PROXY_BUS = { below: 26, beforeSubsets: 4 } as const;

/**
 * Weight labels have a fixed size, so where they go depends on the structure only. Narrower
 * than the gap ("weight 10" over "observed 9.7 %" on two lines), so a label can move along its
 * edge to where no other edge runs.
 */
export const WEIGHT_LABEL = { width: 74, height: 44 } as const;
