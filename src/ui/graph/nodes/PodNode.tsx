import type { CSSProperties } from 'react';
import { TEST_IDS } from '../../testIds.ts';
import type { NodeProps } from '@xyflow/react';
import type { PodGraphNode } from '../model/graphTypes.ts';
import { LiveCount } from './LiveCount.tsx';
import { NodeHandles } from './NodeHandles.tsx';
import { Truncated } from './Truncated.tsx';
import { nodeClass } from './nodeClass.ts';

/** A backend pod inside its subset box: short name, IP, version, requests served. */
export function PodNode({ data, selected }: NodeProps<PodGraphNode>) {
  const { pod, shortName, count, color, dense } = data;
  const version = pod.labels.version;
  // The version is usually in the short name already (`v1-b97nq`): then it is not repeated.
  const showVersion = version && !shortName.includes(version);
  const style = { '--subset-color': color } as CSSProperties;
  return (
    <div className={nodeClass('pod', { selected, extra: `${pod.ready ? '' : 'tg-pod--down'}${dense ? ' tg-pod--dense' : ''}` })} style={style} data-testid={TEST_IDS.graphNode('pod')}>
      <NodeHandles source={false} />
      <span className="tg-row">
        <Truncated text={`${pod.name}${pod.ready ? '' : ' (not ready)'}\nIP ${pod.ip}:${pod.port}${version ? `, version ${version}` : ''}`} className="tg-title mono">{shortName}</Truncated>
        <LiveCount value={count} />
      </span>
      {!dense && (
        <Truncated text={`IP ${pod.ip}:${pod.port}${version ? `, version ${version}` : ''}`} className="tg-sub mono">
          {pod.ip}{showVersion ? ` · ${version}` : ''}{pod.ready ? '' : ' · down'}
        </Truncated>
      )}
    </div>
  );
}
