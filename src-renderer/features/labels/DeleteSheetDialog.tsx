// "Delete this sheet?" for a custom label sheet, from the sheet picker or its editor; main deletes the printer
// calibrations saved for it in the same transaction.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/useToast';
import type { StoredCustomSheet } from './useCustomSheets';

interface DeleteSheetDialogProps {
  stored: StoredCustomSheet;
  onClose: () => void;
  onDeleted: (id: string) => void;
}

export function DeleteSheetDialog({ stored, onClose, onDeleted }: DeleteSheetDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const name = stored.sheet.name;
  return (
    <ConfirmDialog
      title={t('mailingLabels.sheetEditor.deleteTitle', { name })}
      body={t('mailingLabels.sheetEditor.deleteBody')}
      confirmLabel={t('mailingLabels.sheetEditor.deleteConfirm')}
      onConfirm={async () => {
        try {
          await api.labels.deleteSheet({ id: stored.id });
          toast.show({ message: t('mailingLabels.sheetEditor.deleted', { name }) });
          onDeleted(stored.id);
        } catch (error) {
          toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
        }
      }}
      onClose={onClose}
    />
  );
}
