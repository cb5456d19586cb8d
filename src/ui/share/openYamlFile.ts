import { scenarios } from '../../scenarios/index.ts';
import { loadYamlText } from '../../share/applySharedState.ts';
import { showNotice } from '../../share/notices.ts';
import { checkYamlFileSize, restoreYamlFile } from '../../share/restoreYamlFile.ts';

/**
 * Opens a YAML file (upload or drop): size checked before reading, sanitised, then loaded as one
 * undoable edit. Says what happened either way.
 */
export async function openYamlFile(file: File): Promise<boolean> {
  const tooLarge = checkYamlFileSize(file.name, file.size);
  if (tooLarge) {
    showNotice('error', tooLarge);
    return false;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    showNotice('error', `The browser could not read “${file.name}”.`);
    return false;
  }
  const restored = restoreYamlFile(file.name, text);
  if (!restored.ok) {
    showNotice('error', restored.error);
    return false;
  }
  loadYamlText(restored.yaml, scenarios);
  showNotice('info', `Opened “${file.name}”. Ctrl+Z in the editor brings back the previous text.`);
  return true;
}
