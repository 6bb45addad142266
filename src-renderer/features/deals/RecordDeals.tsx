// A person's or company's deals on their page: open ones first with stage and amount, won total, and a new deal
// already linked to them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { useSettings } from '../../app/settingsContext';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { useFormat } from '../../i18n/useFormat';
import { DealFormDialog, type DealDefaults } from './DealFormDialog';
import { stageLabel } from './names';

export function RecordDeals({
  entityType,
  id,
  name,
  company,
}: {
  entityType: 'contact' | 'company';
  id: number;
  name: string;
  /** A person's company, offered on a new deal. */
  company?: { id: number; name: string } | null;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const { settings } = useSettings();
  const [creating, setCreating] = useState<DealDefaults | null>(null);
  const deals = useApiQuery(`deals:${entityType}:${id}`, () => api.deals.ofRecord({ entityType, id }), [
    'deal',
    'pipeline',
  ]);
  const pipelines = useApiQuery('pipelines', () => api.pipelines.list({}), ['pipeline']);
  const stages = new Map((pipelines.data ?? []).flatMap((p) => p.stages).map((s) => [s.id, s]));
  const won = (deals.data ?? []).filter((d) => d.status === 'won' && d.currency === settings.currency);
  const wonTotal = won.reduce((sum, d) => sum + d.amount, 0);
  const first = pipelines.data?.[0];

  return (
    <Card
      title={t('board.record.title')}
      icon="funnel"
      actions={
        first && (
          <Button
            size="sm"
            icon="plus"
            onClick={() =>
              setCreating({
                pipelineId: first.id,
                stageId: first.stages[0]!.id,
                ...(entityType === 'company'
                  ? { company: { id, name } }
                  : { contacts: [{ id, name }], ...(company ? { company } : {}) }),
              })
            }
          >
            {t('board.record.add')}
          </Button>
        )
      }
    >
      {(deals.data ?? []).length === 0 ? (
        deals.loading ? null : (
          <p className="muted">{t('board.record.none')}</p>
        )
      ) : (
        <>
          <ul className="record-deals">
            {deals.data!.map((d) => {
              const stage = stages.get(d.stageId);
              return (
                <li key={d.id}>
                  <Link to={`/deals/${d.id}`}>{d.title}</Link>
                  <span className={`stage-pill kind-${d.status}`}>{stage ? stageLabel(t, stage) : ''}</span>
                  <span className="record-deal-amount">{format.money(d.amount, d.currency)}</span>
                </li>
              );
            })}
          </ul>
          {won.length > 0 && (
            <p className="muted small">
              {t('board.record.wonTotal', { amount: format.money(wonTotal, settings.currency) })}
            </p>
          )}
        </>
      )}
      {creating && (
        <DealFormDialog
          defaults={creating}
          onClose={() => setCreating(null)}
          onSaved={(deal) => {
            setCreating(null);
            void navigate(`/deals/${deal.id}`);
          }}
        />
      )}
    </Card>
  );
}
