/**
 * The one message the share features may show above the app ("This link is damaged…",
 * "Loaded scenario.yaml…"): a tiny external store, read with useSyncExternalStore. UI-only
 * state, so it stays out of the app store (and out of permalinks).
 */
export interface Notice {
  kind: 'error' | 'info';
  text: string;
  /** Increases with every notice, so the same text shown twice still re-announces. */
  id: number;
}

let current: Notice | null = null;
let nextId = 1;
const listeners = new Set<() => void>();

function emit(): void {
  for (const listener of listeners) listener();
}

export function showNotice(kind: Notice['kind'], text: string): void {
  current = { kind, text, id: nextId++ };
  emit();
}

export function dismissNotice(): void {
  if (!current) return;
  current = null;
  emit();
}

export function getNotice(): Notice | null {
  return current;
}

export function subscribeNotice(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
