// One entry of the history: kind, when, summary, outcome, and (on a company page) who it was with.
import type { Activity } from '@shared/domain/activity';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconButton } from '../../components/IconButton';
import { useFormat } from '../../i18n/useFormat';
import { ActivityKindIcon } from './ActivityKindIcon';

interface ActivityItemProps {
  activity: Activity;
  showContact: boolean;
  /** Name the deal it was about (not on the deal's own page). */
  showDeal?: boolean;
  onEdit: () => void;
  onDelete: () => void;
}

export function ActivityItem({ activity, showContact, showDeal = true, onEdit, onDelete }: ActivityItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <li className="timeline-item">
      <ActivityKindIcon kind={activity.kind} />
      <div className="timeline-content">
        <div className="timeline-meta">
          <span className="timeline-kind">{t(`activity.kinds.${activity.kind}`)}</span>
          <time dateTime={activity.occurredAt} title={format.dateTime(activity.occurredAt)}>
            {format.dateTime(activity.occurredAt)}
          </time>
          {showContact && activity.contactId && activity.contactName && (
            <Link to={`/contacts/${activity.contactId}`} className="timeline-with">
              {t('activity.with', { name: activity.contactName })}
            </Link>
          )}
          {showDeal && activity.dealId && activity.dealTitle && (
            <Link to={`/deals/${activity.dealId}`} className="timeline-with">
              {t('activity.aboutDeal', { title: activity.dealTitle })}
            </Link>
          )}
        </div>
        <p className="timeline-summary">{activity.summary}</p>
        {activity.outcome && <p className="timeline-outcome">{activity.outcome}</p>}
      </div>
      <div className="timeline-actions" role="group" aria-label={t('activity.actions', { summary: activity.summary })}>
        <IconButton icon="edit" label={t('activity.editNamed', { summary: activity.summary })} onClick={onEdit} />
        <IconButton icon="trash" label={t('activity.deleteNamed', { summary: activity.summary })} onClick={onDelete} />
      </div>
    </li>
  );
}
