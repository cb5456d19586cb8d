/** A built-in example: what the scenario picker lists. */
export interface ScenarioEntry {
  id: string;
  title: string;
  description: string;
  yaml: string;
}

export interface ScenarioSlice {
  /** The editor text, updated on every keystroke. */
  yaml: string;
  /**
   * The text downstream consumers (engine, URL, graph) react to: `yaml` after it has been stable
   * for a short moment (see `COMMIT_DELAY_MS`), or immediately on load.
   */
  committedYaml: string;
  /** Id of the example the text came from (null once nothing is loaded). */
  scenarioId: string | null;
}

export function initialScenarioSlice(): ScenarioSlice {
  return { yaml: '', committedYaml: '', scenarioId: null };
}
