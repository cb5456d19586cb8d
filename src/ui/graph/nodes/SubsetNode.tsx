import type { CSSProperties } from 'react';
import { TEST_IDS } from '../../testIds.ts';
import type { NodeProps } from '@xyflow/react';
import type { SubsetGraphNode } from '../model/graphTypes.ts';
import { commonDashPrefix } from '../model/shortPodName.ts';
import { SUBSET_BOX } from '../layout/graphGeometry.ts';
import { LiveCount } from './LiveCount.tsx';
import { NodeHandles } from './NodeHandles.tsx';
import { PodSummaryRow } from './PodSummaryRow.tsx';
import { ReplicaStepper } from './ReplicaStepper.tsx';
import { Truncated } from './Truncated.tsx';
import { nodeClass } from './nodeClass.ts';
import { useSubsetDeployments } from './useSubsetDeployments.ts';

/**
 * A DestinationRule subset (or the whole Service) as a box around its pods: name in the subset
 * colour, selecting labels, load-balancer chip, requests routed to it, replica stepper(s).
 */
export function SubsetNode({ data, selected }: NodeProps<SubsetGraphNode>) {
  const { cluster, color, title, labelText, count, unused, namespace, headerHeight, summary } = data;
  const deployments = useSubsetDeployments(cluster);
  const prefix = commonDashPrefix(deployments.map((d) => d.name));
  const style = { '--subset-color': color } as CSSProperties;
  return (
    <div className={nodeClass('subset', { selected, unused, extra: cluster.defined ? '' : 'tg-subset--undefined' })} style={style} data-testid={TEST_IDS.graphNode('subset')}>
      <NodeHandles source={false} targetY={SUBSET_BOX.handleY} />
      <div className="tg-subset-header" style={{ height: headerHeight }}>
        <span className="tg-row">
          <Truncated text={cluster.name} className="tg-title">
            <span className="tg-swatch" aria-hidden="true" />
            {title}
          </Truncated>
          {unused ? <span className="tg-sub" title="No request is routed through this subset">unused</span> : <span className="tg-sub tg-nowrap"><LiveCount value={count} /> req</span>}
        </span>
        <span className="tg-row tg-row--start">
          <span className="tg-chip tg-chip--lb" title={`Load balancer: ${cluster.lbLabel}`}>{cluster.lbLabel}</span>
        </span>
        {cluster.defined ? (
          <Truncated text={`labels: ${labelText}`} className="tg-sub mono">{labelText || 'no labels'}</Truncated>
        ) : (
          <Truncated text="No DestinationRule defines this subset: requests get 503 NC" className="tg-sub tg-error">not defined → 503 NC</Truncated>
        )}
        {/* An undefined subset selects no pods: nothing to scale. */}
        <span className="tg-steppers">
          {cluster.defined && deployments.map((d) => (
            <ReplicaStepper key={d.name} deployment={d} label={deployments.length === 1 ? 'replicas' : d.name.slice(prefix.length)} />
          ))}
        </span>
      </div>
      {summary && <PodSummaryRow clusterId={cluster.id} title={cluster.subset ? `subset ${title}` : 'the Service'} summary={summary} />}
      {cluster.podIds.length === 0 && cluster.defined && <span className="tg-empty">no ready pods → 503 UH</span>}
    </div>
  );
}
