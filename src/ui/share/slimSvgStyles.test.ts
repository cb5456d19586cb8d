import { describe, expect, it } from 'vitest';
import { slimSvgStyles, splitDeclarations } from './slimSvgStyles.ts';

describe('slimming exported SVG styles', () => {
  it('keeps listed properties only; CSS variables and the rest go', () => {
    const svg = '<svg><div style="--color-bg: #fff; color: rgb(0, 0, 0); accent-color: auto; font: 400 14px / 20px system-ui, &quot;Segoe UI&quot;, sans-serif; background-image: url(&quot;data:a;b&quot;)"/><path style="--x: 1"/></svg>';
    expect(slimSvgStyles(svg, new Set(['color', 'font', 'background-image']))).toBe(
      '<svg><div style="color: rgb(0, 0, 0); font: 400 14px / 20px system-ui, &quot;Segoe UI&quot;, sans-serif; background-image: url(&quot;data:a;b&quot;)"/><path/></svg>',
    );
  });

  it('splits on semicolons outside parentheses and quotes', () => {
    expect(splitDeclarations('a: 1; b: url(x;y);; c: "p;q"; d: \'r;s\';')).toEqual(['a: 1', 'b: url(x;y)', 'c: "p;q"', "d: 'r;s'"]);
  });
});
