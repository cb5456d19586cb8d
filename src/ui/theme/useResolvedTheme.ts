import { useAppStore } from '../../state/store.ts';
import type { ThemeName } from './palette.ts';
import { useSystemTheme } from './systemTheme.ts';

/** The theme actually shown: the user's explicit choice, else the system preference. */
export function useResolvedTheme(): ThemeName {
  const choice = useAppStore((s) => s.view.theme);
  const system = useSystemTheme();
  return choice === 'system' ? system : choice;
}
