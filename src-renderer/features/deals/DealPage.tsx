// One deal: where it stands (stage steps to move it), its value and people, product lines, how long it spent in
// each stage, its calendar and its activity history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { weighted } from '@shared/deals/money';
import { api } from '../../api/api';
import { ApiError } from '../../api/ApiError';
import { useApiQuery } from '../../api/useApiQuery';
import { NotFound } from '../../app/NotFound';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/useToast';
import { useFormat } from '../../i18n/useFormat';
import { ActivitySection } from '../activities/ActivitySection';
import { RecordCalendar } from '../calendar/RecordCalendar';
import { dealWarnings } from './board/DealCardView';
import { DealFormDialog } from './DealFormDialog';
import { DealStageBar } from './DealStageBar';
import { RefundDialog } from './RefundDialog';
import { lostReasonLabel, stageLabel } from './names';
import { todayLocal } from './todayLocal';
import { useSettings } from '../../app/settingsContext';
import './deals.css';

export function DealPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const toast = useToast();
  const { settings } = useSettings();
  const id = Number(useParams().id);
  const [editing, setEditing] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [refunding, setRefunding] = useState(false);
  const query = useApiQuery(`deal:${id}`, () => api.deals.get({ id }), ['deal', 'company', 'contact', 'pipeline']);
  const pipelines = useApiQuery('pipelines', () => api.pipelines.list({}), ['pipeline']);
  const reasons = useApiQuery('lostReasons:all', () => api.lostReasons.list({ includeArchived: true }), ['deal']);
  const deal = query.data;

  if (query.error instanceof ApiError && (query.error.code === 'not_found' || query.error.code === 'invalid_input')) {
    return <NotFound backTo="/deals" />;
  }
  if (query.error) return <ErrorNotice error={query.error} onRetry={query.reload} />;
  if (!deal || !pipelines.data) return <div className="page" aria-busy="true" />;

  const pipeline = pipelines.data.find((p) => p.id === deal.pipelineId);
  const stages = pipeline?.stages ?? [];
  // History names stages that may have been removed since: keep their names from the pipeline list when known.
  const stageName = (stageId: number) => {
    const stage = stages.find((s) => s.id === stageId);
    return stage ? stageLabel(t, stage) : '—';
  };
  const reason = reasons.data?.find((r) => r.id === deal.lostReasonId);
  const warn = dealWarnings(deal, todayLocal(), settings.staleDealDays);
  const primaryContact = deal.contacts[0];

  return (
    <div className="page page-detail page-deal">
      <Link to="/deals" className="back-link">
        ← {t('board.page.back')}
      </Link>
      <header className="entity-header deal-header">
        <div className="deal-header-icon" aria-hidden="true">
          <Icon name="funnel" size={22} />
        </div>
        <div className="entity-heading">
          <h1>{deal.title}</h1>
          <p className="entity-sub">
            {deal.companyId && deal.companyName && <Link to={`/companies/${deal.companyId}`}>{deal.companyName}</Link>}
            {deal.contacts.map((c) => (
              <Link key={c.id} to={`/contacts/${c.id}`}>
                {c.name}
              </Link>
            ))}
          </p>
          <div className="entity-badges">
            <span className={`stage-pill kind-${deal.status}`}>{stageName(deal.stageId)}</span>
            {deal.tags.map((tag) => (
              <span key={tag} className="chip chip-static">
                {tag}
              </span>
            ))}
            {warn.overdue && <span className="badge badge-danger">{t('board.card.overdue')}</span>}
            {warn.staleDays !== null && (
              <span className="badge badge-warning">{t('board.card.stale', { count: warn.staleDays })}</span>
            )}
          </div>
        </div>
        <div className="deal-header-value">
          <div className="deal-amount">{format.money(deal.amount, deal.currency)}</div>
          {deal.status === 'open' && (
            <div className="muted small">
              {t('board.page.weighted', {
                amount: format.money(weighted(deal.amount, deal.probability), deal.currency),
                probability: deal.probability,
              })}
            </div>
          )}
          {deal.status === 'won' && deal.refunded > 0 && (
            <div className="muted small">
              {t('customerValue.refund.summary', {
                refunded: format.money(deal.refunded, deal.currency),
                amount: format.money(deal.amount, deal.currency),
              })}
            </div>
          )}
        </div>
        <div className="entity-actions">
          {deal.status === 'won' && (
            <Button icon="restore" onClick={() => setRefunding(true)}>
              {t('customerValue.refund.action')}
            </Button>
          )}
          <Button icon="edit" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </Button>
          <Button icon="trash" variant="ghost" onClick={() => setConfirmDelete(true)}>
            {t('common.delete')}
          </Button>
        </div>
      </header>
      <DealStageBar deal={deal} stages={stages} />
      <div className="detail-grid">
        <div className="detail-side">
          <Card title={t('board.page.details')} icon="info">
            <dl className="deal-facts">
              <dt>{t('board.form.expectedClose')}</dt>
              <dd>{deal.expectedClose ? format.day(deal.expectedClose) : t('common.none')}</dd>
              <dt>{t('board.list.columns.probability')}</dt>
              <dd>
                {deal.probability}%
                {deal.probabilityOverride === null && deal.status === 'open' && (
                  <span className="muted small"> · {stageName(deal.stageId)}</span>
                )}
              </dd>
              {deal.closedOn && (
                <>
                  <dt>{t('board.form.closedOn')}</dt>
                  <dd>{format.day(deal.closedOn)}</dd>
                </>
              )}
              {deal.status === 'lost' && (
                <>
                  <dt>{t('board.form.lostReason')}</dt>
                  <dd>
                    {reason ? lostReasonLabel(t, reason) : t('common.none')}
                    {deal.lostNote && <div className="muted small">{deal.lostNote}</div>}
                  </dd>
                </>
              )}
              <dt>{t('board.form.source')}</dt>
              <dd>{deal.source || t('common.none')}</dd>
              <dt>{t('board.list.columns.lastActivity')}</dt>
              <dd>{format.relative(deal.lastActivityAt)}</dd>
            </dl>
          </Card>
          <Card title={t('board.form.lines')} icon="box">
            {deal.lines.length === 0 ? (
              <p className="muted">{t('board.page.noLines')}</p>
            ) : (
              <table className="deal-lines-table deal-lines-read">
                <tbody>
                  {deal.lines.map((line, i) => (
                    <tr key={i}>
                      <td>
                        {line.name}
                        <div className="muted small">
                          {format.number(line.quantity)} × {format.money(line.unitPrice, deal.currency)}
                          {line.discountPercent > 0 && ` − ${format.number(line.discountPercent)}%`}
                          {line.sku && ` · ${line.sku}`}
                        </div>
                      </td>
                      <td className="num">{format.money(line.total, deal.currency)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td className="num">{t('board.form.linesTotal')}</td>
                    <td className="num">
                      <strong>{format.money(deal.amount, deal.currency)}</strong>
                    </td>
                  </tr>
                </tfoot>
              </table>
            )}
          </Card>
          <Card title={t('board.form.notes')} icon="note">
            {deal.notes ? <p className="notes">{deal.notes}</p> : <p className="muted">{t('board.page.noNotes')}</p>}
          </Card>
          <Card title={t('board.page.history')} icon="clock">
            <ol className="stage-history">
              {deal.history.map((change, i) => (
                <li key={i}>
                  <span className="stage-history-what">
                    {i === 0
                      ? t('board.page.created', { stage: stageName(change.toStageId) })
                      : t('board.page.entered', { stage: stageName(change.toStageId) })}
                  </span>
                  <time className="muted small" dateTime={change.at}>
                    {format.dateTime(change.at)}
                  </time>
                  {change.days !== null && (
                    <span className="stage-history-days">
                      {t('board.page.days', { count: change.days })}
                      {i === deal.history.length - 1 && ` ${t('board.page.stillThere')}`}
                    </span>
                  )}
                </li>
              ))}
            </ol>
          </Card>
        </div>
        <div className="detail-main">
          <RecordCalendar link={{ entityType: 'deal', entityId: deal.id, name: deal.title }} />
          <ActivitySection deal={{ id: deal.id, companyId: deal.companyId, contactId: primaryContact?.id ?? null }} />
        </div>
      </div>
      {refunding && <RefundDialog deal={deal} onClose={() => setRefunding(false)} />}
      {editing && <DealFormDialog deal={deal} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
      {confirmDelete && (
        <ConfirmDialog
          title={t('board.page.deleteConfirm', { title: deal.title })}
          body={t('board.page.deleteBody')}
          confirmLabel={t('contacts.moveToTrash')}
          onClose={() => setConfirmDelete(false)}
          onConfirm={async () => {
            await api.deals.delete({ id: deal.id });
            toast.show({ message: t('common.movedToTrash') });
            void navigate('/deals');
          }}
        />
      )}
    </div>
  );
}
