// Shown for an address that leads nowhere, or an item that no longer exists.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../components/EmptyState';

export function NotFound({ backTo = '/contacts' }: { backTo?: string }) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <EmptyState icon="search" title={t('errors.notFound')} body={t('errors.notFoundBody')}>
        <Link className="btn btn-secondary" to={backTo}>
          {t('errors.back')}
        </Link>
      </EmptyState>
    </div>
  );
}
