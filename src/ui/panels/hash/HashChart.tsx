import { useEffect, useRef, useState } from 'react';
import type { HashSpaceView } from '../../../worker/protocol.ts';
import { createHashRing } from './createHashRing.ts';
import { createMaglevStrip } from './createMaglevStrip.ts';
import type { HashChart as Chart } from './hashChartTypes.ts';
import { TEST_IDS } from '../../testIds.ts';

/** Thin host for the d3 ring (RING_HASH) or strip (MAGLEV): created per algorithm, updated on data or size. */
export function HashChart({ space, podNames }: { space: HashSpaceView; podNames: readonly string[] }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<Chart | null>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  const algorithm = space.algorithm;

  useEffect(() => {
    const node = host.current!;
    const measure = () => setSize({ width: node.clientWidth, height: node.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const c = (algorithm === 'MAGLEV' ? createMaglevStrip : createHashRing)({ domNode: host.current! });
    chart.current = c;
    return () => {
      c.destroy();
      chart.current = null;
    };
  }, [algorithm]);

  useEffect(() => {
    if (size.height > 0) chart.current?.update({ space, podNames, width: size.width, height: Math.max(120, size.height) });
  }, [space, podNames, size, algorithm]);

  return <div ref={host} className={`hash-chart ${algorithm === 'MAGLEV' ? 'is-strip' : 'is-ring'}`} data-testid={TEST_IDS.hashChart} data-algorithm={algorithm} />;
}
