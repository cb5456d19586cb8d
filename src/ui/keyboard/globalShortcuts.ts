import { focusEditor } from '../../state/editorBridge.ts';
import { setHelpOpen, togglePlaying } from '../../state/actions/view.ts';

/** ids of the regions the focus shortcuts jump to. */
export const REGION_IDS = { editor: 'editor-panel', graph: 'graph-panel' } as const;

const interactiveSelector =
  'input, textarea, select, button, a[href], summary, [contenteditable=""], [contenteditable="true"], ' +
  '[role="tab"], [role="separator"], [role="button"], [role="slider"], [role="menuitem"], [role="checkbox"], .monaco-editor, dialog';

/** True when the key press belongs to a control or the editor (Space and ? must not be stolen). */
function isInsideControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(interactiveSelector) !== null;
}

function focusRegion(id: string): void {
  const region = document.getElementById(id);
  if (!region) return;
  const target = region.querySelector<HTMLElement>('[data-autofocus]') ?? region;
  target.focus();
}

/** Shortcuts that work anywhere, even inside Monaco: registered in the capture phase. */
export function handleFocusShortcut(event: KeyboardEvent): void {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (event.code === 'Digit1') {
    event.preventDefault();
    event.stopPropagation();
    if (!focusEditor()) focusRegion(REGION_IDS.editor);
  } else if (event.code === 'Digit2') {
    event.preventDefault();
    event.stopPropagation();
    focusRegion(REGION_IDS.graph);
  }
}

/** Shortcuts that only apply outside text fields and the editor: registered in the bubble phase. */
export function handlePageShortcut(event: KeyboardEvent): void {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
  if (isInsideControl(event.target)) return;
  if (event.key === ' ' && !event.repeat) {
    event.preventDefault();
    togglePlaying();
  } else if (event.key === '?') {
    event.preventDefault();
    setHelpOpen(true);
  }
}

/** Installs the handlers on `target`; returns the uninstaller. */
export function installGlobalShortcuts(target: Window = window): () => void {
  target.addEventListener('keydown', handleFocusShortcut, true);
  target.addEventListener('keydown', handlePageShortcut);
  return () => {
    target.removeEventListener('keydown', handleFocusShortcut, true);
    target.removeEventListener('keydown', handlePageShortcut);
  };
}
