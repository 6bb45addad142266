// chart.js with only what the dashboard draws (bar charts, their scales, tooltips and legend), so the rest of the
// library is tree-shaken away, plus two small plugins of ours: figures written beside the bars and figures
// written between them (the funnel's conversion), so that the numbers are on the chart, and in its PNG.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartType,
  Legend,
  LinearScale,
  type Plugin,
  Tooltip,
} from 'chart.js';

interface TextStyle {
  color: string;
  font: string;
}

declare module 'chart.js' {
  // TType must be declared for the interfaces to merge, though these options do not depend on it.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    /** Text beside each bar: labels[datasetIndex][index] (null: none). */
    valueLabels?: Partial<TextStyle> & { labels: ReadonlyArray<ReadonlyArray<string | null>> };
    /** Text in the gap between bar i and bar i + 1 of the first dataset (a horizontal bar chart). */
    stepLabels?: Partial<TextStyle> & { labels: ReadonlyArray<string | null> };
  }
}

const FONT_SIZE = 11;

type ValueLabelOptions = TextStyle & { labels?: ReadonlyArray<ReadonlyArray<string | null>> };
type StepLabelOptions = TextStyle & { labels?: ReadonlyArray<string | null> };

const valueLabels: Plugin<'bar', ValueLabelOptions> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart, _args, options) {
    if (!options.labels?.length) return;
    const { ctx } = chart;
    const horizontal = chart.options.indexAxis === 'y';
    ctx.save();
    ctx.font = `${FONT_SIZE}px ${options.font}`;
    ctx.fillStyle = options.color;
    ctx.textAlign = horizontal ? 'left' : 'center';
    ctx.textBaseline = horizontal ? 'middle' : 'bottom';
    chart.data.datasets.forEach((_dataset, datasetIndex) => {
      const meta = chart.getDatasetMeta(datasetIndex);
      if (meta.hidden) return;
      meta.data.forEach((bar, index) => {
        const text = options.labels?.[datasetIndex]?.[index];
        if (!text) return;
        const { x, y } = bar.getProps(['x', 'y'], true);
        if (horizontal) ctx.fillText(text, x + 6, y);
        else ctx.fillText(text, x, y - 4);
      });
    });
    ctx.restore();
  },
};

const stepLabels: Plugin<'bar', StepLabelOptions> = {
  id: 'stepLabels',
  afterDatasetsDraw(chart, _args, options) {
    if (!options.labels?.length) return;
    const bars = chart.getDatasetMeta(0).data;
    const { ctx } = chart;
    ctx.save();
    ctx.font = `${FONT_SIZE}px ${options.font}`;
    ctx.fillStyle = options.color;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    options.labels.forEach((text, i) => {
      const here = bars[i];
      const next = bars[i + 1];
      if (!text || !here || !next) return;
      const y = (here.getProps(['y'], true).y + next.getProps(['y'], true).y) / 2;
      ctx.fillText(text, chart.chartArea.left + 6, y);
    });
    ctx.restore();
  },
};

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend, valueLabels, stepLabels);

export { Chart };
