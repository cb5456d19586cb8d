import { describe, expect, it } from 'vitest';
import { createEmbedPlayback } from './embedPlayback.ts';

function setup(autoplay: boolean) {
  let playing = false;
  const calls: boolean[] = [];
  const playback = createEmbedPlayback({ autoplay, isPlaying: () => playing, setPlaying: (p) => { playing = p; calls.push(p); } });
  return { playback, calls, get playing() { return playing; }, setPlaying: (p: boolean) => { playing = p; } };
}

describe('embed playback', () => {
  it('autoplay: starts when first visible, pauses off-screen, resumes on return', () => {
    const s = setup(true);
    expect(s.playing).toBe(false);
    s.playback.setVisible(true);
    expect(s.playing).toBe(true);
    s.playback.setVisible(false);
    expect(s.playing).toBe(false);
    s.playback.setVisible(true);
    expect(s.playing).toBe(true);
    expect(s.calls).toEqual([true, false, true]);
  });

  it('without autoplay it waits for the play button, then behaves the same', () => {
    const s = setup(false);
    s.playback.setVisible(true);
    expect(s.playing).toBe(false);
    s.setPlaying(true);
    s.playback.setVisible(false);
    expect(s.playing).toBe(false);
    s.playback.setVisible(true);
    expect(s.playing).toBe(true);
  });

  it("keeps a reader's pause across scrolling", () => {
    const s = setup(true);
    s.playback.setVisible(true);
    s.setPlaying(false);
    s.playback.setVisible(false);
    s.playback.setVisible(true);
    expect(s.playing).toBe(false);
  });
});
