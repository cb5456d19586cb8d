import { useSyncExternalStore } from 'react';
import type { ThemeName } from './palette.ts';

const query = '(prefers-color-scheme: dark)';

function mediaQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(query) : null;
}

export function getSystemTheme(): ThemeName {
  return mediaQuery()?.matches ? 'dark' : 'light';
}

function subscribe(onChange: () => void): () => void {
  const mq = mediaQuery();
  mq?.addEventListener('change', onChange);
  return () => mq?.removeEventListener('change', onChange);
}

/** The operating system's light/dark preference, live. */
export function useSystemTheme(): ThemeName {
  return useSyncExternalStore(subscribe, getSystemTheme, () => 'light');
}
