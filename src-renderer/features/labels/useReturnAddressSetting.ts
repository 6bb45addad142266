// The business's return address (settings.returnAddress) as the envelopes page edits it: a draft while the
// user types, saved to settings on blur or with Save, checked against what settings accept (6 lines of 120).
import { useState } from 'react';
import { useSettings } from '../../app/settingsContext';

export const MAX_RETURN_ADDRESS_LINES = 6;
export const MAX_RETURN_ADDRESS_LINE_LENGTH = 120;

export type ReturnAddressIssue = 'tooMany' | 'tooLong';
export type ReturnAddressStatus = { kind: 'idle' | 'saving' | 'saved' } | { kind: 'failed'; message: string };

const linesOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function useReturnAddressSetting() {
  const { settings, update } = useSettings();
  const stored = settings.returnAddress;
  const [draft, setDraft] = useState<string | null>(null);
  const [status, setStatus] = useState<ReturnAddressStatus>({ kind: 'idle' });
  const text = draft ?? stored.join('\n');
  const lines = linesOf(text);
  const issue: ReturnAddressIssue | null =
    lines.length > MAX_RETURN_ADDRESS_LINES
      ? 'tooMany'
      : lines.some((line) => line.length > MAX_RETURN_ADDRESS_LINE_LENGTH)
        ? 'tooLong'
        : null;
  const changed = lines.join('\n') !== stored.join('\n');

  const save = async () => {
    if (!changed || issue) return;
    const saving = text;
    setStatus({ kind: 'saving' });
    try {
      await update({ returnAddress: lines });
      // Keep typing that happened while saving; otherwise show what settings now hold.
      setDraft((d) => (d === saving ? null : d));
      setStatus({ kind: 'saved' });
    } catch (error) {
      setStatus({ kind: 'failed', message: (error as Error).message });
    }
  };

  return {
    text,
    setText: (next: string) => {
      setDraft(next);
      setStatus({ kind: 'idle' });
    },
    lines,
    issue,
    changed,
    status,
    save,
  };
}
