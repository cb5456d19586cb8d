import type { FieldPath } from './source.ts';
import type { ContainerPort } from './mesh.ts';
import type { FieldReader } from './fields.ts';

export interface PodSpecFacts {
  containerPorts: ContainerPort[];
  hostNetwork: boolean;
}

/**
 * The parts of a PodSpec (a Pod's `spec`, or a Deployment's `spec.template.spec`) the
 * engine uses: container ports, so a Service's named `targetPort` resolves per pod
 * (rule 14), and `hostNetwork`, which disables injection.
 */
export function readPodSpec(r: FieldReader, specPath: FieldPath): PodSpecFacts {
  const containerPorts: ContainerPort[] = [];
  r.list([...specPath, 'containers']).forEach((_, ci) => {
    const cPath = [...specPath, 'containers', ci];
    if (!r.record(cPath)) return;
    r.list([...cPath, 'ports']).forEach((__, pi) => {
      const pPath = [...cPath, 'ports', pi];
      if (!r.record(pPath)) return;
      const port = r.optionalInt([...pPath, 'containerPort'], 1, 65535, 'the port is ignored');
      if (port === undefined) return;
      const name = r.string([...pPath, 'name']);
      containerPorts.push(name ? { name, containerPort: port } : { containerPort: port });
    });
  });
  return { containerPorts, hostNetwork: r.get([...specPath, 'hostNetwork']) === true };
}
