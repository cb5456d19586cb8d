import { SPLIT_LIMITS, type PanelTab, type SplitSizes, type ThemeChoice } from '../slices/view.ts';
import { getAppState, patchSlice } from '../store.ts';

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function setThemeChoice(theme: ThemeChoice): void {
  patchSlice('view', { theme });
}

/** Switches to the opposite of what is shown now; from then on the system setting is ignored. */
export function toggleTheme(shown: 'light' | 'dark'): void {
  setThemeChoice(shown === 'dark' ? 'light' : 'dark');
}

export function openPanelTab(panelTab: PanelTab): void {
  patchSlice('view', { panelTab });
}

export function setSplitSizes(sizes: Partial<SplitSizes>): void {
  const split = { ...getAppState().view.split, ...sizes };
  const { editorPercent, bottomPercent } = SPLIT_LIMITS;
  patchSlice('view', {
    split: {
      editorPercent: clamp(split.editorPercent, editorPercent.min, editorPercent.max),
      bottomPercent: clamp(split.bottomPercent, bottomPercent.min, bottomPercent.max),
    },
  });
}

export function selectClient(selectedClient: string | null): void {
  patchSlice('view', { selectedClient });
}

export function selectElement(selectedElement: string | null): void {
  patchSlice('view', { selectedElement });
}

export function setSeed(seed: number): void {
  if (Number.isSafeInteger(seed)) patchSlice('view', { seed });
}

export function setSpeed(speed: number): void {
  if (Number.isFinite(speed) && speed > 0) patchSlice('view', { speed: clamp(speed, 0.1, 10) });
}

export function setPlaying(playing: boolean): void {
  patchSlice('view', { playing });
}

export function togglePlaying(): void {
  setPlaying(!getAppState().view.playing);
}

export function setHelpOpen(helpOpen: boolean): void {
  patchSlice('view', { helpOpen });
}

/** Shows or hides the pods of one subset box in a large mesh's graph (view state, not YAML). */
export function toggleBoxPods(clusterId: string): void {
  const lod = getAppState().view.graphLod;
  const expandedBoxes = lod.expandedBoxes.includes(clusterId) ? lod.expandedBoxes.filter((id) => id !== clusterId) : [...lod.expandedBoxes, clusterId];
  patchSlice('view', { graphLod: { ...lod, expandedBoxes } });
}

/** Shows `delta` more Services in a large mesh's graph (negative: fewer; never below the default). */
export function showMoreServices(delta: number): void {
  const lod = getAppState().view.graphLod;
  patchSlice('view', { graphLod: { ...lod, extraServices: Math.max(0, lod.extraServices + delta) } });
}
