// After how many days without activity an open deal's card warns that it is going stale (settings.staleDealDays).
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { useSettings } from '../../../app/settingsContext';
import { Button } from '../../../components/Button';
import { useToast } from '../../../components/useToast';

/** The contract's range for settings.staleDealDays, in the validation messages every form uses. */
const staleDaysForm = z.object({
  staleDealDays: z
    .number({ error: 'validation.number' })
    .int({ error: 'validation.number' })
    .min(1, { error: 'validation.positive' })
    .max(365, { error: 'validation.tooLarge' }),
});
type StaleDaysValues = z.infer<typeof staleDaysForm>;

export function StaleDaysSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const { settings, update } = useSettings();
  const inputId = useId();
  const noteId = `${inputId}-note`;
  const form = useForm<StaleDaysValues>({
    resolver: zodResolver(staleDaysForm),
    defaultValues: { staleDealDays: settings.staleDealDays },
  });
  const { errors, isDirty, isSubmitting } = form.formState;
  const error = errors.staleDealDays?.message;

  useEffect(() => {
    form.reset({ staleDealDays: settings.staleDealDays });
  }, [settings.staleDealDays, form]);

  const submit = form.handleSubmit(async ({ staleDealDays }) => {
    try {
      await update({ staleDealDays });
      toast.show({ message: t('dealSettings.stale.saved', { count: staleDealDays }) });
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  });

  return (
    <section className="card settings-card is-narrow" aria-labelledby="stale-title">
      <header className="settings-card-header">
        <div>
          <h2 id="stale-title">{t('dealSettings.stale.title')}</h2>
          <p className="field-hint">{t('dealSettings.stale.hint')}</p>
        </div>
      </header>
      <form className="stale-form" noValidate onSubmit={(e) => void submit(e)}>
        <label htmlFor={inputId} className="field-label">
          {t('dealSettings.stale.days')}
        </label>
        <div className="stale-row">
          <input
            id={inputId}
            className="input stale-days-input"
            type="number"
            min={1}
            max={365}
            step={1}
            inputMode="numeric"
            aria-invalid={error ? true : undefined}
            aria-describedby={noteId}
            {...form.register('staleDealDays', { valueAsNumber: true })}
          />
          <span className="stale-unit">{t('dealSettings.stale.daysUnit')}</span>
          <Button type="submit" variant="primary" disabled={!isDirty || isSubmitting}>
            {isSubmitting ? t('common.saving') : t('common.save')}
          </Button>
        </div>
        <p id={noteId} className={error ? 'field-error' : 'field-hint'} role={error ? 'alert' : undefined}>
          {error ? t(error) : t('dealSettings.stale.daysHint')}
        </p>
      </form>
    </section>
  );
}
