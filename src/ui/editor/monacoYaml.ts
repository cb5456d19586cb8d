import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';
import type { Monaco } from './monacoApi.ts';
import { installMonacoEnvironment } from './monacoEnvironment.ts';
import { yamlSchemas } from './schemas.ts';

let configured: MonacoYaml | null = null;

/**
 * Installs the workers and configures monaco-yaml once per page (it allows one instance).
 * monaco-yaml gives completion, hover and formatting from the schema bundle; it does not
 * validate: YAML syntax and schema problems come from the engine (YAML0001, IST0106) with the
 * analyzer's messages, so the editor, the Problems tab and the CLI report the same things once.
 */
export function ensureMonacoYaml(monaco: Monaco): MonacoYaml {
  installMonacoEnvironment();
  configured ??= configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    hoverSchemaSource: false,
    completion: true,
    hover: true,
    validate: false,
    format: { enable: true },
    schemas: yamlSchemas,
  });
  return configured;
}
