import { TEST_IDS } from '../../testIds.ts';
import type { NodeProps } from '@xyflow/react';
import type { RouteGraphNode } from '../model/graphTypes.ts';
import { LiveCount } from './LiveCount.tsx';
import { NodeHandles } from './NodeHandles.tsx';
import { Truncated } from './Truncated.tsx';
import { nodeClass } from './nodeClass.ts';

/** One HTTP route of the applied VirtualService: its match in short form and behaviour chips. */
export function RouteNode({ data, selected }: NodeProps<RouteGraphNode>) {
  const { route, position, count, unused } = data;
  const heading = `route ${position}${route.name ? ` · ${route.name}` : ''}`;
  return (
    <div className={nodeClass('route', { selected, unused })} data-testid={TEST_IDS.graphNode('route')}>
      <NodeHandles />
      <span className="tg-row">
        <Truncated text={`${heading} of VirtualService ${route.virtualService}`} className="tg-caps">{heading}</Truncated>
        <LiveCount value={count} />
      </span>
      <span className="tg-match tg-two-lines mono" title={`match: ${route.summary}`}>{route.summary}</span>
      {route.chips.length > 0 && (
        <span className="tg-chips" title={route.chips.join(', ')}>
          {route.chips.map((chip) => <span key={chip} className="tg-chip">{chip}</span>)}
        </span>
      )}
    </div>
  );
}
