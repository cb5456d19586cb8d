import { MAX_PERMALINK_YAML_BYTES } from '../engine/limits.ts';

/**
 * What a permalink carries: the YAML text plus the view state needed to reproduce exactly what
 * the sender saw. Every field but `yaml` is optional so older links keep decoding.
 */
export interface SharedState {
  yaml: string;
  view: SharedView;
}

export interface SharedView {
  /** 'ns/name' of the client the graph/composer focuses on. */
  client?: string | null;
  seed?: number;
  speed?: number;
  /** Open bottom-panel tab. */
  panel?: string;
  layout?: { editorPercent?: number; bottomPercent?: number };
  playing?: boolean;
}

/** Largest YAML a link may carry (engine/limits.ts holds every limit). */
export const MAX_SHARED_YAML_BYTES = MAX_PERMALINK_YAML_BYTES;
const PANELS = new Set(['stats', 'trace', 'problems', 'tests', 'hash']);

/**
 * Sanitises untrusted decoded JSON into a SharedState: wrong types are dropped (never coerced
 * into something executable), numbers are clamped. Returns null when there is no YAML text.
 */
export function restoreSharedState(input: unknown): SharedState | null {
  if (!input || typeof input !== 'object') return null;
  const o = input as Record<string, unknown>;
  if (typeof o.yaml !== 'string' || !isPlainText(o.yaml)) return null;
  const v = o.view && typeof o.view === 'object' ? (o.view as Record<string, unknown>) : {};
  const view: SharedView = {};
  if (typeof v.client === 'string' && v.client.length < 260) view.client = v.client;
  if (isFiniteNumber(v.seed)) view.seed = Math.max(0, Math.min(0xffffffff, Math.floor(v.seed)));
  if (isFiniteNumber(v.speed)) view.speed = Math.max(0.1, Math.min(10, v.speed));
  if (typeof v.panel === 'string' && PANELS.has(v.panel)) view.panel = v.panel;
  if (typeof v.playing === 'boolean') view.playing = v.playing;
  if (v.layout && typeof v.layout === 'object') {
    const l = v.layout as Record<string, unknown>;
    view.layout = {};
    if (isFiniteNumber(l.editorPercent)) view.layout.editorPercent = Math.max(0, Math.min(100, l.editorPercent));
    if (isFiniteNumber(l.bottomPercent)) view.layout.bottomPercent = Math.max(0, Math.min(100, l.bottomPercent));
  }
  return { yaml: o.yaml, view };
}

function isFiniteNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}

/** No NUL characters: binary data is never handed to the editor or the engine. */
export function isPlainText(text: string): boolean {
  return !text.includes('\u0000');
}
