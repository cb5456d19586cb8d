import { TEST_IDS } from '../../testIds.ts';
import type { NodeProps } from '@xyflow/react';
import type { ServiceGraphNode } from '../model/graphTypes.ts';
import { NodeHandles } from './NodeHandles.tsx';
import { Breakable, Truncated, TwoLines } from './Truncated.tsx';
import { nodeClass } from './nodeClass.ts';

/** A Kubernetes Service (or a VirtualService host that is none): name, namespace, ports, ClusterIP. */
export function ServiceNode({ data, selected }: NodeProps<ServiceGraphNode>) {
  const { service } = data;
  return (
    <div className={nodeClass('service', { selected })} data-testid={TEST_IDS.graphNode('service')}>
      <NodeHandles kubeProxy />
      <TwoLines text={service.host} className="tg-title">
        <Breakable name={service.name} />
      </TwoLines>
      <Truncated text={`Service ${service.name}, namespace ${service.namespace || '—'}`} className="tg-sub">
        <span className="tg-kind" aria-hidden="true">svc</span>
        {service.namespace || 'external host'}
      </Truncated>
      <Truncated text={`ClusterIP ${service.clusterIP ?? 'none'}`} className="tg-sub mono">{service.clusterIP ?? 'no ClusterIP'}</Truncated>
      <Truncated text={`port → targetPort: ${service.ports}`} className="tg-sub mono">port {service.ports}</Truncated>
    </div>
  );
}
