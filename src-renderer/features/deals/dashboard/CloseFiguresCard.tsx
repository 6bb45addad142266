// How deals closed in the period, as headline figures: how many were won and lost, the average size of a won
// deal and how many days one took from being added to being won.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/Card';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormat } from '../../../i18n/useFormat';
import type { DashboardScope } from './dashboardScope';
import { Headline } from './Headline';
import { PeriodSelect } from './PeriodSelect';
import { RANGE_PRESETS, type RangePreset } from './periods';
import { useCloseFigures } from './useCloseFigures';

export function CloseFiguresCard({ scope }: { scope: DashboardScope }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [preset, setPreset] = useState<RangePreset>('last12Months');
  const query = useCloseFigures(scope, preset);
  const data = query.data;
  const none = t('common.none');

  return (
    <Card
      title={t('dashboard.close.title')}
      icon="check"
      className="dashboard-card"
      actions={
        <div className="dashboard-card-actions">
          <PeriodSelect value={preset} presets={RANGE_PRESETS} onChange={setPreset} />
        </div>
      }
    >
      {query.error && <ErrorNotice error={query.error} onRetry={query.reload} />}
      {!query.error && !data && <div className="dashboard-loading" style={{ height: 72 }} aria-busy />}
      {data && (
        <>
          <div className="dashboard-figures">
            <Headline label={t('dashboard.close.won')} figure={f.number(data.wonDeals)} />
            <Headline
              label={t('dashboard.close.lost')}
              figure={f.number(data.lostReasons.reduce((n, r) => n + r.deals, 0))}
            />
            <Headline
              label={t('dashboard.close.averageDealSize')}
              figure={data.averageDealSize === null ? none : f.money(data.averageDealSize, scope.currency)}
            />
            <Headline
              label={t('dashboard.close.averageDaysToClose')}
              figure={
                data.averageDaysToClose === null
                  ? none
                  : t('dashboard.close.days', {
                      count: data.averageDaysToClose,
                      days: f.number(data.averageDaysToClose),
                    })
              }
            />
          </div>
          <p className="dashboard-note">{t('dashboard.close.note')}</p>
          {data.otherCurrencyDeals > 0 && (
            <p className="dashboard-note dashboard-currency-note">
              {t('dashboard.otherCurrencies', { count: data.otherCurrencyDeals, currency: scope.currency })}
            </p>
          )}
        </>
      )}
    </Card>
  );
}
