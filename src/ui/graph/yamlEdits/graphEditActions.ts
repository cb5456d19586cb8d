import type { TopoClient, TopoEdge } from '../../../engine/topology/types.ts';
import { applyYamlEdits, revealInEditor, type UndoGroup } from '../../../state/editorBridge.ts';
import { getAppState } from '../../../state/store.ts';
import { editOffsets, type TextEdit } from '../../../state/textEdits.ts';
import { readDeployments } from './readDeployments.ts';
import { replicasEdit } from './replicasEdit.ts';
import { sidecarToggleEdits } from './sidecarToggleEdit.ts';
import { weightEdit } from './weightEdit.ts';

/**
 * Graph gestures that change the scenario. Each computes a minimal edit against the text as it
 * is right now and applies it through the editor (one undo step); the engine then re-runs as
 * for a keystroke. Each returns false when there was nothing to edit.
 */

const currentText = () => getAppState().scenario.yaml;

/** Applies the edits and scrolls the editor to the first changed line, so the change is visible. */
function applyAndReveal(text: string, edits: readonly TextEdit[], undoGroup?: UndoGroup): void {
  if (edits.length === 0) return;
  const start = Math.min(...edits.map((e) => editOffsets(text, e).start));
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < start; i = text.indexOf('\n', i + 1)) line++;
  applyYamlEdits(edits, { undoGroup });
  revealInEditor(line);
}

export function toggleSidecarInjection(client: Pick<TopoClient, 'ref' | 'hasSidecar'>): boolean {
  const text = currentText();
  const edits = sidecarToggleEdits(text, client);
  applyAndReveal(text, edits);
  return edits.length > 0;
}

/** With `undoGroup` (a slider drag) every write of the gesture joins one undo step. */
export function setRouteWeight(edge: Pick<TopoEdge, 'ref' | 'weightPath'>, weight: number, undoGroup?: UndoGroup): boolean {
  const text = currentText();
  const edit = weightEdit(text, edge, weight);
  if (edit) applyAndReveal(text, [edit], undoGroup);
  return edit !== null;
}

/** Adds `delta` to the Deployment's replicas as the text has them now (not as last drawn). */
export function scaleDeployment(deployment: { namespace: string; name: string }, delta: number): boolean {
  const text = currentText();
  const current = readDeployments(text).find((d) => d.namespace === deployment.namespace && d.name === deployment.name);
  if (!current) return false;
  const edit = replicasEdit(text, deployment, Math.max(0, current.replicas + delta));
  if (edit) applyAndReveal(text, [edit]);
  return edit !== null;
}
