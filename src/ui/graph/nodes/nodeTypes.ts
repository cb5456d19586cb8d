import type { NodeTypes } from '@xyflow/react';
import { ClientNode } from './ClientNode.tsx';
import { MoreServicesNode } from './MoreServicesNode.tsx';
import { PodNode } from './PodNode.tsx';
import { ProxyNode } from './ProxyNode.tsx';
import { RouteNode } from './RouteNode.tsx';
import { ServiceNode } from './ServiceNode.tsx';
import { SubsetNode } from './SubsetNode.tsx';

/** React Flow node components by `node.type` (a constant: React Flow warns when it changes). */
export const nodeTypes = {
  client: ClientNode,
  proxy: ProxyNode,
  service: ServiceNode,
  route: RouteNode,
  subset: SubsetNode,
  pod: PodNode,
  more: MoreServicesNode,
} satisfies NodeTypes;
