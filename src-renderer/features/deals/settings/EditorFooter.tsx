// Save and Cancel under an editor that collects several changes before saving them at once; says whether
// there is anything unsaved.
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Icon } from '../../../components/Icon';

interface EditorFooterProps {
  formId: string;
  dirty: boolean;
  submitting: boolean;
  onCancel: () => void;
}

export function EditorFooter({ formId, dirty, submitting, onCancel }: EditorFooterProps) {
  const { t } = useTranslation();
  return (
    <footer className="editor-footer">
      <span className={dirty ? 'editor-status is-dirty' : 'editor-status'} aria-live="polite">
        {dirty && <Icon name="edit" />}
        {dirty ? t('dealSettings.unsaved') : t('dealSettings.noChanges')}
      </span>
      <Button onClick={onCancel} disabled={!dirty || submitting}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" form={formId} variant="primary" disabled={!dirty || submitting}>
        {submitting ? t('common.saving') : t('common.save')}
      </Button>
    </footer>
  );
}
