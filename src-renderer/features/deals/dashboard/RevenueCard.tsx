// Won revenue by month, each month beside the same month a year before, with the period's total and its change
// on the year before as the headline.
import type { RevenueFigures } from '@shared/domain/deals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { useFormat } from '../../../i18n/useFormat';
import { ChartCard, type ChartCardProps } from './ChartCard';
import { monthBars } from './barCharts';
import { DEAL_ENTITIES, type DashboardScope, pngOf } from './dashboardScope';
import { FiguresTable } from './FiguresTable';
import { Headline } from './Headline';
import { PeriodSelect } from './PeriodSelect';
import { REVENUE_PRESETS, type RevenuePreset, revenueMonths } from './periods';
import { sum } from './sum';

export function RevenueCard({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<RevenuePreset>('last12Months');
  const { pipeline, currency, theme } = scope;
  const run = revenueMonths(preset, scope.today);
  const query = useApiQuery(
    `deals.revenue|${pipeline.id}|${currency}|${run.fromMonth}|${run.months}`,
    () => api.deals.revenue({ pipelineId: pipeline.id, currency, ...run }),
    DEAL_ENTITIES,
  );
  const none = t('common.none');

  /** "+12%" / "−5%" against the year before; none when there was nothing to compare with. */
  const change = (value: number, previous: number) =>
    previous === 0
      ? none
      : new Intl.NumberFormat(f.locale, {
          style: 'percent',
          signDisplay: 'exceptZero',
          maximumFractionDigits: 0,
        }).format((value - previous) / previous);

  const contentOf = (data: RevenueFigures): ChartCardProps['content'] => {
    const { months } = data;
    const total = sum(months.map((m) => m.value));
    const previousTotal = sum(months.map((m) => m.previousValue));
    const empty = total === 0 && previousTotal === 0;
    const chart = monthBars({
      theme,
      months,
      format: f,
      bars: { borderRadius: 3, barPercentage: 0.8, categoryPercentage: 0.7 },
      series: [
        { label: t('dashboard.revenue.previous'), data: months.map((m) => m.previousValue), colour: theme.previous },
        { label: t('dashboard.revenue.current'), data: months.map((m) => m.value), colour: theme.accent },
      ],
      valueTick: (v) => f.moneyShort(v, currency),
      tooltipValue: (v) => f.money(v, currency),
    });
    const ratio = previousTotal === 0 ? null : (total - previousTotal) / previousTotal;
    const percent = ratio === null ? '' : f.percent(Math.abs(ratio));
    const detail =
      ratio === null
        ? t('dashboard.revenue.noPrevious')
        : percent === f.percent(0)
          ? t('dashboard.revenue.same')
          : t(ratio > 0 ? 'dashboard.revenue.up' : 'dashboard.revenue.down', {
              percent,
              previous: f.money(previousTotal, currency),
            });

    return {
      headline: (
        <Headline
          label={t('dashboard.revenue.current')}
          figure={f.money(total, currency)}
          detail={`${t('dashboard.deals', { count: sum(months.map((m) => m.deals)) })} · ${detail}`}
        />
      ),
      chart: empty ? null : chart,
      chartLabel: t('dashboard.revenue.chartLabel'),
      emptyText: t('dashboard.revenue.empty'),
      otherCurrencyDeals: data.otherCurrencyDeals,
      currency,
      table: (
        <FiguresTable
          caption={t('dashboard.revenue.title')}
          columns={[
            t('dashboard.columns.month'),
            t('dashboard.columns.revenue'),
            t('dashboard.columns.deals'),
            t('dashboard.columns.yearBefore'),
            t('dashboard.columns.change'),
          ]}
          rows={months.map((m) => ({
            key: m.month,
            cells: [
              f.month(m.month),
              f.money(m.value, currency),
              f.number(m.deals),
              f.money(m.previousValue, currency),
              change(m.value, m.previousValue),
            ],
          }))}
          total={[
            t('dashboard.total'),
            f.money(total, currency),
            f.number(sum(months.map((m) => m.deals))),
            f.money(previousTotal, currency),
            change(total, previousTotal),
          ]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t('dashboard.revenue.title')}
      icon="chart"
      period={<PeriodSelect value={preset} presets={REVENUE_PRESETS} onChange={setPreset} />}
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={260}
      theme={theme}
      png={pngOf(t, scope, 'dashboard.revenue.fileWord', `dashboard.period.${preset}`)}
    />
  );
}
