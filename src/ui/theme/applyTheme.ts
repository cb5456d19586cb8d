import { themeCssVariables, type ThemeName } from './palette.ts';

/** Sets `data-theme`, `color-scheme` and the palette's CSS variables on the document root. */
export function applyTheme(theme: ThemeName, root: HTMLElement = document.documentElement): void {
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
  for (const [name, value] of Object.entries(themeCssVariables(theme))) {
    root.style.setProperty(name, value);
  }
}
