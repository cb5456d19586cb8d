/**
 * A short history of recent scenarios in localStorage (the last MAX_RECENT texts that were
 * replaced by an example, a link or a file, with when), and the one "previous" text the top
 * bar offers to restore. Everything read back from storage is sanitised first: it may have been
 * written by another version of the playground, or edited by hand.
 */
import { MAX_YAML_BYTES } from '../engine/limits.ts';

export const RECENT_KEY = 'itp:recent:v1';
export const MAX_RECENT = 10;
/** Characters kept for the whole history; the oldest entries go first. */
export const MAX_RECENT_CHARS = 1_500_000;

export interface RecentScenario {
  yaml: string;
  /** The example it came from, if any. */
  scenarioId: string | null;
  /** When it was replaced (ms since the epoch). */
  savedAt: number;
}

export function sanitizeRecent(raw: unknown): RecentScenario | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.yaml !== 'string' || r.yaml.length > MAX_YAML_BYTES || r.yaml.includes('\u0000')) return null;
  const savedAt = typeof r.savedAt === 'number' && Number.isFinite(r.savedAt) ? r.savedAt : 0;
  const scenarioId = typeof r.scenarioId === 'string' && r.scenarioId.length <= 100 ? r.scenarioId : null;
  return { yaml: r.yaml, scenarioId, savedAt };
}

export function readJson(key: string): unknown {
  try {
    const text = globalThis.localStorage?.getItem(key);
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** False when storage is unavailable or full: losing the history must never break editing. */
export function writeJson(key: string, value: unknown): boolean {
  try {
    globalThis.localStorage?.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

let entries: RecentScenario[] | null = null;
let previous: RecentScenario | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

/** Most recent first. */
export function getRecentScenarios(): readonly RecentScenario[] {
  if (!entries) {
    const raw = readJson(RECENT_KEY);
    entries = Array.isArray(raw) ? raw.map(sanitizeRecent).filter((e): e is RecentScenario => e !== null).slice(0, MAX_RECENT) : [];
  }
  return entries;
}

/** Keeps `entry` at the top of the history (once), within MAX_RECENT entries and MAX_RECENT_CHARS. */
export function addRecentScenario(entry: RecentScenario): void {
  entries = null; // re-read: another tab may have added entries since
  const list = [entry, ...getRecentScenarios().filter((e) => e.yaml !== entry.yaml)].slice(0, MAX_RECENT);
  let chars = 0;
  const kept = list.filter((e) => (chars += e.yaml.length) <= MAX_RECENT_CHARS || e === entry);
  while (!writeJson(RECENT_KEY, kept) && kept.length > 1) kept.pop();
  entries = kept;
  emit();
}

/** The text the "Restore previous" action brings back (null: nothing was replaced). */
export function getPreviousWork(): RecentScenario | null {
  return previous;
}

export function setPreviousWork(entry: RecentScenario | null): void {
  previous = entry;
  emit();
}

export function subscribeRecent(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forget the in-memory copy (tests). */
export function resetRecentScenarios(): void {
  entries = null;
  previous = null;
  emit();
}
