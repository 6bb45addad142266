// Return-address labels: the sender's own address on a sheet of labels, repeated, on the sheet, start position,
// calibration and style chosen on this page.
import type { Calibration, SheetPosition } from '@shared/labels/geometry';
import type { LabelStyleInput } from '@shared/validation/labels';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { TextArea } from '../../components/TextArea';
import { useToast } from '../../components/useToast';
import { useStickyState } from '../../hooks/useStickyState';
import { downloadBase64File } from '../exports/downloadBase64File';
import { NumberField } from './NumberField';

export function ReturnAddressCard({
  sheetId,
  perSheet,
  start,
  calibration,
  style,
}: {
  sheetId: string;
  perSheet: number;
  start: SheetPosition;
  calibration: Calibration;
  style: LabelStyleInput;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [text, setText] = useStickyState('labels.returnAddress', '');
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 6);
  const copies = count ?? perSheet;

  const save = async () => {
    setBusy(true);
    try {
      const file = await api.labels.returnAddressPdf({
        print: { sheetId, start, calibration, style, lines, count: copies },
      });
      downloadBase64File(file.fileName, file.contentBase64, 'application/pdf');
      toast.show({ message: t('mailingLabels.returnAddress.saved', { count: file.labels, pages: file.pages }) });
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('mailingLabels.returnAddress.heading')} icon="note" className="labels-card">
      <TextArea
        label={t('mailingLabels.returnAddress.lines')}
        placeholder={t('mailingLabels.returnAddress.placeholder')}
        rows={4}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="labels-calibration-actions">
        <NumberField
          label={t('mailingLabels.returnAddress.count')}
          value={copies}
          min={1}
          max={1000}
          onChange={setCount}
        />
        <Button icon="download" disabled={busy || lines.length === 0} onClick={() => void save()}>
          {t('mailingLabels.returnAddress.save')}
        </Button>
      </div>
    </Card>
  );
}
