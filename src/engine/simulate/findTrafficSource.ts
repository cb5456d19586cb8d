import type { MeshModel, Pod } from '../model/mesh.ts';

/** A Traffic `from` / CLI `--from` reference ('ns/name'): a Pod, or a Deployment meaning its first pod. */
export function findTrafficSource(model: MeshModel, ref: string): Pod | undefined {
  const slash = ref.indexOf('/');
  const ns = slash >= 0 ? ref.slice(0, slash) : 'default';
  const name = slash >= 0 ? ref.slice(slash + 1) : ref;
  const pod = model.pods.find((p) => p.namespace === ns && p.name === name);
  if (pod) return pod;
  return model.pods.find((p) => p.namespace === ns && p.deployment === name);
}
