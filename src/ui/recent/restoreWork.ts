/**
 * Startup with autosaved work, and the "Restore previous" action. A page opened without a link
 * or an example in its URL shows the work autosaved last time; one opened with a link or an
 * example shows that, and keeps the autosaved work one click away (recent history + "Restore
 * previous" in the top bar).
 */
import { loadYamlText } from '../../share/applySharedState.ts';
import { showNotice } from '../../share/notices.ts';
import { resolveStartup, type Startup } from '../../share/startupScenario.ts';
import { applyStartup } from '../../share/urlState.ts';
import { readSavedWork, startAutosave } from '../../state/autosave.ts';
import { addRecentScenario, getPreviousWork, setPreviousWork, type RecentScenario } from '../../state/recentScenarios.ts';
import type { ScenarioEntry } from '../../state/slices/scenario.ts';

function incomingYaml(startup: Startup): string | undefined {
  if (startup.kind === 'link') return startup.state.yaml;
  return startup.scenario?.yaml;
}

/**
 * Loads the page's scenario (URL or autosaved work) and starts autosaving. Embeds never touch
 * saved work. Waits only when the URL holds a permalink (its decoder is a lazy chunk).
 */
export async function startWithSavedWork(scenarios: readonly ScenarioEntry[], options: { embed: boolean; location?: { hash: string; search: string } }): Promise<void> {
  const startup = await resolveStartup(options.location ?? window.location, scenarios);
  if (options.embed) {
    applyStartup(startup, scenarios);
    return;
  }
  const saved = readSavedWork();
  const isPristine = (yaml: string) => scenarios.some((s) => s.yaml === yaml);
  if (saved && saved.yaml.trim() !== '' && startup.kind === 'default') {
    loadYamlText(saved.yaml, scenarios);
    if (startup.error) showNotice('error', startup.error.replace(/ The default example is shown instead\.$/, ' Your last work is shown instead.'));
  } else {
    if (saved && saved.yaml.trim() !== '' && !isPristine(saved.yaml) && saved.yaml !== incomingYaml(startup)) {
      addRecentScenario(saved);
      setPreviousWork(saved);
    }
    applyStartup(startup, scenarios);
  }
  startAutosave(isPristine);
}

/** Puts a recent text back in the editor (one undoable edit); what it replaces becomes "previous" in turn. */
export function restoreRecent(entry: RecentScenario, scenarios: readonly ScenarioEntry[]): void {
  if (getPreviousWork()?.yaml === entry.yaml) setPreviousWork(null);
  loadYamlText(entry.yaml, scenarios);
}
