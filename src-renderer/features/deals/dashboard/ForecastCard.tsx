// The forecast: open deals by the month they are expected to close, weighted by their probability (in front)
// over their full value (behind), with the deals already past their expected date as a figure of their own.
import type { ForecastFigures } from '@shared/domain/deals';
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
import { FORECAST_PRESETS, type ForecastPreset, forecastMonths } from './periods';
import { sum } from './sum';

export function ForecastCard({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<ForecastPreset>('next6Months');
  const { pipeline, currency, theme } = scope;
  const run = forecastMonths(preset, scope.today);
  const query = useApiQuery(
    `deals.forecast|${pipeline.id}|${currency}|${run.fromMonth}|${run.months}`,
    () => api.deals.forecast({ pipelineId: pipeline.id, currency, ...run }),
    DEAL_ENTITIES,
  );

  const contentOf = (data: ForecastFigures): ChartCardProps['content'] => {
    const { months, overdue } = data;
    const empty = months.every((m) => m.deals === 0);
    const chart = monthBars({
      theme,
      months,
      format: f,
      // Not grouped: the weighted bar stands in front of the full value's, so each month reads as "this much
      // of that much".
      bars: { borderRadius: 3, grouped: false, barPercentage: 0.7 },
      series: [
        {
          label: t('dashboard.forecast.weighted'),
          data: months.map((m) => m.weighted),
          colour: theme.accent,
          order: 0,
        },
        {
          label: t('dashboard.forecast.unweighted'),
          data: months.map((m) => m.value),
          colour: theme.accentFaded,
          order: 1,
        },
      ],
      valueTick: (v) => f.moneyShort(v, currency),
      tooltipValue: (v) => f.money(v, currency),
    });
    const overdueHeadline =
      overdue.deals > 0 ? (
        <Headline
          tone="warning"
          label={t('dashboard.forecast.overdue')}
          figure={f.money(overdue.weighted, currency)}
          detail={t('dashboard.forecast.overdueDetail', {
            deals: t('dashboard.deals', { count: overdue.deals }),
            value: f.money(overdue.value, currency),
          })}
        />
      ) : null;

    return {
      headline: (
        <div className="dashboard-headlines">
          <Headline
            label={t('dashboard.forecast.expected')}
            figure={f.money(sum(months.map((m) => m.weighted)), currency)}
            detail={t('dashboard.deals', { count: sum(months.map((m) => m.deals)) })}
          />
          {overdueHeadline}
        </div>
      ),
      chart: empty ? null : chart,
      chartLabel: t('dashboard.forecast.chartLabel'),
      emptyText: t('dashboard.forecast.empty'),
      otherCurrencyDeals: data.otherCurrencyDeals,
      currency,
      table: (
        <FiguresTable
          caption={t('dashboard.forecast.title')}
          columns={[
            t('dashboard.columns.month'),
            t('dashboard.columns.deals'),
            t('dashboard.columns.value'),
            t('dashboard.columns.weighted'),
          ]}
          rows={[
            ...(overdue.deals > 0
              ? [
                  {
                    key: 'overdue',
                    cells: [
                      t('dashboard.forecast.overdueRow', { month: f.month(run.fromMonth) }),
                      f.number(overdue.deals),
                      f.money(overdue.value, currency),
                      f.money(overdue.weighted, currency),
                    ] as [string, ...string[]],
                  },
                ]
              : []),
            ...months.map((m) => ({
              key: m.month,
              cells: [
                f.month(m.month),
                f.number(m.deals),
                f.money(m.value, currency),
                f.money(m.weighted, currency),
              ] as [string, ...string[]],
            })),
          ]}
          total={[
            t('dashboard.total'),
            f.number(sum(months.map((m) => m.deals))),
            f.money(sum(months.map((m) => m.value)), currency),
            f.money(sum(months.map((m) => m.weighted)), currency),
          ]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t('dashboard.forecast.title')}
      icon="chart"
      period={<PeriodSelect value={preset} presets={FORECAST_PRESETS} onChange={setPreset} />}
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={260}
      theme={theme}
      png={pngOf(t, scope, 'dashboard.forecast.fileWord', `dashboard.period.${preset}`)}
      note={t('dashboard.forecast.note')}
    />
  );
}
