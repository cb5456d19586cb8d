import { describe, expect, it } from 'vitest';
import { scenarios } from '../../scenarios/index.ts';
import { oneLineDescription } from './oneLineDescription.ts';

describe('one-line example descriptions', () => {
  it('is the first sentence, whatever punctuation follows inside it', () => {
    expect(oneLineDescription('Split 10/90 (gateways: mesh). Notice the v1 pods.')).toBe('Split 10/90 (gateways: mesh).');
    expect(oneLineDescription('Timeout 0.5s and\n  2 retries. More.')).toBe('Timeout 0.5s and 2 retries.');
    expect(oneLineDescription('No full stop')).toBe('No full stop');
  });

  it('gives every built-in example a short first sentence', () => {
    for (const s of scenarios) {
      const line = oneLineDescription(s.description);
      expect(line.length).toBeGreaterThan(20);
      expect(line.length).toBeLessThanOrEqual(240);
    }
  });
});
