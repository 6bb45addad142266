// The funnel: of the deals created in the period, how many (and how much) reached each open stage and Won, the
// share that moved on from each step to the next, and the win rate as the headline figure.
import type { FunnelFigures } from '@shared/domain/deals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { useFormat } from '../../../i18n/useFormat';
import { stageLabel } from '../names';
import { ChartCard, type ChartCardProps } from './ChartCard';
import { horizontalBars, horizontalBarsHeight } from './barCharts';
import { DEAL_ENTITIES, type DashboardScope, pngOf } from './dashboardScope';
import { FiguresTable } from './FiguresTable';
import { Headline } from './Headline';
import { PeriodSelect } from './PeriodSelect';
import { dayRange, RANGE_PRESETS, type RangePreset } from './periods';

const ROW_HEIGHT = 44;

export function FunnelCard({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<RangePreset>('last12Months');
  const { pipeline, currency, theme } = scope;
  const range = dayRange(preset, scope.today);
  const query = useApiQuery(
    `deals.funnel|${pipeline.id}|${currency}|${range.from}|${range.to}`,
    () => api.deals.funnel({ pipelineId: pipeline.id, currency, range }),
    DEAL_ENTITIES,
  );

  const stageName = (stageId: number) => {
    const stage = pipeline.stages.find((s) => s.id === stageId);
    return stage ? stageLabel(t, stage) : '';
  };
  const wonStage = pipeline.stages.find((s) => s.kind === 'won');
  const lostStage = pipeline.stages.find((s) => s.kind === 'lost');
  const wonName = wonStage ? stageLabel(t, wonStage) : t('board.stage.won');
  const lostName = lostStage ? stageLabel(t, lostStage) : t('board.stage.lost');
  const none = t('common.none');

  const contentOf = (data: FunnelFigures): ChartCardProps['content'] => {
    const empty = data.steps.every((s) => s.deals === 0) && data.won.deals === 0 && data.lost.deals === 0;
    const bars = [
      ...data.steps.map((s) => ({ name: stageName(s.stageId), deals: s.deals, value: s.value, next: s.conversion })),
      { name: wonName, deals: data.won.deals, value: data.won.value, next: null },
    ];
    const chart = horizontalBars({
      theme,
      labels: bars.map((b) => b.name),
      label: t('dashboard.columns.deals'),
      data: bars.map((b) => b.deals),
      colour: bars.map((_, i) => (i === bars.length - 1 ? theme.won : theme.accent)),
      barPercentage: 0.62,
      integerTicks: true,
      valueTick: (v) => f.number(v),
      tooltipLabel: (item) => {
        const bar = bars[item.dataIndex]!;
        return [
          t('dashboard.funnel.tooltipDeals', { value: f.number(bar.deals) }),
          t('dashboard.funnel.tooltipValue', { value: f.money(bar.value, currency) }),
          ...(bar.next === null ? [] : [t('dashboard.funnel.tooltipMovedOn', { value: f.percent(bar.next) })]),
        ];
      },
      valueLabels: [
        bars.map((b) =>
          t('dashboard.funnel.reachedValue', { count: f.number(b.deals), value: f.moneyShort(b.value, currency) }),
        ),
      ],
      stepLabels: bars.map((b) =>
        b.next === null ? null : t('dashboard.funnel.movedOn', { percent: f.percent(b.next) }),
      ),
    });
    return {
      headline: (
        <Headline
          figure={data.winRate === null ? none : f.percent(data.winRate)}
          label={t('dashboard.funnel.winRate')}
          detail={
            data.winRate === null
              ? t('dashboard.funnel.noWinRate')
              : t('dashboard.funnel.winRateDetail', { won: f.number(data.won.deals), lost: f.number(data.lost.deals) })
          }
        />
      ),
      chart: empty ? null : chart,
      chartLabel: t('dashboard.funnel.chartLabel'),
      emptyText: t('dashboard.funnel.empty'),
      otherCurrencyDeals: data.otherCurrencyDeals,
      currency,
      table: (
        <FiguresTable
          caption={t('dashboard.funnel.title')}
          columns={[
            t('dashboard.columns.stage'),
            t('dashboard.columns.deals'),
            t('dashboard.columns.value'),
            t('dashboard.columns.movedOn'),
            t('dashboard.columns.averageDays'),
          ]}
          rows={[
            ...data.steps.map((s) => ({
              key: String(s.stageId),
              cells: [
                stageName(s.stageId),
                f.number(s.deals),
                f.money(s.value, currency),
                s.conversion === null ? none : f.percent(s.conversion),
                s.averageDays === null ? none : f.number(s.averageDays),
              ] as [string, ...string[]],
            })),
            { key: 'won', cells: [wonName, f.number(data.won.deals), f.money(data.won.value, currency), none, none] },
            {
              key: 'lost',
              cells: [lostName, f.number(data.lost.deals), f.money(data.lost.value, currency), none, none],
            },
          ]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t('dashboard.funnel.title')}
      icon="funnel"
      period={<PeriodSelect value={preset} presets={RANGE_PRESETS} onChange={setPreset} />}
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={horizontalBarsHeight(pipeline.stages.filter((s) => s.kind === 'open').length + 1, ROW_HEIGHT)}
      theme={theme}
      png={pngOf(t, scope, 'dashboard.funnel.fileWord', `dashboard.period.${preset}`)}
      note={t('dashboard.funnel.note')}
    />
  );
}
