// Moves people or companies to the Trash and offers Undo in a toast.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useToast } from '../../components/useToast';

export function useMoveToTrash() {
  const { t } = useTranslation();
  const toast = useToast();
  return useCallback(
    async (entityType: 'contact' | 'company', ids: number[]) => {
      if (entityType === 'contact') await api.contacts.delete({ ids });
      else await api.companies.delete({ ids });
      toast.show({
        message: ids.length === 1 ? t('common.movedToTrash') : t('common.movedToTrashCount', { count: ids.length }),
        action: {
          label: t('common.undo'),
          onClick: () => {
            void api.trash
              .restore({ items: ids.map((id) => ({ entityType, id })) })
              .then(() => toast.show({ message: t('common.restored') }));
          },
        },
      });
    },
    [t, toast],
  );
}
