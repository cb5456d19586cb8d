import type { Edge, Node } from '@xyflow/react';
import type { Detour, KubeProxyBus } from '../layout/edgeGeometry.ts';
import type { MoreServices } from '../lod/graphLod.ts';
import type { PodSummary } from '../lod/podSummary.ts';
import type { TopoClient, TopoCluster, TopoEdge, TopoEdgeKind, TopoPod, TopoProxy, TopoRoute, TopoService } from '../../../engine/topology/types.ts';

/** What every node shows beyond its topology element: live count and whether traffic uses it. */
type LiveBits = {
  /** Requests counted on this element so far. */
  count: number;
  /** True when traffic flows but none of it touches this element. */
  unused: boolean;
};

export type ClientNodeData = LiveBits & { client: TopoClient };
export type ProxyNodeData = LiveBits & { proxy: TopoProxy };
export type ServiceNodeData = LiveBits & { service: TopoService };
export type RouteNodeData = LiveBits & { route: TopoRoute; position: number };
export type SubsetNodeData = LiveBits & {
  cluster: TopoCluster;
  /** Subset colour (same as its particles and stats); index = order in `topology.clusters`. */
  color: string;
  colorIndex: number;
  /** Namespace of the Service the subset belongs to (for the replica stepper's Deployments). */
  namespace: string;
  /** 'v1', or 'all pods' for the whole-service cluster. */
  title: string;
  /** `version=v1 app=reviews`: labels that tell subsets apart first. */
  labelText: string;
  /** Height of the header above the pods (flow px), from the layout. */
  headerHeight: number;
  /** A large mesh: the pods in one summary row (and drawn as nodes only when expanded). */
  summary?: PodSummary;
};
/** The Services a large mesh does not draw (see lod/graphLod.ts). */
export type MoreNodeData = LiveBits & { more: MoreServices };
export type PodNodeData = LiveBits & {
  pod: TopoPod;
  shortName: string;
  color: string;
  /** One line (name and counter) in a crowded graph; IP and version move to the tooltip. */
  dense: boolean;
};

export type ClientGraphNode = Node<ClientNodeData, 'client'>;
export type ProxyGraphNode = Node<ProxyNodeData, 'proxy'>;
export type ServiceGraphNode = Node<ServiceNodeData, 'service'>;
export type RouteGraphNode = Node<RouteNodeData, 'route'>;
export type SubsetGraphNode = Node<SubsetNodeData, 'subset'>;
export type PodGraphNode = Node<PodNodeData, 'pod'>;
export type MoreGraphNode = Node<MoreNodeData, 'more'>;
export type GraphNode = ClientGraphNode | ProxyGraphNode | ServiceGraphNode | RouteGraphNode | SubsetGraphNode | PodGraphNode | MoreGraphNode;
export type GraphNodeKind = NonNullable<GraphNode['type']>;

export type TrafficEdgeData = {
  edge: TopoEdge;
  kind: TopoEdgeKind;
  /** Stroke width in px, by the share of all requests that took the edge. */
  strokeWidth: number;
  unused: boolean;
  /** Colour of the subset the edge leads to (weighted/default edges), else undefined. */
  color?: string;
  /** Observed share of its route's requests (weighted edges), 0..1; undefined before traffic. */
  observed?: number;
  /** Requests that took the edge. */
  count: number;
  /** Name of the subset the edge leads to ('v1', 'all pods'), for labels and test ids. */
  targetTitle?: string;
  /** Text drawn on the edge ('kube-proxy: random' once per Service), if any. */
  label?: string;
  /** Weighted edges: where along the curve (0..1) the weight label goes. */
  labelT?: number;
  /** kube-proxy edges: the Service's bus (see layout/edgeGeometry.ts). */
  bus?: KubeProxyBus;
  /** Service → subset edges that bypass the Service's routes: the way around them. */
  detour?: Detour;
};

export type TrafficGraphEdge = Edge<TrafficEdgeData, 'traffic' | 'weighted'>;

export interface GraphElements {
  nodes: GraphNode[];
  edges: TrafficGraphEdge[];
}
