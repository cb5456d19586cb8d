import { TEST_IDS } from '../../testIds.ts';
import type { NodeProps } from '@xyflow/react';
import type { ClientGraphNode } from '../model/graphTypes.ts';
import { NodeHandles } from './NodeHandles.tsx';
import { SidecarBadge } from './SidecarBadge.tsx';
import { Breakable, Truncated, TwoLines } from './Truncated.tsx';
import { nodeClass } from './nodeClass.ts';

/** A pod that sends the scenario's traffic: its name, namespace and sidecar badge. */
export function ClientNode({ data, selected }: NodeProps<ClientGraphNode>) {
  const { client } = data;
  return (
    <div className={nodeClass('client', { selected })} data-testid={TEST_IDS.graphNode('client')}>
      <NodeHandles target={false} />
      <TwoLines text={client.deployment ? `${client.deployment} (pod ${client.name})` : client.name} className="tg-title">
        <Breakable name={client.deployment ?? client.name} />
      </TwoLines>
      <Truncated text={`namespace ${client.namespace} · ${client.ip}`} className="tg-sub">{client.namespace}</Truncated>
      <SidecarBadge client={client} />
    </div>
  );
}
