/**
 * Main-thread hand-off of particle batches from the worker bridge to whatever draws them (the
 * canvas overlay), outside React: a batch arrives ~20 times a second and must not re-render.
 */
import type { ParticlesMessage } from './protocol.ts';

type Listener = (batch: ParticlesMessage) => void;

const listeners = new Set<Listener>();

export function publishParticles(batch: ParticlesMessage): void {
  for (const l of listeners) l(batch);
}

/** Returns the unsubscribe function. */
export function subscribeParticles(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
