// Printer calibration: the test page (every label's outline and a crosshair, where the calibration puts them)
// to print on plain paper and hold against a sheet, and the offsets and scale that correct a printer, saved per
// printer and sheet so it is fixed once and stays fixed.
import type { Calibration } from '@shared/labels/geometry';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { Select } from '../../components/Select';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { downloadBase64File } from '../exports/downloadBase64File';
import { NumberField } from '../../components/NumberField';
import type { PrinterChoice } from './usePrinters';

export function CalibrationCard({
  sheetId,
  sheetName,
  printers,
  printer,
  onPrinterChange,
  onPrintTestPage,
  printing,
  calibration,
  onCalibrationChange,
}: {
  sheetId: string;
  sheetName: string;
  /** The system's printers; none: the printer's name is typed. */
  printers: PrinterChoice['printers'];
  printer: string;
  onPrinterChange: (printer: string) => void;
  /** The test page through the system's print dialog, to the printer chosen. */
  onPrintTestPage: () => void;
  printing: boolean;
  calibration: Calibration;
  onCalibrationChange: (calibration: Calibration) => void;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('mailingLabels.calibration.heading')} icon="settings" className="labels-card">
      <p className="muted small">{t('mailingLabels.calibration.intro')}</p>
      {printers.length > 0 ? (
        <Select
          label={t('mailingLabels.calibration.printer')}
          value={printer}
          onChange={(e) => onPrinterChange(e.target.value)}
          options={printers.map((p) => ({ value: p.name, label: p.displayName }))}
          hint={t('mailingLabels.calibration.forPrinter', {
            printer: printers.find((p) => p.name === printer)?.displayName ?? printer,
            sheet: sheetName,
          })}
        />
      ) : (
        <TextField
          label={t('mailingLabels.calibration.printer')}
          placeholder={t('mailingLabels.calibration.printerPlaceholder')}
          value={printer}
          maxLength={200}
          onChange={(e) => onPrinterChange(e.target.value)}
        />
      )}
      <div className="form-row labels-calibration-fields">
        <NumberField
          label={t('mailingLabels.calibration.offsetX')}
          value={calibration.offsetX}
          min={-20}
          max={20}
          step={0.1}
          onChange={(offsetX) => onCalibrationChange({ ...calibration, offsetX })}
        />
        <NumberField
          label={t('mailingLabels.calibration.offsetY')}
          value={calibration.offsetY}
          min={-20}
          max={20}
          step={0.1}
          onChange={(offsetY) => onCalibrationChange({ ...calibration, offsetY })}
        />
        <NumberField
          label={t('mailingLabels.calibration.scale')}
          value={calibration.scale}
          min={0.9}
          max={1.1}
          step={0.001}
          onChange={(scale) => onCalibrationChange({ ...calibration, scale })}
        />
      </div>
      <div className="labels-calibration-actions">
        <Button disabled={busy || printing} icon="print" onClick={onPrintTestPage}>
          {t('mailingLabels.calibration.testPage')}
        </Button>
        <Button
          disabled={busy}
          icon="download"
          onClick={() =>
            void run(async () => {
              const file = await api.labels.calibrationPdf({ sheetId, calibration });
              downloadBase64File(file.fileName, file.contentBase64, 'application/pdf');
            })
          }
        >
          {t('mailingLabels.calibration.testPagePdf')}
        </Button>
        <Button
          disabled={busy || printer.trim() === ''}
          onClick={() =>
            void run(async () => {
              await api.labels.saveCalibration({ printer: printer.trim(), sheetId, calibration });
              toast.show({
                message: t('mailingLabels.calibration.saved', { printer: printer.trim(), sheet: sheetName }),
              });
            })
          }
        >
          {t('mailingLabels.calibration.save')}
        </Button>
      </div>
    </Card>
  );
}
