// "Save as PDF": main prints the labels with Chromium to the sheet's exact size and the file is downloaded;
// "Print…": main sends the same pages through the system's print dialog at 100 %. The outcome (pages, labels,
// addresses that did not fit, a cancelled dialog, or the error) is kept for the page to show.
import type { Language } from '@shared/domain/settings';
import type { EnvelopePrintInput, LabelPrintInput, PrintJobInput } from '@shared/validation/labels';
import { useState } from 'react';
import { api } from '../../api/api';
import { downloadBase64File } from '../exports/downloadBase64File';

export type SaveOutcome =
  | { kind: 'saved'; fileName: string; pages: number; labels: number; clipped: number; leftOut: number }
  | { kind: 'printed'; printer: string; pages: number; labels: number; clipped: number; leftOut: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; message: string };

export function useSaveLabelsPdf() {
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  const saveWith = async (print: () => ReturnType<typeof api.labels.pdf>) => {
    setSaving(true);
    setOutcome(null);
    try {
      const file = await print();
      downloadBase64File(file.fileName, file.contentBase64, 'application/pdf');
      setOutcome({
        kind: 'saved',
        fileName: file.fileName,
        pages: file.pages,
        labels: file.labels,
        clipped: file.clipped,
        leftOut: file.leftOut.length,
      });
    } catch (error) {
      setOutcome({ kind: 'failed', message: (error as Error).message });
    } finally {
      setSaving(false);
    }
  };

  const save = (request: { print: LabelPrintInput; locale: Language }) => saveWith(() => api.labels.pdf(request));
  /** Envelopes are saved the same way: one per page, the same outcome. */
  const saveEnvelopes = (request: { print: EnvelopePrintInput; locale: Language }) =>
    saveWith(() => api.labels.envelopesPdf(request));

  /** The same pages to a printer, through the system's print dialog (printer '' = the system's default). */
  const print = async ({
    printerLabel,
    ...request
  }: {
    job: PrintJobInput;
    printer: string;
    /** The printer as the system shows it (the notice names it so). */
    printerLabel?: string;
    locale: Language;
  }) => {
    setSaving(true);
    setOutcome(null);
    try {
      const sent = await api.labels.print({ ...request, printer: request.printer || null });
      setOutcome(
        sent.printed
          ? {
              kind: 'printed',
              printer: printerLabel ?? request.printer,
              pages: sent.pages,
              labels: sent.labels,
              clipped: sent.clipped,
              leftOut: sent.leftOut.length,
            }
          : { kind: 'cancelled' },
      );
    } catch (error) {
      setOutcome({ kind: 'failed', message: (error as Error).message });
    } finally {
      setSaving(false);
    }
  };

  return { save, saveEnvelopes, print, saving, outcome, dismiss: () => setOutcome(null) };
}
