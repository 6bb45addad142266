// The pipelines: pick one to edit its stages, add a new one, delete one. Leaving a pipeline with unsaved edits
// asks first.
import { EMPTY_DEAL_FILTER } from '@shared/validation/deals';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useFormat } from '../../../i18n/useFormat';
import { pipelineLabel } from '../names';
import { DeletePipelineDialog } from './DeletePipelineDialog';
import { NewPipelineDialog } from './NewPipelineDialog';
import { PipelineEditor } from './PipelineEditor';

interface PipelinesSectionProps {
  dirty: boolean;
  onDirtyChange: (dirty: boolean) => void;
}

export function PipelinesSection({ dirty, onDirtyChange }: PipelinesSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useApiQuery('pipelines.list', () => api.pipelines.list({}), ['pipeline', 'deal']);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const [switchTo, setSwitchTo] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const pipelines = useMemo(() => query.data ?? [], [query.data]);
  const selected = pipelines.find((p) => p.id === selectedId) ?? pipelines[0];

  const board = useApiQuery(
    selected ? `deals.board:${selected.id}` : null,
    () => api.deals.board({ pipelineId: selected!.id, filter: EMPTY_DEAL_FILTER }),
    ['deal', 'pipeline'],
  );
  const dealCounts = useMemo(
    () => (board.data ? new Map(board.data.columns.map((c) => [c.stageId, c.count])) : undefined),
    [board.data],
  );

  const select = (id: number) => {
    if (id === selected?.id) return;
    if (dirty) setSwitchTo(id);
    else setSelectedId(id);
  };

  if (query.error) return <ErrorNotice error={query.error} onRetry={query.reload} />;
  if (!selected) return null;

  return (
    <div className="pipelines-layout">
      <nav className="pipeline-nav" aria-label={t('dealSettings.pipelines.listLabel')}>
        <ul>
          {pipelines.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className={`pipeline-nav-item ${p.id === selected.id ? 'is-selected' : ''}`}
                aria-current={p.id === selected.id ? 'true' : undefined}
                onClick={() => select(p.id)}
              >
                <span className="pipeline-nav-name">{pipelineLabel(t, p)}</span>
                <span className="pipeline-nav-meta">
                  {t('dealSettings.pipelines.openDeals', {
                    count: p.openDeals,
                    formattedCount: format.number(p.openDeals),
                  })}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <Button variant="ghost" size="sm" icon="plus" onClick={() => setCreating(true)}>
          {t('dealSettings.pipelines.new')}
        </Button>
      </nav>
      <PipelineEditor
        key={selected.id}
        pipeline={selected}
        dealCounts={board.data?.pipelineId === selected.id ? dealCounts : undefined}
        onDirtyChange={onDirtyChange}
        onDelete={() => setDeleting(true)}
      />
      {creating && (
        <NewPipelineDialog
          pipelines={pipelines}
          templateId={selected.id}
          onClose={() => setCreating(false)}
          onCreated={(created) => {
            setCreating(false);
            query.reload();
            select(created.id);
          }}
        />
      )}
      {deleting && (
        <DeletePipelineDialog
          pipeline={selected}
          onClose={() => setDeleting(false)}
          onDeleted={() => {
            setDeleting(false);
            setSelectedId(pipelines.find((p) => p.id !== selected.id)?.id ?? null);
            onDirtyChange(false);
          }}
        />
      )}
      {switchTo !== null && (
        <ConfirmDialog
          title={t('dealSettings.discardTitle')}
          body={t('dealSettings.discardBody')}
          confirmLabel={t('dealSettings.discard')}
          onClose={() => setSwitchTo(null)}
          onConfirm={() => {
            setSelectedId(switchTo);
            onDirtyChange(false);
          }}
        />
      )}
    </div>
  );
}
