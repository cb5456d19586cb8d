/**
 * Which scenario text to restart the engine with after it hung or crashed: the most recent
 * text it finished loading that is not the culprit (the text it was loading, or else the one it
 * was running) and never hung before. Two bad scenarios can therefore not send the engine back
 * and forth between them. Also the sentence the user reads about it.
 */
import { ENGINE_TIME_BUDGET_MS, MAX_YAML_BYTES } from '../engine/limits.ts';
import type { RestartReason } from './supervisedWorker.ts';

const KEEP = 3;
const KEEP_BAD = 8;

export interface KnownGood {
  /** The worker finished loading `yaml` (its 'loaded' answer arrived). */
  loaded(yaml: string): void;
  /** After a restart: the text to load now (undefined: none is safe), given the pending load's text if any. */
  fallback(pendingYaml: string | undefined): string | undefined;
  /** True when `yaml` made the engine hang or crash before. */
  isBad(yaml: string): boolean;
}

export function createKnownGood(): KnownGood {
  const recent: string[] = [];
  const bad: string[] = [];
  return {
    loaded(yaml) {
      const i = recent.indexOf(yaml);
      if (i >= 0) recent.splice(i, 1);
      recent.push(yaml);
      if (recent.length > KEEP) recent.shift();
    },
    fallback(pendingYaml) {
      const culprit = pendingYaml ?? recent[recent.length - 1];
      if (culprit !== undefined && !bad.includes(culprit)) {
        bad.push(culprit);
        if (bad.length > KEEP_BAD) bad.shift();
      }
      for (let i = recent.length - 1; i >= 0; i--) if (!bad.includes(recent[i])) return recent[i];
      return undefined;
    },
    isBad(yaml) {
      return bad.includes(yaml);
    },
  };
}

/** The silence allowed: the base budget, plus time to parse a large pending text (about 6 s per MB). */
export function engineBudgetMs(pendingYamlLength: number): number {
  return ENGINE_TIME_BUDGET_MS + Math.round((6000 * pendingYamlLength) / MAX_YAML_BYTES);
}

/** What the banner says after a restart. */
export function restartNotice(reason: RestartReason, restoredEarlier: boolean): string {
  const then = restoredEarlier
    ? 'and was restarted with the last version that ran.'
    : 'and was restarted; it is paused, with nothing simulated, until you edit the YAML.';
  const what =
    reason.kind === 'hang'
      ? `The simulation took longer than ${Math.round(reason.budgetMs / 1000)} s on this YAML ${then} ` +
        'Your text is kept: make it smaller or simpler (very large ring or Maglev table sizes, replica or request counts are the usual cause); the next edit runs again.'
      : `The simulation stopped unexpectedly (${reason.message.slice(0, 120)}) ${then} Your text is kept; the next edit runs again.`;
  return what;
}
