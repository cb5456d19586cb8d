import { revealInEditor } from '../../state/editorBridge.ts';
import { getAppState } from '../../state/store.ts';
import type { GraphNode } from './model/graphTypes.ts';
import { fieldLines, subsetLines, type LineSpan } from './yamlEdits/elementLines.ts';

/** The YAML lines that define a graph node: a route's block, a subset's entry, a resource's start. */
export function linesOf(node: GraphNode, text: string): LineSpan | null {
  const one = (line: number | undefined) => (line ? { line, endLine: line } : null);
  switch (node.type) {
    case 'client':
      return one(node.data.client.ref.line);
    case 'proxy':
      return one(node.data.proxy.virtualService?.ref.line);
    case 'service':
      return one(node.data.service.ref?.line);
    case 'route': {
      const { route } = node.data;
      return fieldLines(text, route.ref, ['spec', 'http', route.index]) ?? one(route.ref.line);
    }
    case 'subset': {
      const { cluster } = node.data;
      const dr = cluster.destinationRuleRef;
      if (!dr) return one(cluster.lbRef?.line);
      return (cluster.subset ? subsetLines(text, dr, cluster.subset) : null) ?? one(cluster.lbRef?.line ?? dr.line);
    }
    case 'pod':
      return one(node.data.pod.ref.line);
    default:
      return null;
  }
}

/** Scrolls the editor to the node's YAML and highlights it (no focus change). */
export function revealNodeInEditor(node: GraphNode): void {
  const span = linesOf(node, getAppState().scenario.yaml);
  if (span) revealInEditor(span.line, span.endLine);
}
