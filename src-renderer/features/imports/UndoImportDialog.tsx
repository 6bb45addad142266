// "Undo this import?": removes the people it created and puts back what it changed.
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/useToast';

interface UndoImportDialogProps {
  batchId: number;
  fileName: string;
  created: number;
  updated: number;
  onClose: () => void;
  onUndone?: () => void;
}

export function UndoImportDialog({ batchId, fileName, created, updated, onClose, onUndone }: UndoImportDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  return (
    <ConfirmDialog
      title={t('imports.undo.title', { file: fileName })}
      body={t('imports.undo.body', { created, updated })}
      confirmLabel={t('imports.undo.confirm')}
      onClose={onClose}
      onConfirm={async () => {
        try {
          const { removed, restored } = await api.imports.undo({ batchId });
          toast.show({ message: t('imports.undo.done', { removed, restored }) });
          onUndone?.();
        } catch (e) {
          toast.show({ message: t('common.error', { message: (e as Error).message }), tone: 'error' });
        }
      }}
    />
  );
}
