// Removing a stage that still has open deals: the user says which remaining stage they move to.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Select } from '../../../components/Select';

export interface MoveTarget {
  id: number;
  label: string;
}

interface MoveStageDealsDialogProps {
  stage: string;
  deals: number;
  /** The saved stages that stay, in order; the first one is proposed. */
  targets: MoveTarget[];
  onConfirm: (moveTo: number) => void;
  onClose: () => void;
}

export function MoveStageDealsDialog({ stage, deals, targets, onConfirm, onClose }: MoveStageDealsDialogProps) {
  const { t } = useTranslation();
  const [moveTo, setMoveTo] = useState<number | null>(targets[0]?.id ?? null);
  return (
    <Dialog
      title={t('dealSettings.moveDeals.title', { stage })}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="danger" disabled={moveTo === null} onClick={() => moveTo !== null && onConfirm(moveTo)}>
            {t('dealSettings.moveDeals.confirm')}
          </Button>
        </>
      }
    >
      <div className="move-deals">
        <p>{t('dealSettings.moveDeals.body', { stage, count: deals })}</p>
        {targets.length > 0 ? (
          <Select
            label={t('dealSettings.moveDeals.target')}
            value={moveTo === null ? '' : String(moveTo)}
            options={targets.map((s) => ({ value: String(s.id), label: s.label }))}
            onChange={(e) => setMoveTo(Number(e.target.value))}
          />
        ) : (
          <p className="move-deals-warning" role="alert">
            {t('dealSettings.moveDeals.noTarget')}
          </p>
        )}
        <p className="field-hint">{t('dealSettings.moveDeals.hint')}</p>
      </div>
    </Dialog>
  );
}
