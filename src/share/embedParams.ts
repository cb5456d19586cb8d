/**
 * Query parameters of embed mode (`?embed=1&view=split&panel=stats&readonly=0&autoplay=1&theme=dark`)
 * and of the examples gallery (`?example=<id>`). Untrusted input: only the exact values listed
 * here are accepted; anything else falls back to the default.
 */
export type EmbedView = 'graph' | 'split';
export type EmbedTheme = 'light' | 'dark';

export interface EmbedParams {
  /** `embed=1`: the compact chrome instead of the full playground. */
  embed: boolean;
  /** `view=graph` (default) or `view=split` (the YAML beside the graph). */
  view: EmbedView;
  /** `panel=stats`: the Stats panel under the graph instead of the thin stats strip. */
  panel: 'stats' | null;
  /** `readonly=0` lets readers edit the YAML in a split embed; read-only by default. */
  readonly: boolean;
  /** `autoplay=1` / `autoplay=0`; null: play when visible unless the reader prefers reduced motion. */
  autoplay: boolean | null;
  /** `theme=light|dark`; null: follow the reader's system setting. */
  theme: EmbedTheme | null;
}

export const DEFAULT_EMBED_PARAMS: EmbedParams = { embed: false, view: 'graph', panel: null, readonly: true, autoplay: null, theme: null };

const MAX_SEARCH_CHARS = 2000;

function params(search: string): URLSearchParams {
  return new URLSearchParams(search.length > MAX_SEARCH_CHARS ? '' : search);
}

function flag(value: string | null): boolean | null {
  if (value === '1' || value === 'true') return true;
  if (value === '0' || value === 'false') return false;
  return null;
}

export function parseEmbedParams(search: string): EmbedParams {
  const p = params(search);
  const view = p.get('view');
  const theme = p.get('theme');
  return {
    embed: flag(p.get('embed')) === true,
    view: view === 'split' ? 'split' : 'graph',
    panel: p.get('panel') === 'stats' ? 'stats' : null,
    readonly: flag(p.get('readonly')) ?? true,
    autoplay: flag(p.get('autoplay')),
    theme: theme === 'light' || theme === 'dark' ? theme : null,
  };
}

/** `?example=<id>`: the id when it is a plausible one (letters, digits, dashes), else null. */
export function parseExampleParam(search: string): string | null {
  const id = params(search).get('example');
  return id && /^[a-z0-9][a-z0-9-]{0,63}$/i.test(id) ? id : null;
}

/** The query string of an embed URL, with only the non-default options (`?embed=1&view=split`). */
export function formatEmbedSearch(options: Partial<Omit<EmbedParams, 'embed'>>): string {
  const p = new URLSearchParams({ embed: '1' });
  if (options.view === 'split') p.set('view', 'split');
  if (options.panel === 'stats') p.set('panel', 'stats');
  if (options.readonly === false) p.set('readonly', '0');
  if (options.autoplay != null) p.set('autoplay', options.autoplay ? '1' : '0');
  if (options.theme) p.set('theme', options.theme);
  return `?${p.toString()}`;
}

/** Whether an embed starts playing once visible. */
export function shouldAutoplay(params: Pick<EmbedParams, 'autoplay'>, prefersReducedMotion: boolean): boolean {
  return params.autoplay ?? !prefersReducedMotion;
}
