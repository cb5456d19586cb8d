import { useEffect, useState } from 'react';
import type { TopoEdge } from '../../../engine/topology/types.ts';
import type { UndoGroup } from '../../../state/editorBridge.ts';
import { TEST_IDS } from '../../testIds.ts';
import { WEIGHT_LABEL } from '../layout/graphGeometry.ts';
import { setRouteWeight } from '../yamlEdits/graphYaml.ts';
import { useDebouncedCallback } from './useDebouncedCallback.ts';
import { useEditGesture } from './useEditGesture.ts';

/** How often a dragged slider rewrites the YAML (each rewrite re-runs the engine). */
const WEIGHT_EDIT_DEBOUNCE_MS = 120;

export const formatShare = (share: number | undefined) =>
  share === undefined ? '—' : share >= 0.9995 ? '100 %' : `${(share * 100).toFixed(1)} %`;

interface WeightLabelProps {
  edge: TopoEdge;
  /** Observed share of the route's requests (undefined before traffic). */
  observed?: number;
  subset: string;
  /** Traffic flows but none takes this edge (e.g. a client without a sidecar). */
  unused?: boolean;
  x: number;
  y: number;
}

/**
 * "weight 10 · observed 9.7 %" on a weighted edge. Clicking or focusing it opens a slider
 * (0–100) that rewrites this destination's `weight` in the YAML, debounced while dragging; one
 * drag (or one burst of key presses) is one undo step in the editor.
 */
export function WeightLabel({ edge, observed, subset, unused = false, x, y }: WeightLabelProps) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState<number | null>(null);
  const write = useDebouncedCallback(
    ({ weight, group }: { weight: number; group: UndoGroup }) => setRouteWeight(edge, weight, group),
    WEIGHT_EDIT_DEBOUNCE_MS,
  );
  const gesture = useEditGesture(`weight of subset ${subset}`, write.flush);
  const weight = draft ?? edge.weight ?? 0;
  const max = Math.max(100, edge.weight ?? 0);

  // Once the engine has the dragged value, show the engine's again (an undo then shows through).
  useEffect(() => {
    if (draft !== null && edge.weight === draft && !write.pending()) setDraft(null);
  }, [edge.weight, draft, write]);

  return (
    <div
      className={`tg-weight nodrag nopan${open ? ' tg-weight--open' : ''}${unused ? ' tg-weight--unused' : ''}`}
      // Anchored by the label's centre, so opening the slider (below it) does not move the label.
      style={{ transform: `translate(-50%, -${WEIGHT_LABEL.height / 2}px) translate(${x}px, ${y}px)` }}
      onFocus={() => setOpen(true)}
      onBlur={(event) => {
        if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
        gesture.end();
        write.flush();
        setOpen(false);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') (event.target as HTMLElement).blur();
      }}
    >
      <button
        type="button"
        className="tg-weight-label"
        aria-expanded={open}
        aria-label={`weight ${weight} observed ${formatShare(observed)}: subset ${subset}, open the weight slider`}
        data-testid={TEST_IDS.weightLabel(subset)}
        onClick={() => setOpen(true)}
      >
        <span className="tg-weight-value">weight {weight}</span>{' '}
        <span className="tg-weight-observed">observed <span className="tg-nowrap">{formatShare(observed)}</span></span>
      </button>
      {open && (
        <div className="tg-weight-popover">
          <input
            type="range"
            className="tg-weight-slider"
            min={0}
            max={max}
            step={1}
            value={weight}
            aria-label={`Weight of subset ${subset}`}
            aria-valuetext={`weight ${weight}`}
            data-testid={TEST_IDS.weightSlider(subset)}
            onChange={(event) => {
              const next = Number(event.target.value);
              setDraft(next);
              write.call({ weight: next, group: gesture.group() });
            }}
            onPointerDown={gesture.pointerDown}
          />
        </div>
      )}
    </div>
  );
}
