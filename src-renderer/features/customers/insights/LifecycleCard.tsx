// People by lifecycle stage: of the people added in the period, how many are at each stage today (people only:
// companies have no lifecycle).
import { LIFECYCLE_STAGES } from '@shared/domain/contact';
import type { LifecycleFigures } from '@shared/domain/customerFigures';
import { useState } from 'react';
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

// As tall as the segments beside it.
const ROW_HEIGHT = 48;

export function LifecycleCard({ scope }: { scope: InsightsScope }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<RangePreset>('allTime');
  const { theme } = scope;
  const range = dayRange(preset, scope.today);
  const query = useApiQuery(
    `customers.byLifecycle|${range.from}|${range.to}`,
    () => api.customers.byLifecycle({ range }),
    INSIGHT_ENTITIES,
  );

  const contentOf = (data: LifecycleFigures): ChartCardProps['content'] => {
    const share = (n: number) => f.percent(data.people === 0 ? 0 : n / data.people);
    const rows = data.stages.map((s) => ({ ...s, name: t(`lifecycle.${s.stage}`) }));
    const buying = rows.filter((s) => s.stage === 'customer' || s.stage === 'repeat').reduce((n, s) => n + s.people, 0);
    const colourOf = (stage: string) =>
      stage === 'lapsed' ? theme.previous : stage === 'customer' || stage === 'repeat' ? theme.won : theme.accent;
    const chart: BarChartConfig = {
      type: 'bar',
      data: {
        labels: rows.map((r) => r.name),
        datasets: [
          {
            label: t('insights.columns.people'),
            data: rows.map((r) => r.people),
            backgroundColor: rows.map((r) => colourOf(r.stage)),
            borderRadius: 4,
            barPercentage: 0.6,
            categoryPercentage: 1,
          },
        ],
      },
      options: barOptions({
        theme,
        horizontal: true,
        integerTicks: true,
        valueTick: (v) => f.number(v),
        tooltipLabel: (item) => `${t('insights.columns.people')}: ${f.number(Number(item.raw))}`,
        valueLabels: [rows.map((r) => (r.people === 0 ? null : `${f.number(r.people)} · ${share(r.people)}`))],
      }),
    };
    return {
      headline: (
        <Headline
          label={t('insights.lifecycle.headline')}
          figure={f.number(data.people)}
          detail={t('insights.lifecycle.detail', { count: buying, percent: share(buying) })}
        />
      ),
      chart: data.people === 0 ? null : chart,
      chartLabel: t('insights.lifecycle.chartLabel'),
      emptyText: t('insights.lifecycle.empty'),
      otherCurrencyDeals: 0,
      currency: scope.currency,
      table: (
        <FiguresTable
          caption={t('insights.lifecycle.title')}
          columns={[t('insights.columns.stage'), t('insights.columns.people'), t('insights.columns.share')]}
          rows={rows.map((r) => ({ key: r.stage, cells: [r.name, f.number(r.people), share(r.people)] }))}
          total={[t('dashboard.total'), f.number(data.people), share(data.people)]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t('insights.lifecycle.title')}
      icon="person"
      period={<PeriodSelect value={preset} presets={RANGE_PRESETS} onChange={setPreset} />}
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={ROW_HEIGHT * LIFECYCLE_STAGES.length + 36}
      theme={theme}
      png={pngOf(t, scope, 'insights.lifecycle.fileWord', t(`dashboard.period.${preset}`))}
      note={t('insights.lifecycle.note')}
    />
  );
}
