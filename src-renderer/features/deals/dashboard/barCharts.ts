// The two bar charts the dashboards draw, on the options every chart shares (chartOptions.ts): one series of
// horizontal bars, a row each (the funnel, lost reasons, segments, …), and series of bars by month (revenue, the
// forecast, new and lost customers, …).
import type { Language } from '@shared/domain/settings';
import type { BarChartConfig } from './ChartCanvas';
import { type BarOptionsInput, barOptions, monthTicks, seriesTooltipLabel } from './chartOptions';
import type { ChartTheme } from './useChartTheme';

/** Below the bars of a horizontal chart: the value axis and its ticks. */
const VALUE_AXIS_HEIGHT = 36;

/** The height of a horizontal chart of `rows` bars, `rowHeight` each. */
export function horizontalBarsHeight(rows: number, rowHeight: number): number {
  return rowHeight * rows + VALUE_AXIS_HEIGHT;
}

export interface HorizontalBarsInput extends Omit<BarOptionsInput, 'horizontal' | 'legend' | 'stacked'> {
  /** The rows' names, top to bottom. */
  labels: string[];
  /** The series' name (no legend shows it). */
  label: string;
  data: number[];
  /** One colour for every bar, or one per bar. */
  colour: string | string[];
  barPercentage: number;
}

export function horizontalBars({
  labels,
  label,
  data,
  colour,
  barPercentage,
  ...options
}: HorizontalBarsInput): BarChartConfig {
  return {
    type: 'bar',
    data: {
      labels,
      datasets: [{ label, data, backgroundColor: colour, borderRadius: 4, barPercentage, categoryPercentage: 1 }],
    },
    options: barOptions({ ...options, horizontal: true }),
  };
}

type BarDataset = BarChartConfig['data']['datasets'][number];

/** One series of a month chart: its name in the legend, a figure a month, its colour. */
export interface MonthSeries {
  label: string;
  data: number[];
  colour: string;
  /** Drawn in front of the series of a higher order (bars that are not grouped). */
  order?: number;
}

export interface MonthBarsInput {
  theme: ChartTheme;
  /** "YYYY-MM", a group of bars each. */
  months: ReadonlyArray<{ month: string }>;
  /** The language's month names: short under the bars, in full over a tooltip. */
  format: { locale: Language; month: (month: string) => string };
  series: readonly MonthSeries[];
  /** How every series' bars look (width, rounding, grouping). */
  bars: Omit<Partial<BarDataset>, 'label' | 'data' | 'backgroundColor' | 'order'>;
  /** A value-axis tick ("$1.2k"), and a figure as a tooltip says it ("$1,200.00"). */
  valueTick: (value: number) => string;
  tooltipValue: (value: number) => string;
  integerTicks?: boolean;
  stacked?: boolean;
}

/** Series of bars by month, named in a legend; a bar's tooltip names its month in full, its series and its figure. */
export function monthBars({
  theme,
  months,
  format,
  series,
  bars,
  valueTick,
  tooltipValue,
  integerTicks,
  stacked,
}: MonthBarsInput): BarChartConfig {
  return {
    type: 'bar',
    data: {
      labels: monthTicks(
        months.map((m) => m.month),
        format.locale,
      ),
      datasets: series.map(({ colour, ...rest }) => ({ ...rest, backgroundColor: colour, ...bars })),
    },
    options: barOptions({
      theme,
      legend: true,
      stacked,
      integerTicks,
      valueTick,
      tooltipTitle: (i) => format.month(months[i]!.month),
      tooltipLabel: seriesTooltipLabel(tooltipValue),
    }),
  };
}
