import type { NodeProps } from '@xyflow/react';
import { showMoreServices } from '../../../state/actions/view.ts';
import { TEST_IDS } from '../../testIds.ts';
import { SERVICES_SHOWN } from '../lod/graphLod.ts';
import type { MoreGraphNode } from '../model/graphTypes.ts';
import { LiveCount } from './LiveCount.tsx';
import { NodeHandles } from './NodeHandles.tsx';
import { only, stopNodeKeys } from './PodSummaryRow.tsx';
import { nodeClass } from './nodeClass.ts';

/** The Services a large mesh does not draw: how many, what they hold, their requests, show more / fewer. */
export function MoreServicesNode({ data, selected }: NodeProps<MoreGraphNode>) {
  const { more, count } = data;
  const step = Math.min(SERVICES_SHOWN, more.services);
  return (
    <div className={nodeClass('more', { selected })} data-testid={TEST_IDS.graphNode('more')} data-hidden={more.services}>
      <NodeHandles source={false} />
      <span className="tg-row">
        <span className="tg-title">{more.services > 0 ? `+${more.services} more` : `all ${more.total}`}</span>
        <LiveCount value={count} />
      </span>
      <span className="tg-sub">{more.services > 0 ? `Services · ${more.pods.toLocaleString('en-US')} pods` : 'Services shown'}</span>
      <span className="tg-more-actions">
        {step > 0 && (
          <button type="button" className="tg-expand nodrag nopan" aria-label={`Show ${step} more Services`} data-testid={TEST_IDS.moreServices} onClick={only(() => showMoreServices(step))} {...stopNodeKeys}>
            +{step}
          </button>
        )}
        {more.shown > SERVICES_SHOWN && (
          <button type="button" className="tg-expand nodrag nopan" aria-label={`Show only the ${SERVICES_SHOWN} busiest Services`} onClick={only(() => showMoreServices(-Infinity))} {...stopNodeKeys}>
            fewer
          </button>
        )}
      </span>
    </div>
  );
}
