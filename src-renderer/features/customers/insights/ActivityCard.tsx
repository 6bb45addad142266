// Activities per week, by kind (stacked, in each kind's colour), Monday to Sunday on the computer's calendar, with
// the period's total and the weekly average as the headline.
import { ACTIVITY_KINDS, type ActivityKind } from '@shared/domain/activity';
import type { ActivityWeekFigures } from '@shared/domain/customerFigures';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { useFormat } from '../../../i18n/useFormat';
import { ChartCard, type ChartCardProps } from '../../deals/dashboard/ChartCard';
import type { BarChartConfig } from '../../deals/dashboard/ChartCanvas';
import { barOptions, seriesTooltipLabel } from '../../deals/dashboard/chartOptions';
import { FiguresTable } from '../../deals/dashboard/FiguresTable';
import { Headline } from '../../deals/dashboard/Headline';
import { PeriodSelect } from '../../deals/dashboard/PeriodSelect';
import { INSIGHT_ENTITIES, type InsightsScope, pngOf } from './insightsScope';
import { WEEK_PRESETS, type WeekPreset, weekRun } from './weeks';

/** The tint each kind wears everywhere else (app.css: .kind-call, .kind-meeting, …). */
const KIND_TINT: Record<ActivityKind, number> = { call: 1, meeting: 0, visit: 2, email: 3, note: 5 };

export function ActivityCard({ scope, className }: { scope: InsightsScope; className?: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<WeekPreset>('last12Weeks');
  const { kind, theme } = scope;
  const run = weekRun(preset, scope.today);
  const query = useApiQuery(
    `customers.activityByWeek|${kind}|${run.fromWeek}|${run.weeks}`,
    () => api.customers.activityByWeek({ kind, ...run }),
    INSIGHT_ENTITIES,
  );
  const dayMonth = new Intl.DateTimeFormat(f.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const tick = (week: string) => dayMonth.format(new Date(`${week}T00:00:00Z`));

  const contentOf = (data: ActivityWeekFigures): ChartCardProps['content'] => {
    const { weeks } = data;
    const total = weeks.reduce((n, w) => n + w.total, 0);
    const chart: BarChartConfig = {
      type: 'bar',
      data: {
        labels: weeks.map((w) => tick(w.week)),
        datasets: ACTIVITY_KINDS.map((k) => ({
          label: t(`activity.kinds.${k}`),
          data: weeks.map((w) => w.counts[k]),
          backgroundColor: theme.tints[KIND_TINT[k]] ?? theme.accent,
          barPercentage: 0.75,
          maxBarThickness: 40,
          categoryPercentage: 0.9,
        })),
      },
      options: barOptions({
        theme,
        legend: true,
        stacked: true,
        integerTicks: true,
        valueTick: (v) => f.number(v),
        tooltipTitle: (i) => t('insights.activity.weekOf', { day: f.day(weeks[i]!.week) }),
        tooltipLabel: seriesTooltipLabel((v) => f.number(v)),
      }),
    };
    return {
      headline: (
        <Headline
          label={t('insights.activity.headline')}
          figure={f.number(total)}
          detail={t('insights.activity.detail', { average: f.number(Math.round((total / weeks.length) * 10) / 10) })}
        />
      ),
      chart: total === 0 ? null : chart,
      chartLabel: t('insights.activity.chartLabel'),
      emptyText: t('insights.activity.empty'),
      otherCurrencyDeals: 0,
      currency: scope.currency,
      table: (
        <FiguresTable
          caption={t('insights.activity.title')}
          columns={[
            t('insights.columns.week'),
            ...ACTIVITY_KINDS.map((k) => t(`activity.kinds.${k}`)),
            t('insights.columns.total'),
          ]}
          rows={weeks.map((w) => ({
            key: w.week,
            cells: [f.day(w.week), ...ACTIVITY_KINDS.map((k) => f.number(w.counts[k])), f.number(w.total)],
          }))}
          total={[
            t('dashboard.total'),
            ...ACTIVITY_KINDS.map((k) => f.number(weeks.reduce((n, w) => n + w.counts[k], 0))),
            f.number(total),
          ]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t('insights.activity.title')}
      icon="call"
      className={className}
      period={
        <PeriodSelect
          value={preset}
          presets={WEEK_PRESETS}
          onChange={setPreset}
          labelOf={(p) => t(`insights.period.${p}`)}
        />
      }
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={260}
      theme={theme}
      png={pngOf(t, scope, 'insights.activity.fileWord', t(`insights.period.${preset}`))}
      note={t(kind === 'company' ? 'insights.activity.noteCompany' : 'insights.activity.note')}
    />
  );
}
