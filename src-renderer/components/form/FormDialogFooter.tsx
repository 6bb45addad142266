// Cancel and Save for a dialog whose form lives in its body (linked by the form's id).
import { useTranslation } from 'react-i18next';
import { Button } from '../Button';

export function FormDialogFooter({
  formId,
  submitting,
  onCancel,
}: {
  formId: string;
  submitting: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="submit" form={formId} variant="primary" disabled={submitting}>
        {submitting ? t('common.saving') : t('common.save')}
      </Button>
    </>
  );
}
