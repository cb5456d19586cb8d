/**
 * Size limits that keep the live view responsive and a pasted `replicas: 1000000` from
 * freezing the tab. Exceeding one is a Warning (ITP1001 / ITP1002), not an error: the
 * scenario still runs with the first pods.
 */
export const MAX_REPLICAS = 1000;
export const MAX_PODS = 5000;
