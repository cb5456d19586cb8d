import { isPlainText, MAX_SHARED_YAML_BYTES, restoreSharedState } from './sharedState.ts';

export type YamlFileResult = { ok: true; yaml: string } | { ok: false; error: string };

/**
 * A YAML file from outside (upload, drag and drop): size-checked before it is read in full,
 * byte-order mark and Windows line ends removed, binary content refused, then through the same
 * sanitiser as a link.
 */
export function checkYamlFileSize(name: string, bytes: number): string | null {
  if (bytes <= MAX_SHARED_YAML_BYTES) return null;
  return `${quote(name)} is ${formatBytes(bytes)}; the playground opens YAML files up to ${formatBytes(MAX_SHARED_YAML_BYTES)}.`;
}

export function restoreYamlFile(name: string, text: string): YamlFileResult {
  const tooLarge = checkYamlFileSize(name, new TextEncoder().encode(text).length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!isPlainText(normalised)) return { ok: false, error: `${quote(name)} is not a text file; nothing was loaded.` };
  const state = restoreSharedState({ yaml: normalised });
  return state ? { ok: true, yaml: state.yaml } : { ok: false, error: `${quote(name)} could not be read as YAML text.` };
}

function quote(name: string): string {
  const short = name.length > 60 ? `${name.slice(0, 57)}…` : name;
  return `“${short}”`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
