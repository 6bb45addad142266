// The activity history of a person, a company or a deal, newest first, with the quick-add composer on top.
// On the page, pressing A (when not typing) starts logging a call.
import type { Activity } from '@shared/domain/activity';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Card } from '../../components/Card';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { dialogStack } from '../../components/dialogStack';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useToast } from '../../components/useToast';
import { isTypingTarget } from '../../hooks/platform';
import { ActivityEditDialog } from './ActivityEditDialog';
import { ActivityItem } from './ActivityItem';
import { CalendarHistoryItem } from './CalendarHistoryItem';
import { QuickAddActivity, type QuickAddHandle } from './QuickAddActivity';

interface ActivitySectionProps {
  contactId?: number;
  companyId?: number;
  /** A deal's history: what was logged with it; new entries are also filed under its company and person. */
  deal?: { id: number; companyId: number | null; contactId: number | null };
}

export function ActivitySection({ contactId, companyId, deal }: ActivitySectionProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const composer = useRef<QuickAddHandle>(null);
  const [editing, setEditing] = useState<Activity | null>(null);
  const [deleting, setDeleting] = useState<Activity | null>(null);
  const query = useApiQuery(
    `activities:${contactId ?? ''}:${companyId ?? ''}:${deal?.id ?? ''}`,
    () =>
      api.activities.list(
        deal ? { dealId: deal.id, limit: 1000 } : contactId ? { contactId, limit: 1000 } : { companyId, limit: 1000 },
      ),
    ['activity'],
  );
  const activities = [...(query.data ?? [])].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id - a.id);
  // What the calendar holds that is done or took place belongs to the history too (read from the calendar).
  const entity = deal
    ? { entityType: 'deal' as const, id: deal.id }
    : contactId
      ? { entityType: 'contact' as const, id: contactId }
      : { entityType: 'company' as const, id: companyId! };
  const calendar = useApiQuery(`calendar:${entity.entityType}:${entity.id}`, () => api.calendar.ofRecord(entity), [
    'calendar',
  ]);
  const timeline = [
    ...activities.map((activity) => ({ at: activity.occurredAt, activity, occurrence: null })),
    ...(calendar.data?.past ?? []).map((occurrence) => ({
      at: occurrence.doneAt ?? new Date(occurrence.start).toISOString(),
      activity: null,
      occurrence,
    })),
  ].sort((a, b) => b.at.localeCompare(a.at));

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'a' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTypingTarget(event.target) || dialogStack.anyOpen()) return;
      event.preventDefault();
      composer.current?.start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <Card title={t('activity.history')} icon="call" className="activity-card">
      <QuickAddActivity
        ref={composer}
        contactId={deal ? deal.contactId : (contactId ?? null)}
        companyId={deal ? deal.companyId : (companyId ?? null)}
        dealId={deal?.id ?? null}
      />
      {query.error ? (
        <ErrorNotice error={query.error} onRetry={query.reload} />
      ) : timeline.length === 0 ? (
        // Nothing until both the log and the calendar have answered: no empty list, no "empty" that is not.
        query.loading || calendar.loading ? null : (
          <p className="muted timeline-empty">{contactId || deal ? t('activity.empty') : t('activity.emptyCompany')}</p>
        )
      ) : (
        <ol className="timeline" aria-label={t('activity.history')}>
          {timeline.map(({ activity, occurrence }) =>
            activity ? (
              <ActivityItem
                key={activity.id}
                activity={activity}
                showContact={companyId !== undefined || deal !== undefined}
                showDeal={deal === undefined}
                onEdit={() => setEditing(activity)}
                onDelete={() => setDeleting(activity)}
              />
            ) : (
              <CalendarHistoryItem key={`c${occurrence.eventId}|${occurrence.occurrence}`} occurrence={occurrence} />
            ),
          )}
        </ol>
      )}
      {editing && <ActivityEditDialog activity={editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <ConfirmDialog
          title={t('activity.deleteTitle')}
          body={t('activity.deleteBody', { summary: deleting.summary })}
          confirmLabel={t('common.delete')}
          onClose={() => setDeleting(null)}
          onConfirm={async () => {
            await api.activities.delete({ id: deleting.id });
            toast.show({ message: t('activity.deleted') });
          }}
        />
      )}
    </Card>
  );
}
