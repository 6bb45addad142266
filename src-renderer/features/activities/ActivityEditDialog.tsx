// Edit one activity: kind, time, summary, outcome — checked with the shared activityInput schema.
import type { Activity, ActivityKind } from '@shared/domain/activity';
import { activityInput } from '@shared/validation/activity';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { KindPicker } from './KindPicker';
import { fromLocalInput, toLocalInput } from './localDateTime';

export function ActivityEditDialog({ activity, onClose }: { activity: Activity; onClose: () => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ActivityKind>(activity.kind);
  const [when, setWhen] = useState(toLocalInput(activity.occurredAt));
  const [summary, setSummary] = useState(activity.summary);
  const [outcome, setOutcome] = useState(activity.outcome);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = activityInput.safeParse({
      kind,
      occurredAt: fromLocalInput(when) ?? '',
      summary,
      outcome,
      contactId: activity.contactId,
      companyId: activity.companyId,
      dealId: activity.dealId,
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    await api.activities.update({ id: activity.id, activity: parsed.data });
    onClose();
  };

  return (
    <Dialog title={t('activity.editTitle')} onClose={onClose}>
      <form className="stack" onSubmit={(e) => void submit(e)} noValidate>
        <KindPicker value={kind} onChange={setKind} />
        <TextField
          label={t('activity.summary')}
          value={summary}
          error={errors.summary}
          onChange={(e) => setSummary(e.target.value)}
        />
        <TextArea
          label={t('activity.outcome')}
          rows={3}
          value={outcome}
          error={errors.outcome}
          onChange={(e) => setOutcome(e.target.value)}
        />
        <Field label={t('activity.occurredAt')} error={errors.occurredAt}>
          <input type="datetime-local" className="input" value={when} onChange={(e) => setWhen(e.target.value)} />
        </Field>
        <div className="dialog-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" variant="primary">
            {t('common.save')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
