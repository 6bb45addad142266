// The page header's way out for labels and envelopes: the printer to print on (when the system lists any),
// "Save as PDF" and "Print…" — one job, either way.
import type { Language } from '@shared/domain/settings';
import type { PrintJobInput } from '@shared/validation/labels';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Select } from '../../components/Select';
import type { PrinterChoice } from './usePrinters';
import type { useSaveLabelsPdf } from './useSaveLabelsPdf';

export function PrintActions({
  choice,
  output,
  job,
  locale,
  ready,
  saveLabel,
  onSave,
}: {
  choice: PrinterChoice;
  output: ReturnType<typeof useSaveLabelsPdf>;
  job: PrintJobInput;
  locale: Language;
  /** Something to print, and nothing printing yet. */
  ready: boolean;
  saveLabel: string;
  onSave: () => void;
}) {
  const { t } = useTranslation();
  const { printers, printer, setPrinter, printerLabel } = choice;
  return (
    <div className="page-actions labels-print-actions">
      {printers.length > 0 && (
        <Select
          label={t('mailingLabels.print.printer')}
          hideLabel
          fieldClassName="labels-printer-select"
          value={printer}
          onChange={(e) => setPrinter(e.target.value)}
          options={printers.map((p) => ({ value: p.name, label: p.displayName }))}
        />
      )}
      <Button icon="download" disabled={!ready || output.saving} onClick={onSave}>
        {saveLabel}
      </Button>
      <Button
        variant="primary"
        icon="print"
        disabled={!ready || output.saving}
        title={t('mailingLabels.print.hint')}
        onClick={() => void output.print({ job, printer, printerLabel, locale })}
      >
        {output.saving ? t('mailingLabels.print.printing') : t('mailingLabels.print.button')}
      </Button>
    </div>
  );
}
