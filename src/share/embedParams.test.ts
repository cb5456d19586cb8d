import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_PARAMS, formatEmbedSearch, parseEmbedParams, parseExampleParam, shouldAutoplay } from './embedParams.ts';

describe('embed parameters', () => {
  it('defaults: not embedded, graph view, read-only, autoplay decided by the reader', () => {
    expect(parseEmbedParams('')).toEqual(DEFAULT_EMBED_PARAMS);
    expect(parseEmbedParams('?embed=1')).toEqual({ ...DEFAULT_EMBED_PARAMS, embed: true });
  });

  it('reads every option', () => {
    expect(parseEmbedParams('?embed=1&view=split&panel=stats&readonly=0&autoplay=1&theme=dark')).toEqual({
      embed: true, view: 'split', panel: 'stats', readonly: false, autoplay: true, theme: 'dark',
    });
    expect(parseEmbedParams('?embed=true&autoplay=0&theme=light').autoplay).toBe(false);
  });

  it('ignores unknown or hostile values instead of trusting them', () => {
    expect(parseEmbedParams('?embed=yes&view=<script>&panel=trace&readonly=maybe&theme=javascript:alert(1)')).toEqual(DEFAULT_EMBED_PARAMS);
    expect(parseEmbedParams('?embed=1&x=' + 'a'.repeat(5000))).toEqual(DEFAULT_EMBED_PARAMS);
  });

  it('accepts only plausible example ids', () => {
    expect(parseExampleParam('?example=consistent-hash')).toBe('consistent-hash');
    expect(parseExampleParam('?example=../../etc')).toBeNull();
    expect(parseExampleParam('?example=')).toBeNull();
    expect(parseExampleParam('')).toBeNull();
  });

  it('formats only the non-default options, and parses back to the same options', () => {
    expect(formatEmbedSearch({})).toBe('?embed=1');
    const search = formatEmbedSearch({ view: 'split', panel: 'stats', readonly: false, autoplay: true, theme: 'dark' });
    expect(search).toBe('?embed=1&view=split&panel=stats&readonly=0&autoplay=1&theme=dark');
    expect(parseEmbedParams(search)).toEqual({ embed: true, view: 'split', panel: 'stats', readonly: false, autoplay: true, theme: 'dark' });
  });

  it('autoplays unless told not to or the reader prefers reduced motion', () => {
    expect(shouldAutoplay({ autoplay: null }, false)).toBe(true);
    expect(shouldAutoplay({ autoplay: null }, true)).toBe(false);
    expect(shouldAutoplay({ autoplay: true }, true)).toBe(true);
    expect(shouldAutoplay({ autoplay: false }, false)).toBe(false);
  });
});
