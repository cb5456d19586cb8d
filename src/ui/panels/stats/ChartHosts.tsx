import { useEffect, useRef } from 'react';
import { createShareTable, type ShareTable } from './createShareTable.ts';
import { createSplitSeries, type SeriesKey, type SplitSeries } from './createSplitSeries.ts';
import type { MoreRows, SeriesPoint, ShareRowView } from './statsModel.ts';

/** Thin React hosts for the d3 factories: create once, update when the data changes. */
export function ShareTableHost({ rows, more = null, title, rowTestId }: { rows: readonly ShareRowView[]; more?: MoreRows | null; title: string; rowTestId: string }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ShareTable | null>(null);
  useEffect(() => {
    const c = createShareTable({ domNode: host.current!, title, rowTestId });
    chart.current = c;
    return () => {
      c.destroy();
      chart.current = null;
    };
  }, [title, rowTestId]);
  useEffect(() => chart.current?.update(rows, more), [rows, more, title, rowTestId]);
  return <div ref={host} className="chart-host" />;
}

export function SplitSeriesHost({ points, keys, testId }: { points: readonly SeriesPoint[]; keys: readonly SeriesKey[]; testId: string }) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<SplitSeries | null>(null);
  useEffect(() => {
    const c = createSplitSeries({ domNode: host.current! });
    chart.current = c;
    return () => {
      c.destroy();
      chart.current = null;
    };
  }, []);
  useEffect(() => chart.current?.update(points, keys), [points, keys]);
  return <div ref={host} className="chart-host series-host" data-testid={testId} />;
}
