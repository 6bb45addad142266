// The composer that makes logging an activity two keystrokes: `A` focuses it set to "call, now"; type the
// summary and press Enter (Ctrl/Cmd+Enter from the outcome field). Alt+1..5 switch the kind.
import { ACTIVITY_KINDS, type ActivityKind } from '@shared/domain/activity';
import { type KeyboardEvent, type Ref, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Kbd } from '../../components/Kbd';
import { useToast } from '../../components/useToast';
import { KindPicker } from './KindPicker';
import { fromLocalInput, toLocalInput } from './localDateTime';

export interface QuickAddHandle {
  /** Resets to "call, now" and puts the cursor in the summary. */
  start: () => void;
}

interface QuickAddActivityProps {
  contactId: number | null;
  companyId: number | null;
  dealId?: number | null;
  ref?: Ref<QuickAddHandle>;
}

export function QuickAddActivity({ contactId, companyId, dealId = null, ref }: QuickAddActivityProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const summaryRef = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ActivityKind>('call');
  const [summary, setSummary] = useState('');
  const [outcome, setOutcome] = useState('');
  const [when, setWhen] = useState<string | null>(null); // null: "now", decided when saved
  const [expanded, setExpanded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useImperativeHandle(ref, () => ({
    start: () => {
      setKind('call');
      setWhen(null);
      setExpanded(true);
      setError(null);
      summaryRef.current?.focus();
    },
  }));

  const save = async () => {
    if (saving) return;
    if (summary.trim() === '') {
      setError('validation.required');
      summaryRef.current?.focus();
      return;
    }
    const occurredAt = when === null ? new Date().toISOString() : fromLocalInput(when);
    if (!occurredAt) return setError('validation.date');
    setSaving(true);
    try {
      await api.activities.create({
        activity: {
          kind,
          occurredAt,
          summary: summary.trim(),
          outcome,
          contactId,
          companyId,
          dealId,
        },
      });
      toast.show({
        message: t('activity.logged', { kind: t(`activity.kinds.${kind}`) }),
      });
      setSummary('');
      setOutcome('');
      setWhen(null);
      setError(null);
      setExpanded(false);
      summaryRef.current?.blur();
    } catch (e) {
      toast.show({
        message: t('common.error', { message: (e as Error).message }),
        tone: 'error',
      });
    } finally {
      setSaving(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent, field: 'summary' | 'outcome') => {
    const digit = /^Digit([1-5])$/.exec(event.code);
    if (event.altKey && digit) {
      event.preventDefault();
      setKind(ACTIVITY_KINDS[Number(digit[1]) - 1]!);
    } else if (event.key === 'Enter' && !event.nativeEvent.isComposing) {
      if (field === 'summary' || event.ctrlKey || event.metaKey) {
        event.preventDefault();
        void save();
      }
    } else if (event.key === 'Escape' && field === 'summary' && summary === '') {
      (event.target as HTMLElement).blur();
      setExpanded(false);
    }
  };

  return (
    <form
      className={`composer ${expanded ? 'is-expanded' : ''}`}
      aria-label={t('activity.composerLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onFocus={() => setExpanded(true)}
    >
      <KindPicker value={kind} onChange={setKind} />
      <div className="composer-main">
        <input
          ref={summaryRef}
          className="input composer-summary"
          aria-label={t('activity.summary')}
          aria-invalid={error ? true : undefined}
          placeholder={t('activity.summaryPlaceholder')}
          value={summary}
          maxLength={500}
          onChange={(e) => {
            setSummary(e.target.value);
            setError(null);
          }}
          onKeyDown={(e) => onKeyDown(e, 'summary')}
        />
        {!expanded && <Kbd keys="A" />}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {t(error)}
        </p>
      )}
      {expanded && (
        <div className="composer-more">
          <textarea
            className="input textarea"
            rows={2}
            aria-label={t('activity.outcome')}
            placeholder={t('activity.outcomePlaceholder')}
            value={outcome}
            onChange={(e) => setOutcome(e.target.value)}
            onKeyDown={(e) => onKeyDown(e, 'outcome')}
          />
          <div className="composer-footer">
            <label className="inline-field">
              <span>{t('activity.occurredAt')}</span>
              <input
                type="datetime-local"
                className="input"
                value={when ?? toLocalInput(new Date())}
                onChange={(e) => setWhen(e.target.value)}
              />
            </label>
            <Button type="submit" variant="primary" size="sm" disabled={saving}>
              {t('common.save')}
            </Button>
          </div>
        </div>
      )}
    </form>
  );
}
