/**
 * Model stage: parsed resources -> the mesh they describe. The types (mesh.ts, istio.ts,
 * resource.ts, source.ts, diagnostic.ts, request.ts) are the contract shared by every stage.
 */
export type * from './mesh.ts';
export type * from './istio.ts';
export type * from './diagnostic.ts';
export type * from './request.ts';
export type { Resource } from './resource.ts';
export { rangeOf, lineOf, refOf } from './resource.ts';
export { type FieldPath, type SourceRange, type SourceRef, pathKey } from './source.ts';

export { buildModel, ROOT_NAMESPACE, type BuildModelOptions, type BuildModelResult } from './buildModel.ts';
export { CLUSTER_DOMAIN, expandHost, hostWithoutPort, serviceFqdn, serviceHostAliases } from './hostnames.ts';
export { MESH_GATEWAY, appliesToMesh, normalizeGatewayName, normalizeGateways } from './normalizeGateways.ts';
export { EXPORT_ALL, isExportedTo, normalizeExportTo } from './exportTo.ts';
export { INJECT_KEY, decideSidecar, isIngressGatewayPod, type SidecarDecision, type SidecarInput } from './sidecar.ts';
export { assignPodIps, podIpFor } from './podIp.ts';
export { assignClusterIps, clusterIpFor } from './clusterIp.ts';
export { deploymentPodNames, podSuffix, stableSuffix } from './podNames.ts';
export { KILLED_ANNOTATION } from './podReadiness.ts';
export { DEFAULT_RATE } from './readTraffic.ts';
export { MAX_PODS, MAX_REPLICAS } from './limits.ts';
export { SIMULATED_KINDS, ISTIO_NETWORKING_VERSIONS, classifyKind } from './kinds.ts';
