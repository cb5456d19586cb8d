import { describe, expect, it } from 'vitest';
import { naturalHeight, PREFERRED_FLEX_HEIGHT } from './heightReporter.ts';

describe('embed height', () => {
  it('adds the fixed parts and the preferred height of the flexible one', () => {
    expect(naturalHeight([{ height: 36, flexible: false }, { height: 900, flexible: true }, { height: 40.4, flexible: false }])).toBe(36 + PREFERRED_FLEX_HEIGHT + 41);
  });
});
