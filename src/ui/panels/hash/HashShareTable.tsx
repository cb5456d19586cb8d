import type { HashSpaceView } from '../../../worker/protocol.ts';
import { TEST_IDS } from '../../testIds.ts';
import { podColour } from './hashChartTypes.ts';
import { percent } from './hashModel.ts';

/** Pods of the cluster (the chart's legend): share of the hash space, points or slots, keys, live requests. */
export function HashShareTable({ space, podNames, liveByPod }: { space: HashSpaceView; podNames: readonly string[]; liveByPod: Readonly<Record<string, number>> }) {
  const unit = space.algorithm === 'MAGLEV' ? 'Slots' : 'Points';
  const keysOn = (i: number) => space.keys.filter((k) => k.endpoint === i).length;
  return (
    <table className="hash-table">
      <caption className="visually-hidden">Share of the hash space per pod</caption>
      <thead>
        <tr>
          <th scope="col">Pod</th>
          <th scope="col" className="num">Share</th>
          <th scope="col" className="num">{unit}</th>
          <th scope="col" className="num" title="Key values of the Traffic (and seen live) that land on the pod">Keys</th>
          <th scope="col" className="num" title="Requests the pod served in this run">Requests</th>
        </tr>
      </thead>
      <tbody>
        {space.endpoints.map((e, i) => (
          <tr key={e.podId} data-testid={TEST_IDS.hashShareRow} data-name={e.name} data-share={e.share}>
            <th scope="row" title={`${e.name} (${e.address})`}>
              <i className="swatch" style={{ background: podColour(i) }} aria-hidden="true" />
              <span className="mono">{podNames[i]}</span>
            </th>
            <td className="num">{percent(e.share)}</td>
            <td className="num">{e.count.toLocaleString('en-US')}</td>
            <td className="num">{keysOn(i)}</td>
            <td className="num">{(liveByPod[e.podId] ?? 0).toLocaleString('en-US')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
