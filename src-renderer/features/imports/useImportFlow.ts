// The state of one import on the import screen: which step it is at, the session main holds for it (the view),
// the choices the view does not echo back (delimiter, date order, duplicate policy), and the calls that move
// it on. Only the latest configure answer is shown, so fast changes in the pickers cannot show a stale preview.
import type { ImportSummary } from '@shared/import/importReport';
import type { ImportSessionView } from '@shared/import/importSession';
import type { z } from 'zod';
import type { importSettings } from '@shared/validation/importSettings';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/api';
import { bridge } from '../../api/bridge';

export const IMPORT_STEPS = ['pick', 'text', 'columns', 'review', 'import'] as const;
export type ImportStep = (typeof IMPORT_STEPS)[number];
export type ImportSettings = z.input<typeof importSettings>;
export type ChosenSettings = Required<Pick<ImportSettings, 'delimiter' | 'dateOrder' | 'onDuplicate'>>;

export interface ImportProgress {
  done: number;
  total: number;
  rowsPerSecond: number;
}

const INITIAL_CHOICES: ChosenSettings = { delimiter: 'auto', dateOrder: 'auto', onDuplicate: 'skip' };

export function useImportFlow() {
  const [step, setStep] = useState<ImportStep>('pick');
  const [view, setView] = useState<ImportSessionView | null>(null);
  const [choices, setChoices] = useState<ChosenSettings>(INITIAL_CHOICES);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [result, setResult] = useState<ImportSummary | null>(null);
  const sequence = useRef(0);
  const sessionRef = useRef<string | null>(null);

  useEffect(() => {
    sessionRef.current = view?.sessionId ?? null;
  }, [view]);

  // Leaving the screen forgets an open (uncommitted) import in main.
  useEffect(
    () => () => {
      if (sessionRef.current) void api.imports.cancel({ sessionId: sessionRef.current }).catch(() => {});
    },
    [],
  );

  const openFile = useCallback(async (fileName: string, contentBase64: string) => {
    const mine = ++sequence.current;
    setBusy(true);
    setError(null);
    try {
      const previous = sessionRef.current;
      if (previous) void api.imports.cancel({ sessionId: previous }).catch(() => {});
      const opened = await api.imports.open({ fileName, contentBase64 });
      if (mine !== sequence.current) return;
      setView(opened);
      setChoices(INITIAL_CHOICES);
      setResult(null);
      setStep('text');
    } catch (e) {
      if (mine === sequence.current) setError((e as Error).message);
    } finally {
      if (mine === sequence.current) setBusy(false);
    }
  }, []);

  const configure = useCallback(
    async (settings: ImportSettings) => {
      if (!view) return;
      const mine = ++sequence.current;
      setChoices((c) => ({ ...c, ...pickChoices(settings) }));
      setBusy(true);
      setError(null);
      try {
        const next = await api.imports.configure({ sessionId: view.sessionId, settings });
        if (mine === sequence.current) setView(next);
      } catch (e) {
        if (mine === sequence.current) setError((e as Error).message);
      } finally {
        if (mine === sequence.current) setBusy(false);
      }
    },
    [view],
  );

  const commit = useCallback(
    async (skipInvalid: boolean): Promise<'done' | 'failed'> => {
      if (!view) return 'failed';
      const { sessionId } = view;
      setStep('import');
      setError(null);
      setProgress({ done: 0, total: view.summary.rowsRead, rowsPerSecond: 0 });
      const stop = bridge().on('import.progress', (p) => {
        if (p.sessionId === sessionId) setProgress({ done: p.done, total: p.total, rowsPerSecond: p.rowsPerSecond });
      });
      try {
        const summary = await api.imports.commit({ sessionId, skipInvalid });
        sessionRef.current = null;
        setResult(summary);
        return 'done';
      } catch (e) {
        setError((e as Error).message);
        setStep('review');
        return 'failed';
      } finally {
        stop();
        setProgress(null);
      }
    },
    [view],
  );

  const cancelCommit = useCallback(async () => {
    if (view) await api.imports.cancel({ sessionId: view.sessionId });
  }, [view]);

  /** Back to an empty drop zone (the open session, if any, is forgotten in main). */
  const startOver = useCallback(() => {
    ++sequence.current;
    if (sessionRef.current) void api.imports.cancel({ sessionId: sessionRef.current }).catch(() => {});
    sessionRef.current = null;
    setView(null);
    setResult(null);
    setError(null);
    setBusy(false);
    setChoices(INITIAL_CHOICES);
    setStep('pick');
  }, []);

  return {
    step,
    setStep,
    view,
    choices,
    busy,
    error,
    setError,
    progress,
    result,
    openFile,
    configure,
    commit,
    cancelCommit,
    startOver,
  };
}

export type ImportFlow = ReturnType<typeof useImportFlow>;

function pickChoices(settings: ImportSettings): Partial<ChosenSettings> {
  const picked: Partial<ChosenSettings> = {};
  if (settings.delimiter) picked.delimiter = settings.delimiter;
  if (settings.dateOrder) picked.dateOrder = settings.dateOrder;
  if (settings.onDuplicate) picked.onDuplicate = settings.onDuplicate;
  return picked;
}
