// New and lost customers by month: first purchases, customers won back after a long gap, and customers lost
// (no purchase for the lapsed days of Settings), with the period's totals as the headline.
import type { NewAndLostFigures } from '@shared/domain/customerFigures';
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

export function NewAndLostCard({ scope }: { scope: InsightsScope }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<RevenuePreset>('last12Months');
  const { kind, theme } = scope;
  const run = revenueMonths(preset, scope.today);
  const query = useApiQuery(
    `customers.newAndLost|${kind}|${run.fromMonth}|${run.months}`,
    () => api.customers.newAndLost({ kind, ...run }),
    INSIGHT_ENTITIES,
  );
  /** "+3", "−2", "0". */
  const signed = (n: number) => new Intl.NumberFormat(f.locale, { signDisplay: 'exceptZero' }).format(n);

  const contentOf = (data: NewAndLostFigures): ChartCardProps['content'] => {
    const { months } = data;
    const won = sum(months.map((m) => m.newCustomers));
    const returned = sum(months.map((m) => m.returned));
    const lost = sum(months.map((m) => m.lost));
    const chart = monthBars({
      theme,
      months,
      format: f,
      bars: { borderRadius: 3, barPercentage: 0.85, maxBarThickness: 18, categoryPercentage: 0.75 },
      series: [
        { label: t('insights.newAndLost.new'), data: months.map((m) => m.newCustomers), colour: theme.won },
        { label: t('insights.newAndLost.returned'), data: months.map((m) => m.returned), colour: theme.accent },
        { label: t('insights.newAndLost.lost'), data: months.map((m) => m.lost), colour: theme.lost },
      ],
      integerTicks: true,
      valueTick: (v) => f.number(v),
      tooltipValue: (v) => f.number(v),
    });
    return {
      headline: (
        <div className="dashboard-headlines">
          <Headline
            label={t('insights.newAndLost.headline')}
            figure={f.number(won)}
            detail={t('insights.newAndLost.detail', {
              returned: f.number(returned),
              net: signed(won + returned - lost),
            })}
          />
          <Headline label={t('insights.newAndLost.lostHeadline')} figure={f.number(lost)} />
        </div>
      ),
      chart: won + returned + lost === 0 ? null : chart,
      chartLabel: t('insights.newAndLost.chartLabel'),
      emptyText: t('insights.newAndLost.empty'),
      otherCurrencyDeals: 0,
      currency: scope.currency,
      table: (
        <FiguresTable
          caption={t('insights.newAndLost.title')}
          columns={[
            t('insights.columns.month'),
            t('insights.columns.new'),
            t('insights.columns.returned'),
            t('insights.columns.lost'),
            t('insights.columns.net'),
          ]}
          rows={months.map((m) => ({
            key: m.month,
            cells: [
              f.month(m.month),
              f.number(m.newCustomers),
              f.number(m.returned),
              f.number(m.lost),
              signed(m.newCustomers + m.returned - m.lost),
            ],
          }))}
          total={[
            t('dashboard.total'),
            f.number(won),
            f.number(returned),
            f.number(lost),
            signed(won + returned - lost),
          ]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t('insights.newAndLost.title')}
      icon="person"
      period={<PeriodSelect value={preset} presets={REVENUE_PRESETS} onChange={setPreset} />}
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={260}
      theme={theme}
      png={pngOf(t, scope, 'insights.newAndLost.fileWord', t(`dashboard.period.${preset}`))}
      note={query.data && t('insights.newAndLost.note', { count: query.data.lapsedAfterDays })}
    />
  );
}
