// "Customers at a glance": the customer base in charts, for people or for companies (the switch, kept in the
// address). Each card has its own period, a table of its numbers and a PNG export; the cards are the deals
// dashboard's. Someone with nobody in Rapport yet gets a word on what will appear here instead of empty charts.
import type { CustomerKind } from '@shared/domain/customers';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { useSettings } from '../../../app/settingsContext';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { localToday } from '../../deals/dashboard/periods';
import { useChartTheme } from '../../deals/dashboard/useChartTheme';
import { ActivityCard } from './ActivityCard';
import { INSIGHT_ENTITIES, type InsightsScope } from './insightsScope';
import { KindSwitch } from './KindSwitch';
import { LifecycleCard } from './LifecycleCard';
import { NewAndLostCard } from './NewAndLostCard';
import { RevenueByAgeCard } from './RevenueByAgeCard';
import { SegmentsCard } from './SegmentsCard';
import { TopShareCard } from './TopShareCard';
import '../../deals/dashboard/dashboard.css';
import './insights.css';

export function CustomerInsightsPage() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const theme = useChartTheme();
  const [today] = useState(localToday);
  const [params, setParams] = useSearchParams();
  const kind: CustomerKind = params.get('kind') === 'company' ? 'company' : 'contact';
  const info = useApiQuery('app.info', () => api.app.info({}), INSIGHT_ENTITIES);
  const counts = info.data?.counts;
  const scope: InsightsScope = {
    kind,
    kindName: t(`insights.kind.${kind}`),
    currency: settings.currency,
    today,
    theme,
  };
  const people = kind === 'contact';

  return (
    <div className="page dashboard-page insights-page" aria-busy={!info.data && !info.error}>
      <header className="page-header">
        <div className="page-title">
          <h1>{t('insights.title')}</h1>
        </div>
        <div className="page-actions">
          <KindSwitch
            value={kind}
            onChange={(next) => setParams(next === 'company' ? { kind: next } : {}, { replace: true })}
          />
        </div>
      </header>
      {info.error && <ErrorNotice error={info.error} onRetry={info.reload} />}
      {counts && counts.contacts + counts.companies === 0 && (
        <EmptyState icon="chart" title={t('insights.empty.title')} body={t('insights.empty.body')}>
          <Link to="/contacts" className="btn btn-primary">
            {t('insights.empty.action')}
          </Link>
        </EmptyState>
      )}
      {counts && counts.contacts + counts.companies > 0 && (
        // Keyed by kind: each card starts again from its default period when the switch turns.
        <div className="dashboard-grid" key={kind}>
          <SegmentsCard scope={scope} />
          {people ? <LifecycleCard scope={scope} /> : <TopShareCard scope={scope} />}
          <NewAndLostCard scope={scope} />
          <RevenueByAgeCard scope={scope} />
          {people && <TopShareCard scope={scope} />}
          <ActivityCard scope={scope} className={people ? undefined : 'insights-wide'} />
        </div>
      )}
    </div>
  );
}
