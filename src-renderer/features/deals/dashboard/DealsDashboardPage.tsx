// The funnel's numbers: for one pipeline (the picker shows when there are several), the funnel, the forecast, won
// revenue, how deals closed and why they were lost, each card with its own period, a table of its numbers and a
// PNG export. A pipeline without deals gets a word on what will appear here instead of empty charts.
import { EMPTY_DEAL_FILTER } from '@shared/validation/deals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { useSettings } from '../../../app/settingsContext';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Icon } from '../../../components/Icon';
import { Select } from '../../../components/Select';
import { pipelineLabel } from '../names';
import { CloseFiguresCard } from './CloseFiguresCard';
import { DEAL_ENTITIES, type DashboardScope } from './dashboardScope';
import { ForecastCard } from './ForecastCard';
import { FunnelCard } from './FunnelCard';
import { LostReasonsCard } from './LostReasonsCard';
import { localToday } from './periods';
import { RevenueCard } from './RevenueCard';
import { useChartTheme } from './useChartTheme';
import './dashboard.css';

export function DealsDashboardPage() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const theme = useChartTheme();
  const [today] = useState(localToday);
  const [params, setParams] = useSearchParams();
  const pipelines = useApiQuery('pipelines.list', () => api.pipelines.list({}), DEAL_ENTITIES);
  const reasons = useApiQuery('lostReasons.list', () => api.lostReasons.list({ includeArchived: true }), ['deal']);
  const list = pipelines.data ?? [];
  const pipeline = list.find((p) => String(p.id) === params.get('pipeline')) ?? list[0];
  // Any deal at all in the pipeline, open or closed: without one there is nothing to draw yet.
  const anyDeal = useApiQuery(
    pipeline ? `deals.any|${pipeline.id}` : null,
    () =>
      api.deals.list({
        pipelineId: pipeline!.id,
        filter: EMPTY_DEAL_FILTER,
        status: 'all',
        sort: { field: 'created', direction: 'desc' },
        offset: 0,
        limit: 1,
      }),
    DEAL_ENTITIES,
  );

  const error = pipelines.error ?? reasons.error ?? anyDeal.error;
  const ready = pipeline && reasons.data && anyDeal.data;
  const scope: DashboardScope | undefined = pipeline && {
    pipeline,
    pipelineName: pipelineLabel(t, pipeline),
    currency: settings.currency,
    today,
    theme,
  };

  return (
    <div className="page dashboard-page" aria-busy={!ready && !error}>
      <header className="page-header">
        <div className="page-title">
          <h1>{t('dashboard.title')}</h1>
        </div>
        <div className="page-actions">
          {list.length > 1 && pipeline && (
            <Select
              label={t('dashboard.pipeline')}
              hideLabel
              fieldClassName="dashboard-pipeline"
              value={String(pipeline.id)}
              options={list.map((p) => ({ value: String(p.id), label: pipelineLabel(t, p) }))}
              onChange={(e) => setParams({ pipeline: e.target.value }, { replace: true })}
            />
          )}
          <Link to="/deals" className="btn btn-secondary">
            <Icon name="board" />
            {t('dashboard.backToBoard')}
          </Link>
        </div>
      </header>
      {error && (
        <ErrorNotice
          error={error}
          onRetry={() => {
            pipelines.reload();
            reasons.reload();
            anyDeal.reload();
          }}
        />
      )}
      {!error && ready && scope && anyDeal.data!.total === 0 && (
        <EmptyState icon="chart" title={t('dashboard.empty.title')} body={t('dashboard.empty.body')}>
          <Link to="/deals" className="btn btn-primary">
            {t('dashboard.empty.action')}
          </Link>
        </EmptyState>
      )}
      {!error && ready && scope && anyDeal.data!.total > 0 && (
        <div className="dashboard-grid">
          <FunnelCard scope={scope} />
          <ForecastCard scope={scope} />
          <RevenueCard scope={scope} />
          <div className="dashboard-stack">
            <CloseFiguresCard scope={scope} />
            <LostReasonsCard scope={scope} reasons={reasons.data!} />
          </div>
        </div>
      )}
    </div>
  );
}
