import type { RecentScenario } from '../../state/recentScenarios.ts';
import type { ScenarioEntry } from '../../state/slices/scenario.ts';

const MAX_TITLE = 60;

/** A recent text's name in a menu: its example's title, else its first comment, else its first object. */
export function describeRecent(entry: RecentScenario, scenarios: readonly Pick<ScenarioEntry, 'id' | 'title' | 'yaml'>[]): string {
  const example = scenarios.find((s) => s.yaml === entry.yaml);
  if (example) return example.title;
  const head = entry.yaml.slice(0, 4000);
  const comment = /^\s*#\s*(\S.*)$/m.exec(head)?.[1];
  const kind = /^kind:\s*(\S+)/m.exec(head)?.[1];
  const name = /^\s+name:\s*(\S+)/m.exec(head)?.[1];
  const title = comment ?? (kind ? `${kind}${name ? ` ${name}` : ''}` : 'Untitled scenario');
  const edited = entry.scenarioId ? scenarios.find((s) => s.id === entry.scenarioId) : undefined;
  const text = edited && !comment ? `${edited.title} (edited)` : title;
  return text.length > MAX_TITLE ? `${text.slice(0, MAX_TITLE - 1)}…` : text;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [['day', 86_400_000], ['hour', 3_600_000], ['minute', 60_000]];

/** "just now", "5 minutes ago", "yesterday". */
export function describeAge(savedAt: number, now = Date.now()): string {
  const age = Math.max(0, now - savedAt);
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, ms] of UNITS) if (age >= ms) return format.format(-Math.floor(age / ms), unit);
  return 'just now';
}
