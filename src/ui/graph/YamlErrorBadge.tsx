import { goToLineInEditor } from '../../state/editorBridge.ts';
import { TEST_IDS } from '../testIds.ts';

/** Shown while the text does not parse: the graph keeps the last good scenario meanwhile. */
export function YamlErrorBadge({ line, message }: { line: number; message: string }) {
  return (
    <button
      type="button"
      role="status"
      className="tg-error-badge"
      data-testid={TEST_IDS.yamlErrorBadge}
      title={`${message}\nClick to go to line ${line}.`}
      onClick={() => goToLineInEditor(line)}
    >
      YAML error at line {line} — showing the last good graph
    </button>
  );
}
