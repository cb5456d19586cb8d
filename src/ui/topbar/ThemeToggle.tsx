import { toggleTheme } from '../../state/actions/view.ts';
import type { ThemeName } from '../theme/palette.ts';
import { TEST_IDS } from '../testIds.ts';
import { MoonIcon, SunIcon } from './icons.tsx';

/** Switches between light and dark; until first used, the system preference decides. */
export function ThemeToggle({ shown }: { shown: ThemeName }) {
  const next = shown === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="icon-button"
      data-testid={TEST_IDS.themeToggle}
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={() => toggleTheme(shown)}
    >
      {shown === 'dark' ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
