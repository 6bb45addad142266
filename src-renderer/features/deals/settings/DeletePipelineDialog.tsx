// "Delete this pipeline?" Main refuses the last pipeline and one with open deals; the refusal is shown here,
// in the dialog, as main words it.
import type { Pipeline } from '@shared/domain/deals';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Icon } from '../../../components/Icon';
import { useToast } from '../../../components/useToast';
import { pipelineLabel } from '../names';

interface DeletePipelineDialogProps {
  pipeline: Pipeline;
  onClose: () => void;
  onDeleted: () => void;
}

export function DeletePipelineDialog({ pipeline, onClose, onDeleted }: DeletePipelineDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const bodyId = useId();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const name = pipelineLabel(t, pipeline);

  const confirm = async () => {
    setBusy(true);
    try {
      await api.pipelines.delete({ id: pipeline.id });
      toast.show({ message: t('dealSettings.pipelines.deleted', { name }) });
      onDeleted();
    } catch (error) {
      setRefusal((error as Error).message);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('dealSettings.pipelines.deleteTitle', { name })}
      onClose={onClose}
      size="sm"
      role="alertdialog"
      describedBy={bodyId}
      footer={
        refusal === null ? (
          <>
            <Button onClick={onClose} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button variant="danger" onClick={() => void confirm()} disabled={busy}>
              {t('dealSettings.pipelines.delete')}
            </Button>
          </>
        ) : (
          <Button onClick={onClose} data-autofocus>
            {t('common.close')}
          </Button>
        )
      }
    >
      <div id={bodyId}>
        {refusal === null ? (
          <p className="muted">{t('dealSettings.pipelines.deleteBody')}</p>
        ) : (
          <div className="refusal" role="alert">
            <Icon name="warning" />
            <div>
              <strong>{t('dealSettings.pipelines.deleteRefused')}</strong>
              <p>{refusal}</p>
            </div>
          </div>
        )}
      </div>
    </Dialog>
  );
}
