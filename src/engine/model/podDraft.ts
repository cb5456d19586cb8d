import type { ContainerPort } from './mesh.ts';
import type { Resource } from './resource.ts';
import type { SourceRef } from './source.ts';

/** A pod as declared, before the mesh-wide steps (IP assignment, sidecar decision). */
export interface PodDraft {
  namespace: string;
  name: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  containerPorts: ContainerPort[];
  hostNetwork: boolean;
  /** Validated status.podIP. */
  fixedIp?: string;
  killed: boolean;
  deployment?: string;
  ref: SourceRef;
  resource: Resource;
}
