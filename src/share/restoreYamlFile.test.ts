import { describe, expect, it } from 'vitest';
import { checkYamlFileSize, restoreYamlFile } from './restoreYamlFile.ts';
import { MAX_SHARED_YAML_BYTES } from './sharedState.ts';

describe('YAML files from outside', () => {
  it('keeps the text, minus a byte-order mark and Windows line ends', () => {
    expect(restoreYamlFile('a.yaml', '\uFEFFkind: Service\r\nmetadata:\r\n  name: x\r\n')).toEqual({ ok: true, yaml: 'kind: Service\nmetadata:\n  name: x\n' });
  });

  it('refuses binary content and says so', () => {
    const r = restoreYamlFile('photo.png', '\u0089PNG\r\n\u001a\n\u0000\u0000');
    expect(r).toEqual({ ok: false, error: '“photo.png” is not a text file; nothing was loaded.' });
  });

  it('refuses files over the size limit before reading them', () => {
    expect(checkYamlFileSize('big.yaml', MAX_SHARED_YAML_BYTES)).toBeNull();
    expect(checkYamlFileSize('big.yaml', 3 * 1024 * 1024)).toBe('“big.yaml” is 3.0 MB; the playground opens YAML files up to 512 KB.');
    expect(restoreYamlFile('big.yaml', 'a'.repeat(MAX_SHARED_YAML_BYTES + 1)).ok).toBe(false);
  });
});
