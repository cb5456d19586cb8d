import type { AppState } from '../state/store.ts';
import type { ScenarioEntry } from '../state/slices/scenario.ts';
import { captureSharedState, isInitialView } from './captureSharedState.ts';
import { formatEmbedSearch, type EmbedParams } from './embedParams.ts';
import { encodePermalink } from './permalink.ts';
import type { SharedState } from './sharedState.ts';

/** The playground's own address, without query or fragment: works from any sub-path. */
export function appBaseUrl(location: { origin: string; pathname: string }): string {
  return location.origin + location.pathname;
}

export function permalinkUrl(base: string, state: SharedState): string {
  return `${base}#${encodePermalink(state)}`;
}

export type EmbedOptions = Partial<Omit<EmbedParams, 'embed'>>;

export function embedUrl(base: string, state: SharedState, options: EmbedOptions): string {
  return `${base}${formatEmbedSearch(options)}#${encodePermalink(state)}`;
}

/** Height of the embed when the author does not choose one: fits graph, caption and strip. */
export const DEFAULT_EMBED_HEIGHT = 450;

/**
 * The `<iframe>` snippet for a blog post: lazy, titled, a fixed height so nothing jumps. The
 * sandbox lets the embed run its scripts and workers (same-origin with itself) and open "Open in
 * playground" in a new, unsandboxed tab, and nothing else: it cannot navigate the host page.
 */
export function embedSnippet(input: { src: string; title: string; height: number }): string {
  const height = Math.round(Math.min(1600, Math.max(240, input.height)));
  return [
    '<iframe',
    `  src="${escapeAttribute(input.src)}"`,
    `  title="${escapeAttribute(input.title)}"`,
    `  width="100%" height="${height}" loading="lazy"`,
    '  sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"',
    '  style="border: 1px solid #d5d9e0; border-radius: 8px; max-width: 100%;"',
    '></iframe>',
  ].join('\n');
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The address bar for the current state (path-relative, for history.replaceState): an untouched
 * example is `?example=<id>` (nothing for the first one), anything else a `#v1/…` permalink.
 * Other query parameters are kept.
 */
export function urlForState(app: AppState, location: { pathname: string; search: string }, scenarios: readonly Pick<ScenarioEntry, 'id' | 'yaml'>[]): string {
  const params = new URLSearchParams(location.search);
  params.delete('example');
  const example = scenarios.find((s) => s.id === app.scenario.scenarioId);
  let hash = '';
  if (example && example.yaml === app.scenario.yaml && isInitialView(app.view)) {
    if (example.id !== scenarios[0]?.id) params.set('example', example.id);
  } else {
    hash = `#${encodePermalink(captureSharedState(app))}`;
  }
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}${hash}`;
}
