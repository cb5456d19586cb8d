/**
 * Which browser tab this is, across reloads: an id kept in sessionStorage, which the browser
 * keeps per tab and through reloads, but does not share between tabs (a duplicated tab starts
 * with a copy, so it shares its original's id until one of them is reloaded in a new tab).
 */
const TAB_ID_KEY = 'itp:tab-id';

let id: string | undefined;

export function tabId(): string {
  if (id) return id;
  try {
    id = globalThis.sessionStorage?.getItem(TAB_ID_KEY) ?? undefined;
    if (!id) {
      id = newId();
      globalThis.sessionStorage?.setItem(TAB_ID_KEY, id);
    }
  } catch {
    id = newId(); // storage blocked: this page load is its own tab
  }
  return id;
}

function newId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Forget the cached id (tests). */
export function resetTabIdForTests(): void {
  id = undefined;
}
