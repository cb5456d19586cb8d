/**
 * Size limits that keep the live view responsive and a pasted `replicas: 1000000` from
 * freezing the tab. Exceeding one is a Warning (ITP1001 / ITP1002), not an error: the
 * scenario still runs with the first pods. Defined with every other limit in ../limits.ts.
 */
export { MAX_PODS, MAX_REPLICAS } from '../limits.ts';
