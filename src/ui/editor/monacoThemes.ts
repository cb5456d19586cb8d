import { palettes, type ThemeName } from '../theme/palette.ts';
import type { Monaco } from './monacoApi.ts';

export const monacoThemeName: Record<ThemeName, string> = { light: 'itp-light', dark: 'itp-dark' };

let defined = false;

/** Defines the editor themes from the app palette (once). */
export function defineMonacoThemes(monaco: Monaco): void {
  if (defined) return;
  defined = true;
  for (const theme of ['light', 'dark'] as const) {
    const { chrome, status } = palettes[theme];
    monaco.editor.defineTheme(monacoThemeName[theme], {
      base: theme === 'dark' ? 'vs-dark' : 'vs',
      inherit: true,
      // vs-dark's green comments fail the 4.5:1 contrast on our background: use the muted text colour.
      rules: theme === 'dark' ? [{ token: 'comment', foreground: chrome.textMuted.replace('#', '') }] : [],
      colors: {
        'editor.background': chrome.bg,
        'editor.foreground': chrome.text,
        'editorLineNumber.foreground': chrome.textMuted,
        'editor.selectionBackground': chrome.selection,
        'editorCursor.foreground': chrome.accent,
        'editorError.foreground': status.error,
        'editorWarning.foreground': status.warning,
        'editorInfo.foreground': status.info,
        'focusBorder': chrome.focus,
      },
    });
  }
}
