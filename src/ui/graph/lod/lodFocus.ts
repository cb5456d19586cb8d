import type { GraphNode } from '../model/graphTypes.ts';

/**
 * The nodes a large mesh's graph fits into view at first: the lane of the first Service drawn
 * (the busiest), with the clients and proxies beside it, so it reads at a legible zoom; the rest
 * lies below (zoom out or "fit" to see it). Top-level nodes only, in their order.
 */
export function firstLaneNodes(nodes: readonly GraphNode[]): string[] {
  const service = nodes.find((n) => n.type === 'service');
  if (!service) return [];
  const sid = service.id;
  const bottom = (n: GraphNode) => n.position.y + (n.height ?? 0);
  const lane = nodes.filter((n) => n.id === sid || (n.type === 'route' && n.data.route.serviceId === sid) || (n.type === 'subset' && n.data.cluster.serviceId === sid));
  const laneBottom = Math.max(...lane.map(bottom));
  return nodes.filter((n) => !n.parentId && n.position.y < laneBottom).map((n) => n.id);
}
