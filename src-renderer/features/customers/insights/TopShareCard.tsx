// How much of the period's revenue its top customers brought: the top 10 % and 20 % of the customers who paid
// (ranked by revenue, rounded up to whole customers) beside everyone else — the "80/20" picture.
import type { CustomerGroup, TopShareFigures } from '@shared/domain/customerFigures';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { useFormat } from '../../../i18n/useFormat';
import { ChartCard, type ChartCardProps } from '../../deals/dashboard/ChartCard';
import { horizontalBars } from '../../deals/dashboard/barCharts';
import { FiguresTable } from '../../deals/dashboard/FiguresTable';
import { Headline } from '../../deals/dashboard/Headline';
import { PeriodSelect } from '../../deals/dashboard/PeriodSelect';
import { dayRange, RANGE_PRESETS, type RangePreset } from '../../deals/dashboard/periods';
import { INSIGHT_ENTITIES, type InsightsScope, pngOf } from './insightsScope';

const GROUPS = ['top10', 'top20', 'rest'] as const;

export function TopShareCard({ scope }: { scope: InsightsScope }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<RangePreset>('last12Months');
  const { kind, theme, currency } = scope;
  const range = dayRange(preset, scope.today);
  const query = useApiQuery(
    `customers.topShare|${kind}|${range.from}|${range.to}`,
    () => api.customers.topShare({ kind, range }),
    INSIGHT_ENTITIES,
  );
  const customers = (n: number) => t('insights.customers', { count: n, formatted: f.number(n) });

  const contentOf = (data: TopShareFigures): ChartCardProps['content'] => {
    const total = data.all.revenue;
    const shareOf = (g: CustomerGroup) => (total === 0 ? 0 : g.revenue / total);
    const groups = GROUPS.map((key) => ({ key, ...data[key], name: t(`insights.topShare.${key}`) }));
    const colours = { top10: theme.accent, top20: theme.accentFaded, rest: theme.previous };
    const chart = horizontalBars({
      theme,
      labels: groups.map((g) => t('insights.topShare.groupLabel', { group: g.name, customers: f.number(g.customers) })),
      label: t('insights.columns.shareOfRevenue'),
      data: groups.map(shareOf),
      colour: groups.map((g) => colours[g.key]),
      barPercentage: 0.66,
      valueTick: (v) => f.percent(v),
      tooltipLabel: (item) => {
        const g = groups[item.dataIndex]!;
        return [customers(g.customers), `${f.money(g.revenue, currency)} · ${f.percent(shareOf(g))}`];
      },
      valueLabels: [
        groups.map((g) =>
          t('insights.topShare.bar', { percent: f.percent(shareOf(g)), revenue: f.moneyShort(g.revenue, currency) }),
        ),
      ],
    });
    // The value axis ends at 100 %, so the bars read as shares of the whole; their figures go in the margin.
    const options = chart.options!;
    Object.assign(options.scales!.x!, { max: 1, grace: 0 });
    options.layout = { padding: { top: 0, right: 110 } };
    return {
      headline: (
        <Headline
          label={t('insights.topShare.headline')}
          figure={f.percent(shareOf(data.top10))}
          detail={t('insights.topShare.detail', {
            customers: customers(data.top10.customers),
            revenue: f.money(data.top10.revenue, currency),
            total: f.money(total, currency),
            top20: f.percent(shareOf(data.top20)),
          })}
        />
      ),
      chart: data.all.customers === 0 ? null : chart,
      chartLabel: t('insights.topShare.chartLabel'),
      emptyText: t('insights.topShare.empty'),
      otherCurrencyDeals: data.otherCurrencyDeals,
      currency,
      table: (
        <FiguresTable
          caption={t('insights.topShare.title')}
          columns={[
            t('insights.columns.group'),
            t('insights.columns.customers'),
            t('insights.columns.revenue'),
            t('insights.columns.shareOfRevenue'),
          ]}
          rows={groups.map((g) => ({
            key: g.key,
            cells: [g.name, f.number(g.customers), f.money(g.revenue, currency), f.percent(shareOf(g))],
          }))}
          total={[
            t('insights.topShare.all'),
            f.number(data.all.customers),
            f.money(total, currency),
            f.percent(total === 0 ? 0 : 1),
          ]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t('insights.topShare.title')}
      icon="chart"
      period={<PeriodSelect value={preset} presets={RANGE_PRESETS} onChange={setPreset} />}
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={180}
      theme={theme}
      png={pngOf(t, scope, 'insights.topShare.fileWord', t(`dashboard.period.${preset}`))}
      note={t('insights.topShare.note')}
    />
  );
}
