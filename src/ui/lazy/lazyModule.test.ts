import { describe, expect, it } from 'vitest';
import { getNotice } from '../../share/notices.ts';
import { lazyModule } from './lazyModule.ts';

describe('lazyModule', () => {
  it('runs calls made before the load in order once it arrives, later ones at once', async () => {
    let resolve!: (m: { name: string }) => void;
    const lazy = lazyModule(() => new Promise<{ name: string }>((r) => { resolve = r; }));
    const calls: string[] = [];
    lazy.run((m) => calls.push(`1 ${m.name}`));
    lazy.run((m) => calls.push(`2 ${m.name}`));
    expect(calls).toEqual([]);
    expect(lazy.current()).toBeUndefined();
    resolve({ name: 'tools' });
    await lazy.load();
    expect(calls).toEqual(['1 tools', '2 tools']);
    lazy.run((m) => calls.push(`3 ${m.name}`));
    expect(calls).toEqual(['1 tools', '2 tools', '3 tools']); // synchronous: still inside the gesture
  });

  it('imports once however often it is asked for, and tells subscribers when it is there', async () => {
    let imports = 0;
    const lazy = lazyModule(async () => ({ n: ++imports }));
    let told = 0;
    lazy.subscribe(() => told++);
    lazy.preload();
    lazy.preload();
    expect((await lazy.load()).n).toBe(1);
    expect(imports).toBe(1);
    expect(told).toBe(1);
  });

  it('says so when the chunk does not arrive, and tries again on the next use', async () => {
    let attempts = 0;
    const lazy = lazyModule(async () => {
      attempts++;
      if (attempts === 1) throw new Error('offline');
      return { ok: true };
    });
    lazy.run(() => {});
    await new Promise((settled) => setTimeout(settled, 0));
    expect(getNotice()?.text).toMatch(/could not be loaded/);
    await expect(lazy.load()).resolves.toEqual({ ok: true });
    expect(attempts).toBe(2);
  });
});
