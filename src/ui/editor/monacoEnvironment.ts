import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker?worker';
import YamlWorker from './yaml.worker.ts?worker';

/**
 * Workers come from our own origin (bundled by Vite, resolved through import.meta.url), so the
 * built site works from any sub-path and inside an iframe.
 */
export function installMonacoEnvironment(): void {
  if (self.MonacoEnvironment?.getWorker) return;
  self.MonacoEnvironment = {
    getWorker(_moduleId: string, label: string): Worker {
      return label === 'yaml' ? new YamlWorker() : new EditorWorker();
    },
  };
}
