import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';
import type { Monaco } from './monacoApi.ts';
import { installMonacoEnvironment } from './monacoEnvironment.ts';
import { yamlSchemas } from './schemas.ts';

let configured: MonacoYaml | null = null;

/** Installs the workers and configures monaco-yaml once per page (it allows one instance). */
export function ensureMonacoYaml(monaco: Monaco): MonacoYaml {
  installMonacoEnvironment();
  configured ??= configureMonacoYaml(monaco, {
    enableSchemaRequest: false,
    hoverSchemaSource: false,
    completion: true,
    hover: true,
    validate: true,
    format: { enable: true },
    schemas: yamlSchemas,
  });
  return configured;
}
