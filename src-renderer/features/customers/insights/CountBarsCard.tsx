// A card that counts the people or customers the period takes in by a category they are in today (their segment,
// their lifecycle stage): a bar per category in its colour with its count and share beside it, the total and the
// categories that matter most as the headline, and the same counts as a table. SegmentsCard and LifecycleCard say
// what is counted and how it loads.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/useApiQuery';
import type { IconName } from '../../../components/Icon';
import { useFormat } from '../../../i18n/useFormat';
import { horizontalBars } from '../../deals/dashboard/barCharts';
import { ChartCard, type ChartCardProps } from '../../deals/dashboard/ChartCard';
import { FiguresTable } from '../../deals/dashboard/FiguresTable';
import { Headline } from '../../deals/dashboard/Headline';
import { PeriodSelect } from '../../deals/dashboard/PeriodSelect';
import { type DayRange, dayRange, RANGE_PRESETS, type RangePreset } from '../../deals/dashboard/periods';
import { INSIGHT_ENTITIES, type InsightsScope, pngOf } from './insightsScope';

interface CategoryCount<K extends string> {
  key: K;
  name: string;
  count: number;
  colour: string;
}

interface CategoryCounts<K extends string> {
  total: number;
  categories: ReadonlyArray<CategoryCount<K>>;
}

interface CountBarsCardProps<T, K extends string> {
  scope: InsightsScope;
  /** Where the card's words are (title, headline, detail, chartLabel, empty, note, fileWord): "insights.segments". */
  words: string;
  icon: IconName;
  /** The columns (insights.columns.…) naming the category and what is counted: "segment", "customers". */
  categoryColumn: string;
  countColumn: string;
  defaultPreset: RangePreset;
  /** Known before the counts arrive, so that the card keeps its height while they load. */
  chartHeight: number;
  barPercentage: number;
  /** The period's query: the key it is kept under, and how it loads. */
  queryKey: (range: DayRange) => string;
  load: (range: DayRange) => Promise<T>;
  /** The counts in what was loaded, named and coloured when drawn (so that a new language or theme shows). */
  countsOf: (data: T) => CategoryCounts<K>;
  /** The categories whose sum the headline's detail gives ("champions and loyal: 3"). */
  headlined: readonly K[];
}

export function CountBarsCard<T, K extends string>({
  scope,
  words,
  icon,
  categoryColumn,
  countColumn,
  defaultPreset,
  chartHeight,
  barPercentage,
  queryKey,
  load,
  countsOf,
  headlined,
}: CountBarsCardProps<T, K>) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<RangePreset>(defaultPreset);
  const { theme } = scope;
  const range = dayRange(preset, scope.today);
  const query = useApiQuery(queryKey(range), () => load(range), INSIGHT_ENTITIES);
  const counted = t(`insights.columns.${countColumn}`);

  const contentOf = (data: T): ChartCardProps['content'] => {
    const { total, categories } = countsOf(data);
    const share = (n: number) => f.percent(total === 0 ? 0 : n / total);
    const best = categories.filter((c) => headlined.includes(c.key)).reduce((n, c) => n + c.count, 0);
    const chart = horizontalBars({
      theme,
      labels: categories.map((c) => c.name),
      label: counted,
      data: categories.map((c) => c.count),
      colour: categories.map((c) => c.colour),
      barPercentage,
      integerTicks: true,
      valueTick: (v) => f.number(v),
      tooltipLabel: (item) => `${counted}: ${f.number(Number(item.raw))}`,
      valueLabels: [categories.map((c) => (c.count === 0 ? null : `${f.number(c.count)} · ${share(c.count)}`))],
    });
    return {
      headline: (
        <Headline
          label={t(`${words}.headline`)}
          figure={f.number(total)}
          detail={t(`${words}.detail`, { count: best, percent: share(best) })}
        />
      ),
      chart: total === 0 ? null : chart,
      chartLabel: t(`${words}.chartLabel`),
      emptyText: t(`${words}.empty`),
      otherCurrencyDeals: 0,
      currency: scope.currency,
      table: (
        <FiguresTable
          caption={t(`${words}.title`)}
          columns={[t(`insights.columns.${categoryColumn}`), counted, t('insights.columns.share')]}
          rows={categories.map((c) => ({ key: c.key, cells: [c.name, f.number(c.count), share(c.count)] }))}
          total={[t('dashboard.total'), f.number(total), share(total)]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t(`${words}.title`)}
      icon={icon}
      period={<PeriodSelect value={preset} presets={RANGE_PRESETS} onChange={setPreset} />}
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={chartHeight}
      theme={theme}
      png={pngOf(t, scope, `${words}.fileWord`, t(`dashboard.period.${preset}`))}
      note={t(`${words}.note`)}
    />
  );
}
