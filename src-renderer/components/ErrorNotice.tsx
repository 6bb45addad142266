// An inline error with a retry button, for a screen whose data could not be loaded.
import { useTranslation } from 'react-i18next';
import { Button } from './Button';

export function ErrorNotice({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="error-notice" role="alert">
      <p>{t('common.error', { message: error.message })}</p>
      {onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    </div>
  );
}
