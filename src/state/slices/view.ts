export const PANEL_TABS = ['stats', 'trace', 'problems', 'tests', 'hash'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export type ThemeChoice = 'system' | 'light' | 'dark';

export interface SplitSizes {
  /** Width of the editor column, percent of the main row. */
  editorPercent: number;
  /** Height of the bottom panel, percent of the area under the top bar. */
  bottomPercent: number;
}

export const SPLIT_LIMITS = {
  editorPercent: { min: 20, max: 75, initial: 40 },
  bottomPercent: { min: 12, max: 65, initial: 30 },
} as const;

export interface ViewSlice {
  theme: ThemeChoice;
  panelTab: PanelTab;
  split: SplitSizes;
  /** Client pod/deployment the graph and composer focus on (null: all clients of the Traffic). */
  selectedClient: string | null;
  /** Graph element id selected by click or from the trace (null: nothing selected). */
  selectedElement: string | null;
  /** Random seed of the simulation: same seed, same numbers. */
  seed: number;
  /** Animation speed multiplier (1 = real time). */
  speed: number;
  playing: boolean;
  helpOpen: boolean;
  /**
   * Level of detail of a large mesh's graph (ui/graph/lod/graphLod.ts): the subset boxes whose
   * pods are shown, and how many Services are shown beyond the first few. View state only.
   */
  graphLod: { expandedBoxes: string[]; extraServices: number };
}

export function initialViewSlice(): ViewSlice {
  return {
    theme: 'system',
    panelTab: 'stats',
    split: {
      editorPercent: SPLIT_LIMITS.editorPercent.initial,
      bottomPercent: SPLIT_LIMITS.bottomPercent.initial,
    },
    selectedClient: null,
    selectedElement: null,
    seed: 1,
    speed: 1,
    playing: true,
    helpOpen: false,
    graphLod: { expandedBoxes: [], extraServices: 0 },
  };
}
