// "Probably already in Rapport: Ada Lovelace (same email ada@example.com)" with a link to that record.
import type { DuplicateHit } from '@shared/domain/contact';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';

export function DuplicateWarning({ hits, onOpen }: { hits: DuplicateHit[]; onOpen: () => void }) {
  const { t } = useTranslation();
  if (hits.length === 0) return null;
  return (
    <div className="duplicate-warning" role="status">
      <Icon name="warning" />
      <div>
        <strong>{t('form.duplicateTitle')}</strong>
        <ul>
          {hits.slice(0, 3).map((hit) => (
            <li key={`${hit.entityType}-${hit.id}-${hit.reason}`}>
              <Link to={`/${hit.entityType === 'contact' ? 'contacts' : 'companies'}/${hit.id}`} onClick={onOpen}>
                {hit.displayName}
              </Link>{' '}
              <span className="muted">{t(`form.duplicateReason.${hit.reason}`, { value: hit.value })}</span>
            </li>
          ))}
        </ul>
        <span className="muted">{t('form.duplicateHint')}</span>
      </div>
    </div>
  );
}
