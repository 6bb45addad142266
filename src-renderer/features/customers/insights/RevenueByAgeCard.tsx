// Revenue by month from new customers (their first purchase that month) stacked on that from existing ones, with
// the existing customers' share of the period as the headline — most businesses live on the customers they have.
import type { RevenueByAgeFigures } from '@shared/domain/customerFigures';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { useFormat } from '../../../i18n/useFormat';
import { ChartCard, type ChartCardProps } from '../../deals/dashboard/ChartCard';
import { monthBars } from '../../deals/dashboard/barCharts';
import { FiguresTable } from '../../deals/dashboard/FiguresTable';
import { Headline } from '../../deals/dashboard/Headline';
import { PeriodSelect } from '../../deals/dashboard/PeriodSelect';
import { REVENUE_PRESETS, type RevenuePreset, revenueMonths } from '../../deals/dashboard/periods';
import { sum } from '../../deals/dashboard/sum';
import { INSIGHT_ENTITIES, type InsightsScope, pngOf } from './insightsScope';

export function RevenueByAgeCard({ scope }: { scope: InsightsScope }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<RevenuePreset>('last12Months');
  const { kind, theme, currency } = scope;
  const run = revenueMonths(preset, scope.today);
  const query = useApiQuery(
    `customers.revenueByAge|${kind}|${run.fromMonth}|${run.months}`,
    () => api.customers.revenueByAge({ kind, ...run }),
    INSIGHT_ENTITIES,
  );
  const none = t('common.none');

  const contentOf = (data: RevenueByAgeFigures): ChartCardProps['content'] => {
    const { months } = data;
    const fromNew = sum(months.map((m) => m.fromNew));
    const fromExisting = sum(months.map((m) => m.fromExisting));
    const total = fromNew + fromExisting;
    const existingShare = (existing: number, all: number) => (all === 0 ? none : f.percent(existing / all));
    const chart = monthBars({
      theme,
      months,
      format: f,
      bars: { barPercentage: 0.7, maxBarThickness: 40, categoryPercentage: 0.8 },
      series: [
        {
          label: t('insights.revenueByAge.fromExisting'),
          data: months.map((m) => m.fromExisting),
          colour: theme.accent,
        },
        { label: t('insights.revenueByAge.fromNew'), data: months.map((m) => m.fromNew), colour: theme.won },
      ],
      stacked: true,
      valueTick: (v) => f.moneyShort(v, currency),
      tooltipValue: (v) => f.money(v, currency),
    });
    return {
      headline: (
        <Headline
          label={t('insights.revenueByAge.headline')}
          figure={existingShare(fromExisting, total)}
          detail={
            total === 0
              ? t('insights.revenueByAge.noRevenue')
              : t('insights.revenueByAge.detail', {
                  existing: f.money(fromExisting, currency),
                  total: f.money(total, currency),
                })
          }
        />
      ),
      chart: total === 0 ? null : chart,
      chartLabel: t('insights.revenueByAge.chartLabel'),
      emptyText: t('insights.revenueByAge.empty'),
      otherCurrencyDeals: data.otherCurrencyDeals,
      currency,
      table: (
        <FiguresTable
          caption={t('insights.revenueByAge.title')}
          columns={[
            t('insights.columns.month'),
            t('insights.columns.fromNew'),
            t('insights.columns.fromExisting'),
            t('insights.columns.total'),
            t('insights.columns.existingShare'),
          ]}
          rows={months.map((m) => ({
            key: m.month,
            cells: [
              f.month(m.month),
              f.money(m.fromNew, currency),
              f.money(m.fromExisting, currency),
              f.money(m.fromNew + m.fromExisting, currency),
              existingShare(m.fromExisting, m.fromNew + m.fromExisting),
            ],
          }))}
          total={[
            t('dashboard.total'),
            f.money(fromNew, currency),
            f.money(fromExisting, currency),
            f.money(total, currency),
            existingShare(fromExisting, total),
          ]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t('insights.revenueByAge.title')}
      icon="chart"
      period={<PeriodSelect value={preset} presets={REVENUE_PRESETS} onChange={setPreset} />}
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={260}
      theme={theme}
      png={pngOf(t, scope, 'insights.revenueByAge.fileWord', t(`dashboard.period.${preset}`))}
      note={t('insights.revenueByAge.note')}
    />
  );
}
