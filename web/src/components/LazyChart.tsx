/** The chart, loaded on first use: echarts is most of the app's code and only the overview draws charts. */
import { lazy, Suspense } from 'react';
import type { ChartOption } from './Chart';

export type { ChartOption };

const Loaded = lazy(async () => ({ default: (await import('./Chart')).Chart }));

export function Chart(props: { option: ChartOption; label: string; testId?: string }) {
  return (
    <Suspense fallback={<div className="chart" role="img" aria-label={props.label} />}>
      <Loaded {...props} />
    </Suspense>
  );
}
