import type { TextEdit } from '../../../state/textEdits.ts';
import { setScalarEdit } from './setScalarEdit.ts';

/** The edit that sets a Deployment's `spec.replicas` (inserted when the field is missing). */
export function replicasEdit(text: string, deployment: { namespace: string; name: string }, replicas: number): TextEdit | null {
  const value = Math.max(0, Math.round(replicas));
  return setScalarEdit(text, { kind: 'Deployment', ...deployment }, ['spec', 'replicas'], String(value), value);
}
