// "Save as PDF": main prints the labels with Chromium to the sheet's exact size and the file is downloaded;
// the outcome (pages, labels, addresses that did not fit, or the error) is kept for the page to show.
import type { Language } from '@shared/domain/settings';
import type { LabelPrintInput } from '@shared/validation/labels';
import { useState } from 'react';
import { api } from '../../api/api';
import { downloadBase64File } from '../exports/downloadBase64File';

export type SaveOutcome =
  | { kind: 'saved'; fileName: string; pages: number; labels: number; clipped: number }
  | { kind: 'failed'; message: string };

export function useSaveLabelsPdf() {
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  const save = async (request: { print: LabelPrintInput; locale: Language }) => {
    setSaving(true);
    setOutcome(null);
    try {
      const file = await api.labels.pdf(request);
      downloadBase64File(file.fileName, file.contentBase64, 'application/pdf');
      setOutcome({
        kind: 'saved',
        fileName: file.fileName,
        pages: file.pages,
        labels: file.labels,
        clipped: file.clipped,
      });
    } catch (error) {
      setOutcome({ kind: 'failed', message: (error as Error).message });
    } finally {
      setSaving(false);
    }
  };

  return { save, saving, outcome, dismiss: () => setOutcome(null) };
}
