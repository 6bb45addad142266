// Why deals were lost in the period: one bar per reason, most frequent first, with the value lost beside it.
import type { CloseFigures, LostReason } from '@shared/domain/deals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { lostReasonLabel } from '../names';
import { ChartCard, type ChartCardProps } from './ChartCard';
import { horizontalBars, horizontalBarsHeight } from './barCharts';
import { type DashboardScope, pngOf } from './dashboardScope';
import { FiguresTable } from './FiguresTable';
import { Headline } from './Headline';
import { PeriodSelect } from './PeriodSelect';
import { RANGE_PRESETS, type RangePreset } from './periods';
import { useCloseFigures } from './useCloseFigures';

const ROW_HEIGHT = 38;

export function LostReasonsCard({ scope, reasons }: { scope: DashboardScope; reasons: readonly LostReason[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<RangePreset>('last12Months');
  const { currency, theme } = scope;
  const query = useCloseFigures(scope, preset);

  const reasonName = (id: number | null) => {
    const reason = id === null ? undefined : reasons.find((r) => r.id === id);
    return reason ? lostReasonLabel(t, reason) : t('dashboard.lostReasons.noReason');
  };

  const contentOf = (data: CloseFigures): ChartCardProps['content'] => {
    const rows = data.lostReasons.map((r) => ({ ...r, name: reasonName(r.lostReasonId) }));
    const lostDeals = rows.reduce((n, r) => n + r.deals, 0);
    const lostValue = rows.reduce((n, r) => n + r.value, 0);
    const chart = horizontalBars({
      theme,
      labels: rows.map((r) => r.name),
      label: t('dashboard.columns.deals'),
      data: rows.map((r) => r.deals),
      colour: theme.lost,
      barPercentage: 0.7,
      integerTicks: true,
      valueTick: (v) => f.number(v),
      tooltipLabel: (item) => {
        const row = rows[item.dataIndex]!;
        return [
          t('dashboard.funnel.tooltipDeals', { value: f.number(row.deals) }),
          t('dashboard.funnel.tooltipValue', { value: f.money(row.value, currency) }),
        ];
      },
      valueLabels: [
        rows.map((r) =>
          t('dashboard.funnel.reachedValue', { count: f.number(r.deals), value: f.moneyShort(r.value, currency) }),
        ),
      ],
    });
    return {
      headline:
        lostDeals > 0 ? (
          <Headline
            label={t('dashboard.close.lost')}
            figure={f.number(lostDeals)}
            detail={f.money(lostValue, currency)}
          />
        ) : undefined,
      chart: rows.length === 0 ? null : chart,
      chartLabel: t('dashboard.lostReasons.chartLabel'),
      emptyText: t('dashboard.lostReasons.empty'),
      otherCurrencyDeals: data.otherCurrencyDeals,
      currency,
      table: (
        <FiguresTable
          caption={t('dashboard.lostReasons.title')}
          columns={[
            t('dashboard.columns.reason'),
            t('dashboard.columns.deals'),
            t('dashboard.columns.value'),
            t('dashboard.columns.share'),
          ]}
          rows={rows.map((r) => ({
            key: String(r.lostReasonId),
            cells: [r.name, f.number(r.deals), f.money(r.value, currency), f.percent(r.deals / lostDeals)],
          }))}
          total={[t('dashboard.total'), f.number(lostDeals), f.money(lostValue, currency), f.percent(1)]}
        />
      ),
    };
  };

  return (
    <ChartCard
      title={t('dashboard.lostReasons.title')}
      icon="warning"
      period={<PeriodSelect value={preset} presets={RANGE_PRESETS} onChange={setPreset} />}
      content={query.error ? { error: query.error, reload: query.reload } : query.data && contentOf(query.data)}
      chartHeight={horizontalBarsHeight(Math.max(3, query.data?.lostReasons.length ?? 3), ROW_HEIGHT)}
      theme={theme}
      png={pngOf(t, scope, 'dashboard.lostReasons.fileWord', `dashboard.period.${preset}`)}
    />
  );
}
