import { useEffect, useState } from 'react';
import type { HashSpaceView } from '../../../worker/protocol.ts';

/** The narrow API the Hash tab needs from the engine. */
export interface HashPanelApi {
  requestHashSpace(clusterId: string): Promise<HashSpaceView | null>;
}

/**
 * The hash space of `clusterId`, asked again when the revision or the number of live keys
 * changes. The last answer stays on screen while a new one is on its way.
 */
export function useHashSpace(api: HashPanelApi, clusterId: string | undefined, revision: number, liveKeys: number): HashSpaceView | null {
  const [space, setSpace] = useState<HashSpaceView | null>(null);
  useEffect(() => {
    if (!clusterId) {
      setSpace(null);
      return;
    }
    let current = true;
    api.requestHashSpace(clusterId).then((s) => { if (current) setSpace(s); });
    return () => { current = false; };
  }, [api, clusterId, revision, liveKeys]);
  return space && space.clusterId === clusterId ? space : null;
}
