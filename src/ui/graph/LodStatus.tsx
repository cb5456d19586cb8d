import { TEST_IDS } from '../testIds.ts';
import { useReducedGraph } from './lod/useReducedGraph.ts';

/** A large mesh: what the graph leaves out ('5 of 100 Services · pods grouped'), in the toolbar. */
export function LodStatus() {
  const graph = useReducedGraph();
  if (!graph || (!graph.podLod && !graph.more)) return null;
  const services = graph.more ? `${graph.more.shown} of ${graph.more.total} Services` : '';
  const pods = graph.podLod ? 'pods grouped' : '';
  const title = [
    graph.more && `The graph draws the ${graph.more.shown} Services the Traffic calls most; "+${graph.more.services} more" stands for the rest (its buttons show more).`,
    graph.podLod && 'Each subset box sums up its pods: show ▾ draws them.',
    'The view starts on the busiest Service: zoom out or ⤢ for the whole graph.',
  ].filter(Boolean).join(' ');
  return (
    <span className="tg-lod-status" title={title} data-testid={TEST_IDS.lodStatus}>
      {[services, pods].filter(Boolean).join(' · ')}
    </span>
  );
}
