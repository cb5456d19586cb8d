import type { ScenarioEntry } from '../../state/slices/scenario.ts';
import { TEST_IDS } from '../testIds.ts';
import { oneLineDescription } from './oneLineDescription.ts';

export interface ScenarioPickerProps {
  scenarios: readonly ScenarioEntry[];
  selectedId: string | null;
  onSelect: (scenario: ScenarioEntry) => void;
}

/** The built-in examples (also `?example=<id>`), with the selected one's one-line description beside the list. */
export function ScenarioPicker({ scenarios, selectedId, onSelect }: ScenarioPickerProps) {
  const selected = scenarios.find((s) => s.id === selectedId);
  return (
    <div className="scenario-picker">
      <label htmlFor="scenario-picker" className="scenario-picker-label">Example</label>
      <select
        id="scenario-picker"
        data-testid={TEST_IDS.scenarioPicker}
        value={selected ? selected.id : ''}
        disabled={scenarios.length === 0}
        aria-describedby={selected ? 'scenario-description' : undefined}
        onChange={(event) => {
          const scenario = scenarios.find((s) => s.id === event.target.value);
          if (scenario) onSelect(scenario);
        }}
      >
        {!selected && <option value="" disabled>Custom YAML</option>}
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id} title={scenario.description}>
            {scenario.title}
          </option>
        ))}
      </select>
      {selected && (
        <span id="scenario-description" className="scenario-description" title={selected.description}>
          {oneLineDescription(selected.description)}
        </span>
      )}
    </div>
  );
}
