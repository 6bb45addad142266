// Asked when a deal is dropped on Won or Lost (or moved there from its page): the day it closed and, when lost,
// why — from the editable list of reasons.
import type { Stage } from '@shared/domain/deals';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/api';
import { useApiQuery } from '../../../api/useApiQuery';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { Select } from '../../../components/Select';
import { TextField } from '../../../components/TextField';
import { lostReasonLabel } from '../names';

export interface Closing {
  closedOn: string;
  lostReasonId: number | null;
  lostNote: string;
}

export function CloseDealDialog({
  title,
  stage,
  today,
  onClose,
  onConfirm,
}: {
  title: string;
  stage: Pick<Stage, 'kind'>;
  today: string;
  onClose: () => void;
  onConfirm: (closing: Closing) => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const lost = stage.kind === 'lost';
  const reasons = useApiQuery('lostReasons', () => api.lostReasons.list({ includeArchived: false }), ['deal']);
  const [closedOn, setClosedOn] = useState(today);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const missingReason = lost && reason === '';
  const badDate = !/^\d{4}-\d{2}-\d{2}$/.test(closedOn) || closedOn > today;

  const confirm = async () => {
    setTried(true);
    if (missingReason || badDate) return;
    setBusy(true);
    try {
      await onConfirm({ closedOn, lostReasonId: lost ? Number(reason) : null, lostNote: lost ? note : '' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t(lost ? 'board.close.lostTitle' : 'board.close.wonTitle', { title })}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant={lost ? 'danger' : 'primary'} disabled={busy} onClick={() => void confirm()}>
            {t(lost ? 'board.close.confirmLost' : 'board.close.confirmWon')}
          </Button>
        </>
      }
    >
      <form
        className="entity-form"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        <TextField
          type="date"
          label={t(lost ? 'board.close.lostOn' : 'board.close.wonOn')}
          value={closedOn}
          max={today}
          onChange={(e) => setClosedOn(e.target.value)}
          error={tried && badDate ? t('validation.date') : undefined}
          data-autofocus={lost ? undefined : true}
        />
        {lost && (
          <>
            <Select
              label={t('board.close.reason')}
              value={reason}
              data-autofocus
              onChange={(e) => setReason(e.target.value)}
              error={tried && missingReason ? t('validation.lostReasonRequired') : undefined}
              options={[
                { value: '', label: t('board.close.chooseReason') },
                ...(reasons.data ?? []).map((r) => ({ value: String(r.id), label: lostReasonLabel(t, r) })),
              ]}
            />
            <TextField
              label={t('board.close.note')}
              placeholder={t('board.close.notePlaceholder')}
              value={note}
              maxLength={500}
              onChange={(e) => setNote(e.target.value)}
            />
            <Link to="/deals/settings" className="small" onClick={onClose}>
              {t('board.close.editReasons')}
            </Link>
          </>
        )}
      </form>
    </Dialog>
  );
}
