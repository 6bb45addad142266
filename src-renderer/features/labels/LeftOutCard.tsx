// Who is chosen but gets no label, and why (main words the reason, in English; it is shown as it comes).
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';

export interface LeftOutPerson {
  entityType: 'contact' | 'company';
  id: number;
  name: string;
  reason: string;
}

export function LeftOutCard({ leftOut }: { leftOut: readonly LeftOutPerson[] }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('mailingLabels.leftOut.heading', { count: leftOut.length })}
      icon="warning"
      className="labels-card labels-left-out"
    >
      {leftOut.length === 0 ? (
        <p className="muted small">{t('mailingLabels.leftOut.none')}</p>
      ) : (
        <ul className="labels-left-out-list">
          {leftOut.map((p) => (
            <li key={`${p.entityType}-${p.id}`}>
              <Link
                to={p.entityType === 'contact' ? `/contacts/${p.id}` : `/companies/${p.id}`}
                aria-label={t('mailingLabels.leftOut.open', { name: p.name })}
              >
                {p.name}
              </Link>
              <span className="muted small">{p.reason}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
