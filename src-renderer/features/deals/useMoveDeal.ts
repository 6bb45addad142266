// Moving a deal to a stage (and a place in its column), from the board or the deal's page: main is asked, the
// user is told where it went, or why it did not move. Resolves to whether it moved.
import type { DealCard, Stage } from '@shared/domain/deals';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useToast } from '../../components/useToast';
import type { Closing } from './board/CloseDealDialog';
import { stageLabel } from './names';

export function useMoveDeal() {
  const { t } = useTranslation();
  const toast = useToast();
  return async (
    deal: Pick<DealCard, 'id' | 'title' | 'stageId'>,
    stage: Stage,
    options: { beforeId?: number | null; closing?: Closing } = {},
  ): Promise<boolean> => {
    try {
      await api.deals.move({
        id: deal.id,
        stageId: stage.id,
        beforeId: options.beforeId ?? null,
        closedOn: options.closing?.closedOn ?? null,
        lostReasonId: options.closing?.lostReasonId ?? null,
        lostNote: options.closing?.lostNote ?? '',
      });
      if (stage.id !== deal.stageId)
        toast.show({ message: t('board.drag.moved', { title: deal.title, stage: stageLabel(t, stage) }) });
      return true;
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
      return false;
    }
  };
}
