/** Stable element ids shared by the topology, the decision stream and the UI. */
export const clientId = (ns: string, name: string) => `client:${ns}/${name}`;
export const proxyId = (ns: string, name: string, port: number) => `proxy:${ns}/${name}:${port}`;
export const serviceId = (host: string) => `svc:${host}`;
export const routeId = (vs: string, index: number, serviceHost: string) => `route:${vs}#${index}@${serviceHost}`;
export const clusterId = (clusterName: string) => `cluster:${clusterName}`;
export const podId = (clusterName: string, ns: string, name: string) => `pod:${clusterName}:${ns}/${name}`;
