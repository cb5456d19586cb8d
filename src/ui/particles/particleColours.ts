/**
 * Dot colours, the same as the graph's: a subset's colour is its index among the topology's
 * clusters (buildGraphElements does the same); under consistent hashing a dot takes its key's
 * colour (index = order in which the run first saw the key), and keyless dots are grey.
 */
import type { Topology } from '../../engine/topology/types.ts';
import type { ColourKey } from '../../worker/protocol.ts';
import { categoricalColor, palettes, type ThemeName } from '../theme/palette.ts';

/** The last categorical colour is a neutral grey: keep it for "no key". */
const HASH_COLOURS = palettes.light.categorical.length - 1;

export function hashKeyColour(index: number, theme: ThemeName): string {
  return categoricalColor(index % HASH_COLOURS, theme);
}

export function noKeyColour(theme: ThemeName): string {
  return categoricalColor(HASH_COLOURS, theme);
}

/** A colour function with a per-key cache, for one topology and theme. */
export function createColourResolver(topology: Topology | null, theme: ThemeName): (key: ColourKey) => string {
  const clusterIndex = new Map((topology?.clusters ?? []).map((c, i) => [c.id, i]));
  const cache = new Map<string, string>();
  const muted = palettes[theme].chrome.textMuted;
  return (key) => {
    const k = key.kind === 'cluster' ? 'c' + key.clusterId : key.kind === 'hash' ? 'h' + key.index : 'n';
    let c = cache.get(k);
    if (c === undefined) {
      if (key.kind === 'cluster') {
        const i = clusterIndex.get(key.clusterId);
        c = i === undefined ? muted : categoricalColor(i, theme);
      } else if (key.kind === 'hash') c = hashKeyColour(key.index, theme);
      else c = noKeyColour(theme);
      cache.set(k, c);
    }
    return c;
  };
}
