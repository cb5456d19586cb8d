/**
 * Picks which requests become dots and packs them into compact batches: each client gets at
 * most `maxPerSecond` dots per wall-clock second (random sampling, so colours keep the true
 * split, plus a token bucket as a hard cap). Paths and colour keys are sent once per revision,
 * each particle is PARTICLE_STRIDE floats in a transferable Float32Array.
 */
import type { Rng } from '../engine/route/lb/index.ts';
import type { ResolvedPath } from './decisionPath.ts';
import { PARTICLE_STRIDE, type ColourKey, type ParticlesMessage } from './protocol.ts';

export const MAX_PARTICLES_PER_CLIENT_PER_SECOND = 60;

export interface ParticleSamplerOptions {
  revision: number;
  /** Requests per second (simulated) each client sends, by client index. */
  clientRates: number[];
  rng: Rng;
  maxPerSecond?: number;
}

export interface ParticleSampler {
  /** Wall-clock time passed: refills each client's allowance. */
  tick(wallDtMs: number, speed: number): void;
  /** One routed request; it becomes a dot if sampled. */
  offer(client: number, path: ResolvedPath, colour: ColourKey, status: number, delayMs: number, offsetMs: number): boolean;
  /** The pending batch (null when there is nothing new to send). */
  flush(paths: readonly ResolvedPath[]): ParticlesMessage | null;
}

export function createParticleSampler(opts: ParticleSamplerOptions): ParticleSampler {
  const cap = opts.maxPerSecond ?? MAX_PARTICLES_PER_CLIENT_PER_SECOND;
  const burst = Math.max(1, cap / 2);
  const tokens = opts.clientRates.map(() => burst);
  let speed = 1;
  let pending: number[] = [];
  const colourIndex = new Map<string, number>();
  const colours: ColourKey[] = [];
  let sentColours = 0;
  let sentPaths = 0;

  const keyOf = (c: ColourKey) => (c.kind === 'cluster' ? 'c' + c.clusterId : c.kind === 'hash' ? 'h' + c.label : 'n');

  return {
    tick(wallDtMs, s) {
      speed = s;
      for (let i = 0; i < tokens.length; i++) tokens[i] = Math.min(burst, tokens[i] + (cap * wallDtMs) / 1000);
    },
    offer(client, path, colour, status, delayMs, offsetMs) {
      const rate = (opts.clientRates[client] ?? 0) * speed;
      const p = rate > 0 ? Math.min(1, cap / rate) : 1;
      // Always draw, so the sampling stream does not depend on the allowance.
      const r = opts.rng.nextFloat();
      if (r >= p || tokens[client] < 1) return false;
      tokens[client] -= 1;
      const k = keyOf(colour);
      let ci = colourIndex.get(k);
      if (ci === undefined) {
        ci = colours.length;
        colourIndex.set(k, ci);
        colours.push(colour);
      }
      pending.push(path.index, ci, status, delayMs, offsetMs);
      return true;
    },
    flush(paths) {
      if (pending.length === 0 && sentPaths === paths.length && sentColours === colours.length) return null;
      const data = new Float32Array(pending);
      const msg: ParticlesMessage = {
        type: 'particles',
        revision: opts.revision,
        speed,
        pathBase: sentPaths,
        paths: paths.slice(sentPaths).map((p) => ({ ids: p.ids, edges: p.segmentEdges, label: p.label, failed: p.failed })),
        colourBase: sentColours,
        colours: colours.slice(sentColours),
        data,
        count: pending.length / PARTICLE_STRIDE,
      };
      sentPaths = paths.length;
      sentColours = colours.length;
      pending = [];
      return msg;
    },
  };
}
