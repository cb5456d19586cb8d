import { useCallback, useEffect, useRef } from 'react';
import { newUndoGroup, type UndoGroup } from '../../../state/editorBridge.ts';
import { endEditGesture } from '../yamlEdits/graphYaml.ts';

/** A keyboard (or assistive technology) adjustment that pauses this long ends its undo step. */
export const KEY_BURST_IDLE_MS = 1000;

export interface EditGesture {
  /** A pointer went down on the control: one gesture until that pointer is released, anywhere. */
  pointerDown(): void;
  /** The undo group of a change happening now; starts a keyboard burst when no gesture is on. */
  group(): UndoGroup;
  /** Ends the gesture now (blur, unmount); `beforeEnd` runs first (flush the pending write). */
  end(): void;
}

/**
 * What one undo step is for a control that rewrites the YAML live (the weight slider): a drag
 * from pointer down to pointer up, or a burst of key presses (arrows, Page Up/Down, Home/End)
 * without a pause of `KEY_BURST_IDLE_MS`. Each write of the gesture carries its `group()`; the
 * editor joins them into one step, closed when the gesture ends.
 */
export function useEditGesture(label: string, beforeEnd: () => void): EditGesture {
  const beforeEndRef = useRef(beforeEnd);
  beforeEndRef.current = beforeEnd;
  const current = useRef<{ group: UndoGroup; pointer: boolean } | null>(null);
  const idleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stopListening = useRef<(() => void) | null>(null);

  const end = useCallback(() => {
    clearTimeout(idleTimer.current);
    idleTimer.current = undefined;
    stopListening.current?.();
    stopListening.current = null;
    const gesture = current.current;
    if (!gesture) return;
    beforeEndRef.current();
    current.current = null;
    endEditGesture(gesture.group);
  }, []);

  const pointerDown = useCallback(() => {
    end();
    current.current = { group: newUndoGroup(label), pointer: true };
    // Capture phase on window: the release counts wherever it happens, whatever stops propagation.
    const onRelease = () => end();
    window.addEventListener('pointerup', onRelease, true);
    window.addEventListener('pointercancel', onRelease, true);
    stopListening.current = () => {
      window.removeEventListener('pointerup', onRelease, true);
      window.removeEventListener('pointercancel', onRelease, true);
    };
  }, [end, label]);

  const group = useCallback((): UndoGroup => {
    current.current ??= { group: newUndoGroup(label), pointer: false };
    if (!current.current.pointer) {
      clearTimeout(idleTimer.current);
      idleTimer.current = setTimeout(end, KEY_BURST_IDLE_MS);
    }
    return current.current.group;
  }, [end, label]);

  useEffect(() => end, [end]);
  return { pointerDown, group, end };
}
