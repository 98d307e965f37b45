/**
 * ECharts on a canvas, with only the parts the dashboard draws (line and bar charts, grid, legend,
 * tooltip). Tooltips render on the canvas (richText): echarts' HTML tooltips would need inline styles,
 * which the CSP forbids, and text drawn on a canvas can never run as markup.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

echarts.use([LineChart, BarChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export function Chart({ option, label, testId }: { option: ChartOption; label: string; testId?: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    const resize = () => c.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption({ animation: false, tooltip: { renderMode: 'richText' }, ...option }, true);
  }, [option]);
  return <div className="chart" ref={el} role="img" aria-label={label} data-testid={testId} />;
}
