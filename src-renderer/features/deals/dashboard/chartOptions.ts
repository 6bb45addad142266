// The options every dashboard chart shares: the theme's colours and font, no animation, the value axis and the
// tooltips formatted by the caller (money or counts), room for the figures written beside horizontal bars.
import type { ChartOptions, TooltipItem } from 'chart.js';
import type { Language } from '@shared/domain/settings';
import type { ChartTheme } from './useChartTheme';

export interface BarOptionsInput {
  theme: ChartTheme;
  horizontal?: boolean;
  legend?: boolean;
  /** A value-axis tick. */
  valueTick: (value: number) => string;
  /** Tooltip lines of one bar. */
  tooltipLabel: (item: TooltipItem<'bar'>) => string | string[];
  /** Tooltip title of a bar's category (defaults to the category's label). */
  tooltipTitle?: (index: number) => string;
  /** Whole numbers only on the value axis (counts of deals). */
  integerTicks?: boolean;
  /** The datasets stacked on each other rather than side by side. */
  stacked?: boolean;
  /** Figures written beside the bars, per dataset and bar (see chartSetup.ts). */
  valueLabels?: ReadonlyArray<ReadonlyArray<string | null>>;
  /** Figures written between bar i and bar i + 1 (the funnel's conversion). */
  stepLabels?: ReadonlyArray<string | null>;
}

export function barOptions(input: BarOptionsInput): ChartOptions<'bar'> {
  const { theme } = input;
  const horizontal = input.horizontal ?? false;
  const stacked = input.stacked ?? false;
  const categoryAxis = {
    stacked,
    grid: { display: false },
    border: { color: theme.grid },
    ticks: { color: theme.muted, maxRotation: 0, autoSkipPadding: 8 },
  };
  const valueAxis = {
    stacked,
    beginAtZero: true,
    // Horizontal bars carry their figures at their end: leave them room.
    grace: horizontal ? '35%' : '5%',
    grid: { color: theme.grid },
    border: { display: false },
    ticks: {
      color: theme.muted,
      maxTicksLimit: 6,
      ...(input.integerTicks ? { precision: 0 } : {}),
      callback: (value: number | string) => input.valueTick(Number(value)),
    },
  };
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    indexAxis: horizontal ? 'y' : 'x',
    color: theme.muted,
    font: { family: theme.font, size: 12 },
    layout: { padding: { top: horizontal ? 0 : 16 } },
    scales: horizontal ? { y: categoryAxis, x: valueAxis } : { x: categoryAxis, y: valueAxis },
    plugins: {
      valueLabels: { labels: input.valueLabels ?? [], color: theme.text, font: theme.font },
      stepLabels: { labels: input.stepLabels ?? [], color: theme.muted, font: theme.font },
      legend: {
        display: input.legend ?? false,
        position: 'bottom',
        labels: { color: theme.muted, boxWidth: 12, boxHeight: 12, font: { family: theme.font, size: 12 } },
      },
      tooltip: {
        titleFont: { family: theme.font },
        bodyFont: { family: theme.font },
        callbacks: {
          label: input.tooltipLabel,
          ...(input.tooltipTitle
            ? { title: (items: TooltipItem<'bar'>[]) => input.tooltipTitle!(items[0]?.dataIndex ?? 0) }
            : {}),
        },
      },
    },
  };
}

/** The tooltip line of a bar among several series: "Won: $1,200.00", the figure written by `value`. */
export function seriesTooltipLabel(value: (figure: number) => string): (item: TooltipItem<'bar'>) => string {
  return (item) => `${item.dataset.label ?? ''}: ${value(Number(item.raw))}`;
}

/** Short month labels for an axis: "Nov", with the year where it changes ("Jan 2026"; "11月", "2026年1月"). */
export function monthTicks(months: readonly string[], locale: Language): string[] {
  const short = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const withYear = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return months.map((month, i) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    const date = new Date(Date.UTC(y, m - 1, 1));
    return (i === 0 || m === 1 ? withYear : short).format(date);
  });
}
