import { useSyncExternalStore } from 'react';
import { getPreviousWork, getRecentScenarios, subscribeRecent } from '../../state/recentScenarios.ts';
import type { ScenarioEntry } from '../../state/slices/scenario.ts';
import { MenuButton } from '../share/MenuButton.tsx';
import { TEST_IDS } from '../testIds.ts';
import { describeAge, describeRecent } from './describeRecent.ts';
import { restoreRecent } from './restoreWork.ts';

/**
 * Top-bar controls for work that a link, an example or a file replaced: "Restore previous"
 * (shown only when there is such work) and the Recent ▾ menu (the last ten replaced texts).
 */
export function RecentControls({ scenarios }: { scenarios: readonly ScenarioEntry[] }) {
  const previous = useSyncExternalStore(subscribeRecent, getPreviousWork, () => null);
  const recent = useSyncExternalStore(subscribeRecent, getRecentScenarios, () => []);
  return (
    <>
      {previous && (
        <button
          type="button"
          className="text-button"
          data-testid={TEST_IDS.restorePrevious}
          title={`Bring back the text you had before (${describeRecent(previous, scenarios)}, ${describeAge(previous.savedAt)})`}
          onClick={() => restoreRecent(previous, scenarios)}
        >
          Restore previous
        </button>
      )}
      {recent.length > 0 && (
        <MenuButton
          label="Recent"
          title="Texts replaced by an example, a link or a file"
          testId={TEST_IDS.recentButton}
          menuTestId={TEST_IDS.recentMenu}
          items={recent.map((entry, i) => ({
            id: String(i),
            label: describeRecent(entry, scenarios),
            hint: describeAge(entry.savedAt),
            testId: TEST_IDS.recentItem,
            onSelect: () => restoreRecent(entry, scenarios),
          }))}
        />
      )}
    </>
  );
}
