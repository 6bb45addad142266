// One chart.js bar chart on a canvas: created when mounted, given new data and options whenever its config
// changes (no new chart, so nothing flickers), destroyed when unmounted. The canvas is handed to the card so
// that it can be saved as a PNG.
import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef, type RefObject } from 'react';
import { Chart } from './chartSetup';

export type BarChartConfig = ChartConfiguration<'bar', number[], string>;

interface ChartCanvasProps {
  config: BarChartConfig;
  /** What the chart shows, for screen readers (the table beneath has the numbers). */
  label: string;
  height: number;
  canvasRef?: RefObject<HTMLCanvasElement | null>;
}

export function ChartCanvas({ config, label, height, canvasRef }: ChartCanvasProps) {
  const ownRef = useRef<HTMLCanvasElement | null>(null);
  const ref = canvasRef ?? ownRef;
  const chartRef = useRef<Chart<'bar', number[], string> | null>(null);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    const chart = chartRef.current;
    if (chart) {
      chart.data = config.data;
      chart.options = config.options ?? {};
      chart.update();
    } else {
      chartRef.current = new Chart(canvas, config);
    }
  }, [config, ref]);

  useEffect(
    () => () => {
      chartRef.current?.destroy();
      chartRef.current = null;
    },
    [],
  );

  return (
    <div className="chart-frame" style={{ height }}>
      <canvas ref={ref} role="img" aria-label={label} />
    </div>
  );
}
