import type { TopoClient } from '../../../engine/topology/types.ts';
import type { TextEdit } from '../../../state/textEdits.ts';
import { findResourceDocument } from './findResourceDocument.ts';
import { setScalarEdit } from './setScalarEdit.ts';

export const INJECT_KEY = 'sidecar.istio.io/inject';

/** Where the pod labels (or annotations) live: a Pod's own metadata or a Deployment's template. */
function podMetadataPath(kind: string): string[] {
  return kind === 'Pod' ? ['metadata'] : ['spec', 'template', 'metadata'];
}

/**
 * Edits that flip sidecar injection for the client's Deployment or Pod: the pod label
 * `sidecar.istio.io/inject` becomes `"false"` (it had a sidecar) or `"true"` (it had none; an
 * annotation `"false"` that would veto it is flipped too). A missing label is inserted, so a
 * namespace-wide `istio-injection: enabled` is overridden as well. Empty when the resource is
 * not in the text.
 */
export function sidecarToggleEdits(text: string, client: Pick<TopoClient, 'ref' | 'hasSidecar'>): TextEdit[] {
  const meta = podMetadataPath(client.ref.kind);
  const value = client.hasSidecar ? 'false' : 'true';
  const edits: TextEdit[] = [];
  const label = setScalarEdit(text, client.ref, [...meta, 'labels', INJECT_KEY], `"${value}"`, value);
  if (label) edits.push(label);
  if (!client.hasSidecar) {
    const doc = findResourceDocument(text, client.ref);
    if (String(doc?.getIn([...meta, 'annotations', INJECT_KEY])) === 'false') {
      const annotation = setScalarEdit(text, client.ref, [...meta, 'annotations', INJECT_KEY], '"true"', 'true');
      if (annotation) edits.push(annotation);
    }
  }
  return edits;
}
