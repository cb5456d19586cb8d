/**
 * The one place where colours are defined. Everything else (CSS variables, the Monaco theme,
 * graph nodes, dots, charts, legends) reads from here, so a subset keeps the same colour
 * everywhere and in both themes.
 *
 * Categorical colours follow Okabe & Ito ("Color Universal Design"), which stay distinguishable
 * for the common forms of colour blindness. Dark-theme values are lightened for contrast on a
 * dark background; the order (and so the meaning) is identical in both themes.
 */

export type ThemeName = 'light' | 'dark';

export interface ChromeColors {
  /** Page background. */
  bg: string;
  /** Panels (top bar, bottom panel, editor status line). */
  surface: string;
  /** Subtle fills: hovered rows, tab strip, placeholders. */
  surfaceAlt: string;
  border: string;
  text: string;
  textMuted: string;
  /** Links, selected tab underline, primary buttons. */
  accent: string;
  accentText: string;
  /** Keyboard focus ring. */
  focus: string;
  /** Background of editor lines highlighted from the trace or graph. */
  lineHighlight: string;
  /** Text selection in the editor. */
  selection: string;
}

export interface StatusColors {
  error: string;
  warning: string;
  info: string;
  ok: string;
}

export interface ThemePalette {
  chrome: ChromeColors;
  status: StatusColors;
  /** One colour per DestinationRule subset (and per hash-key value), in order of appearance. */
  categorical: readonly string[];
}

export const palettes: Record<ThemeName, ThemePalette> = {
  light: {
    chrome: {
      bg: '#ffffff',
      surface: '#f6f7f9',
      surfaceAlt: '#eceef2',
      border: '#d5d9e0',
      text: '#1d232b',
      textMuted: '#5c6673',
      accent: '#0b62b8',
      accentText: '#ffffff',
      focus: '#0b62b8',
      lineHighlight: '#fff3c4',
      selection: '#cfe3fb',
    },
    status: { error: '#c0392b', warning: '#9a6700', info: '#0b62b8', ok: '#1a7f37' },
    // blue, orange, bluish green, reddish purple, sky blue, vermillion, yellow (darkened), grey
    categorical: ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#b8a400', '#6e6e6e'],
  },
  dark: {
    chrome: {
      bg: '#16191e',
      surface: '#1d2127',
      surfaceAlt: '#262b33',
      border: '#363d47',
      text: '#e3e7ed',
      textMuted: '#9aa4b1',
      accent: '#6cb6ff',
      accentText: '#0d1117',
      focus: '#6cb6ff',
      lineHighlight: '#4a4220',
      selection: '#264f78',
    },
    status: { error: '#ff7b72', warning: '#e3b341', info: '#6cb6ff', ok: '#56d364' },
    categorical: ['#3d9df2', '#f0b429', '#2ec79b', '#e08cc0', '#8fd1f7', '#ff8a4c', '#f0e442', '#a8a8a8'],
  },
};

/** Colour for the n-th subset (or hash-key value); wraps around after the palette is used up. */
export function categoricalColor(index: number, theme: ThemeName): string {
  const colors = palettes[theme].categorical;
  return colors[((index % colors.length) + colors.length) % colors.length];
}

function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
}

/**
 * CSS custom properties for a theme: `--color-bg`, `--color-text-muted`, `--status-error`,
 * `--cat-0` … `--cat-7`. Applied to the document root, used by every stylesheet.
 */
export function themeCssVariables(theme: ThemeName): Record<string, string> {
  const { chrome, status, categorical } = palettes[theme];
  const vars: Record<string, string> = {};
  for (const [key, value] of Object.entries(chrome)) vars[`--color-${kebab(key)}`] = value;
  for (const [key, value] of Object.entries(status)) vars[`--status-${key}`] = value;
  categorical.forEach((value, i) => { vars[`--cat-${i}`] = value; });
  return vars;
}
