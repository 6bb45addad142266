// Return-address labels: the business's own address (kept in settings, edited as on the envelopes page) on a sheet of
// labels, repeated, on the sheet, start position, calibration and style chosen on this page.
import type { Language } from '@shared/domain/settings';
import type { Calibration, SheetPosition } from '@shared/labels/geometry';
import type { LabelStyleInput } from '@shared/validation/labels';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { TextArea } from '../../components/TextArea';
import { useToast } from '../../components/useToast';
import { downloadBase64File } from '../exports/downloadBase64File';
import { NumberField } from '../../components/NumberField';
import type { useSaveLabelsPdf } from './useSaveLabelsPdf';
import { useReturnAddressSetting } from './useReturnAddressSetting';

export function ReturnAddressCard({
  sheetId,
  perSheet,
  start,
  calibration,
  style,
  printer,
  printerLabel,
  output,
  locale,
}: {
  sheetId: string;
  perSheet: number;
  start: SheetPosition;
  calibration: Calibration;
  style: LabelStyleInput;
  printer: string;
  printerLabel: string;
  /** The page's print/save state, so this print reports where the page's do. */
  output: ReturnType<typeof useSaveLabelsPdf>;
  locale: Language;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const address = useReturnAddressSetting();
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const lines = address.lines.slice(0, 6);
  const copies = count ?? perSheet;
  const print = { sheetId, start, calibration, style, lines, count: copies };
  const keep = () => address.save();

  const save = async () => {
    setBusy(true);
    try {
      await keep();
      const file = await api.labels.returnAddressPdf({ print });
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
        hint={address.issue ? undefined : t('mailingLabels.returnAddress.kept')}
        error={address.issue ? t(`mailingLabels.envelopes.returnAddress.${address.issue}`) : undefined}
        rows={4}
        value={address.text}
        onChange={(e) => address.setText(e.target.value)}
        onBlur={() => void keep()}
      />
      <div className="labels-calibration-actions">
        <NumberField
          label={t('mailingLabels.returnAddress.count')}
          value={copies}
          min={1}
          max={1000}
          onChange={setCount}
        />
        <Button
          icon="print"
          disabled={busy || output.saving || lines.length === 0 || address.issue !== null}
          onClick={() =>
            void keep().then(() =>
              output.print({ job: { kind: 'returnAddress', print }, printer, printerLabel, locale }),
            )
          }
        >
          {t('mailingLabels.returnAddress.print')}
        </Button>
        <Button
          icon="download"
          disabled={busy || lines.length === 0 || address.issue !== null}
          onClick={() => void save()}
        >
          {t('mailingLabels.returnAddress.save')}
        </Button>
      </div>
    </Card>
  );
}
