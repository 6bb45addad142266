// Customers by segment: of the customers who bought in the period, how many are in each segment today, each bar in
// its segment's colour, with the champions and loyal as the headline.
import { SEGMENTS } from '@shared/customers/segments';
import type { SegmentFigures } from '@shared/domain/customerFigures';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { useFormat } from '../../../i18n/useFormat';
import { ChartCard, type ChartCardProps } from '../../deals/dashboard/ChartCard';
import type { BarChartConfig } from '../../deals/dashboard/ChartCanvas';
import { barOptions } from '../../deals/dashboard/chartOptions';
import { FiguresTable } from '../../deals/dashboard/FiguresTable';
import { Headline } from '../../deals/dashboard/Headline';
import { PeriodSelect } from '../../deals/dashboard/PeriodSelect';
import { dayRange, RANGE_PRESETS, type RangePreset } from '../../deals/dashboard/periods';
import { INSIGHT_ENTITIES, type InsightsScope, pngOf } from './insightsScope';
import { segmentColours } from './segmentColours';

const ROW_HEIGHT = 30;

export function SegmentsCard({ scope }: { scope: InsightsScope }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<RangePreset>('last12Months');
  const { kind, theme } = scope;
  const colours = useMemo(() => segmentColours(theme.accent), [theme.accent]);
  const range = dayRange(preset, scope.today);
  const query = useApiQuery(
    `customers.bySegment|${kind}|${range.from}|${range.to}`,
    () => api.customers.bySegment({ kind, range }),
    INSIGHT_ENTITIES,
  );

  const contentOf = (data: SegmentFigures): ChartCardProps['content'] => {
    const share = (n: number) => f.percent(data.customers === 0 ? 0 : n / data.customers);
    const rows = data.segments.map((s) => ({ ...s, name: t(`segments.names.${s.segment}`) }));
    const best = rows
      .filter((s) => s.segment === 'champions' || s.segment === 'loyal')
      .reduce((n, s) => n + s.customers, 0);
    const chart: BarChartConfig = {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.name),
        datasets: [
          {
            label: t('insights.columns.customers'),
            data: rows.map((r) => r.customers),
            backgroundColor: rows.map((r) => colours[r.segment]),
            borderRadius: 4,
            barPercentage: 0.72,
            categoryPercentage: 1,
          },
        ],
      },
      options: barOptions({
        theme,
        horizontal: true,
        integerTicks: true,
        valueTick: (v) => f.number(v),
        tooltipLabel: (item) => `${t('insights.columns.customers')}: ${f.number(Number(item.raw))}`,
        valueLabels: [rows.map((r) => (r.customers === 0 ? null : `${f.number(r.customers)} · ${share(r.customers)}`))],
      }),
    };
    return {
      headline: (
        <Headline
          label={t('insights.segments.headline')}
          figure={f.number(data.customers)}
          detail={t('insights.segments.detail', { count: best, percent: share(best) })}
        />
      ),
      chart: data.customers === 0 ? null : chart,
      chartLabel: t('insights.segments.chartLabel'),
      emptyText: t('insights.segments.empty'),
      otherCurrencyDeals: 0,
      currency: scope.currency,
      table: (
        <FiguresTable
          caption={t('insights.segments.title')}
          columns={[t('insights.columns.segment'), t('insights.columns.customers'), t('insights.columns.share')]}
          rows={rows.map((r) => ({ key: r.segment, cells: [r.name, f.number(r.customers), share(r.customers)] }))}
          total={[t('dashboard.total'), f.number(data.customers), share(data.customers)]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t('insights.segments.title')}
      icon="sparkle"
      period={<PeriodSelect value={preset} presets={RANGE_PRESETS} onChange={setPreset} />}
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={ROW_HEIGHT * SEGMENTS.length + 36}
      theme={theme}
      png={pngOf(t, scope, 'insights.segments.fileWord', t(`dashboard.period.${preset}`))}
      note={t('insights.segments.note')}
    />
  );
}
