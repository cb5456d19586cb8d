/** What the Hash view's d3 charts (ring, Maglev strip) take, and the per-pod colour. */
import type { HashSpaceView } from '../../../worker/protocol.ts';
import { palettes } from '../../theme/palette.ts';

export interface HashChartData {
  space: HashSpaceView;
  /** Short display name per endpoint index (`v1-b97nq`). */
  podNames: readonly string[];
  /** Room the chart may use (the ring grows with the height, the strip with the width). */
  width: number;
  height: number;
}

export interface HashChart {
  update(data: HashChartData): void;
  destroy(): void;
}

/** Pod i of the cluster: the theme's i-th categorical colour (CSS variable, so both themes work). */
export const podColour = (index: number) => (index < 0 ? 'var(--color-surface-alt)' : `var(--cat-${index % palettes.light.categorical.length})`);
