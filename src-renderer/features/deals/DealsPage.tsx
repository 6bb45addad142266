// Deals: the board (or the same deals as a sortable list) of one pipeline, with filters, quick add and a new-deal
// form; links to the numbers and to pipeline settings.
import type { Board, Pipeline, Stage } from '@shared/domain/deals';
import { EMPTY_DEAL_FILTER, emptyDealInput, type DealFilter } from '@shared/validation/deals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { useSettings } from '../../app/settingsContext';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/useToast';
import { useStickyState } from '../../hooks/useStickyState';
import { DealBoard } from './board/DealBoard';
import { DealFilterBar } from './board/DealFilterBar';
import { DealFormDialog } from './DealFormDialog';
import { DealList } from './DealList';
import { pipelineLabel } from './names';
import { todayLocal } from './todayLocal';

/** Cards a column shows at first, and how many more each time a long column is scrolled to its end. */
const BOARD_PAGE = 100;
import './deals.css';

export function DealsPage() {
  const { t } = useTranslation();
  const { settings } = useSettings();
  const navigate = useNavigate();
  const toast = useToast();
  const [view, setView] = useStickyState<'board' | 'list'>('deals.view', 'board');
  const [filter, setFilter] = useStickyState<DealFilter>('deals.filter', EMPTY_DEAL_FILTER);
  const [pipelineId, setPipelineId] = useStickyState<number | null>('deals.pipeline', null);
  const [creating, setCreating] = useState(false);
  // Cards per column: the first page, and more as long columns are scrolled.
  const [perColumn, setPerColumn] = useState(BOARD_PAGE);
  const pipelines = useApiQuery('pipelines', () => api.pipelines.list({}), ['pipeline']);
  const pipeline: Pipeline | undefined = pipelines.data?.find((p) => p.id === pipelineId) ?? pipelines.data?.[0];
  const board = useApiQuery(
    view === 'board' && pipeline ? `board:${pipeline.id}:${JSON.stringify(filter)}:${perColumn}` : null,
    () => api.deals.board({ pipelineId: pipeline!.id, filter, perColumn }),
    ['deal', 'pipeline', 'company', 'contact'],
  );
  const today = todayLocal();
  // While more cards load, keep showing the board as it was (same pipeline and filter), so nothing jumps.
  const boardKey = pipeline ? `${pipeline.id}:${JSON.stringify(filter)}` : '';
  const [lastBoard, setLastBoard] = useState<{ key: string; data: Board } | null>(null);
  if (board.data && lastBoard?.data !== board.data) setLastBoard({ key: boardKey, data: board.data });
  const boardData = board.data ?? (lastBoard?.key === boardKey ? lastBoard.data : undefined);

  const quickAdd = async (stage: Stage, title: string) => {
    try {
      await api.deals.create({
        deal: {
          ...emptyDealInput({ pipelineId: stage.pipelineId, stageId: stage.id, currency: settings.currency }),
          title,
        },
      });
      toast.show({ message: t('board.form.created', { title }) });
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  };

  if (pipelines.error) return <ErrorNotice error={pipelines.error} onRetry={pipelines.reload} />;
  const noDeals =
    boardData !== undefined &&
    boardData.columns.every((c) => c.count === 0) &&
    JSON.stringify(filter) === JSON.stringify(EMPTY_DEAL_FILTER) &&
    (pipelines.data ?? []).every((p) => p.openDeals === 0);

  return (
    <div className="page page-list page-deals">
      <header className="page-header">
        <div className="page-title">
          <h1>{t('board.title')}</h1>
          {pipelines.data && pipelines.data.length > 1 && pipeline && (
            <select
              className="input select pipeline-select"
              aria-label={t('board.pipeline')}
              value={pipeline.id}
              onChange={(e) => setPipelineId(Number(e.target.value))}
            >
              {pipelines.data.map((p) => (
                <option key={p.id} value={p.id}>
                  {pipelineLabel(t, p)}
                </option>
              ))}
            </select>
          )}
        </div>
        <div className="page-actions">
          <div className="segmented" role="radiogroup" aria-label={t('board.views.label')}>
            {(['board', 'list'] as const).map((v) => (
              <label key={v} className={view === v ? 'is-checked' : ''}>
                <input type="radio" name="deals-view" checked={view === v} onChange={() => setView(v)} />
                <Icon name={v} size={14} /> {t(`board.views.${v}`)}
              </label>
            ))}
          </div>
          <Link className="btn btn-ghost" to="/deals/numbers">
            <Icon name="chart" />
            {t('board.numbers')}
          </Link>
          <Link className="btn btn-ghost" to="/deals/settings">
            <Icon name="settings" />
            {t('board.settings')}
          </Link>
          <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
            {t('board.newDeal')}
          </Button>
        </div>
      </header>
      <DealFilterBar filter={filter} onChange={setFilter} />
      {noDeals && (
        <div className="deals-empty-banner">
          <EmptyState icon="funnel" title={t('board.empty.title')} body={t('board.empty.body')}>
            <Button variant="primary" icon="plus" onClick={() => setCreating(true)}>
              {t('board.newDeal')}
            </Button>
          </EmptyState>
        </div>
      )}
      {pipeline && view === 'board' && board.error && <ErrorNotice error={board.error} onRetry={board.reload} />}
      {pipeline && view === 'board' && boardData && !noDeals && (
        <DealBoard
          board={boardData}
          stages={pipeline.stages}
          currency={settings.currency}
          today={today}
          staleDays={settings.staleDealDays}
          showsRecentClosedOnly={filter.closePeriod === 'any'}
          onQuickAdd={quickAdd}
          onLoadMore={() => setPerColumn((n) => n + BOARD_PAGE)}
        />
      )}
      {pipeline && view === 'list' && (
        <DealList pipeline={pipeline} filter={filter} today={today} staleDays={settings.staleDealDays} />
      )}
      {creating && pipeline && (
        <DealFormDialog
          defaults={{ pipelineId: pipeline.id, stageId: pipeline.stages[0]!.id }}
          onClose={() => setCreating(false)}
          onSaved={(deal) => {
            setCreating(false);
            void navigate(`/deals/${deal.id}`);
          }}
        />
      )}
    </div>
  );
}
