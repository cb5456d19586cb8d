import { useMemo } from 'react';
import { isHashLb } from '../../engine/topology/isHashLb.ts';
import { useAppStore } from '../../state/store.ts';
import { useResolvedTheme } from '../theme/useResolvedTheme.ts';
import { hashKeyColour, noKeyColour } from './particleColours.ts';

export interface HashLegendEntry {
  /** 'foo: bar', or 'no key' for requests without the hash key. */
  label: string;
  colour: string;
  /** Pod ids the key landed on (one, unless the pods changed). */
  podIds: string[];
}

/** How many keys the legend lists; the rest are summarised by the Hash tab. */
export const HASH_LEGEND_MAX = 8;

/**
 * The dot colours under consistent hashing (`foo: bar` ●, ...), for the graph to draw as a
 * legend. Empty when no cluster of the topology hashes.
 */
export function useHashLegend(): HashLegendEntry[] {
  const topology = useAppStore((s) => s.engine.topology);
  const hashKeys = useAppStore((s) => s.engine.live.hashKeys);
  const theme = useResolvedTheme();
  return useMemo(() => {
    if (!topology?.clusters.some((c) => isHashLb(c.lbLabel))) return [];
    const entries = Object.entries(hashKeys)
      .slice(0, HASH_LEGEND_MAX)
      .map(([label, podIds], i) => ({ label, colour: hashKeyColour(i, theme), podIds }));
    return [...entries, { label: 'no key', colour: noKeyColour(theme), podIds: [] }];
  }, [topology, hashKeys, theme]);
}
