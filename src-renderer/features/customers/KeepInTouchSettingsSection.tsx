// Settings → Keep in touch: after how long without a purchase a customer is suggested as lapsed, and, per
// segment, how many days without contact put a customer on the Today screen's list (blank: never).
import { zodResolver } from '@hookform/resolvers/zod';
import { DEFAULT_KEEP_IN_TOUCH_DAYS, DEFAULT_LAPSED_AFTER_DAYS, SEGMENTS } from '@shared/customers/segments';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useSettings } from '../../app/settingsContext';
import { Button } from '../../components/Button';
import { Field } from '../../components/Field';
import { useToast } from '../../components/useToast';
import {
  fromFormValues,
  keepInTouchSettingsForm,
  toFormValues,
  type KeepInTouchSettingsValues,
} from './keepInTouchSettingsForm';
import './keepInTouch.css';

export function KeepInTouchSettingsSection() {
  const { t } = useTranslation();
  const toast = useToast();
  const { settings, update } = useSettings();
  const headingId = useId();
  const { lapsedAfterDays, keepInTouchDays } = settings;
  const form = useForm<KeepInTouchSettingsValues>({
    resolver: zodResolver(keepInTouchSettingsForm),
    defaultValues: toFormValues(lapsedAfterDays, keepInTouchDays),
  });
  const { errors, isDirty, isSubmitting } = form.formState;

  // Saved elsewhere (another window, a restore): show what is stored now.
  const stored = JSON.stringify([lapsedAfterDays, keepInTouchDays]);
  useEffect(() => {
    const [lapsed, days] = JSON.parse(stored) as [number, typeof keepInTouchDays];
    form.reset(toFormValues(lapsed, days));
  }, [stored, form]);

  const submit = form.handleSubmit(async (values) => {
    try {
      await update(fromFormValues(values));
      toast.show({ message: t('keepInTouch.settings.saved') });
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  });

  return (
    <section className="settings-section keep-in-touch-settings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('keepInTouch.settings.title')}</h2>
      <p className="muted">{t('keepInTouch.settings.hint')}</p>
      <form noValidate className="keep-in-touch-form" onSubmit={(e) => void submit(e)}>
        <Field
          label={t('keepInTouch.settings.lapsedAfter')}
          error={errors.lapsedAfterDays?.message}
          hint={t('keepInTouch.settings.lapsedHint')}
        >
          <input
            className="input keep-in-touch-days-input"
            type="number"
            inputMode="numeric"
            min={30}
            max={1826}
            step={1}
            {...form.register('lapsedAfterDays', { valueAsNumber: true })}
          />
        </Field>
        <fieldset className="field keep-in-touch-segments">
          <legend className="field-label">{t('keepInTouch.settings.segmentDays')}</legend>
          <p className="field-hint">{t('keepInTouch.settings.segmentDaysHint')}</p>
          <div className="keep-in-touch-segment-grid">
            {SEGMENTS.map((segment) => (
              <Field
                key={segment}
                className="keep-in-touch-segment"
                label={t(`segments.names.${segment}`)}
                error={errors.days?.[segment]?.message}
              >
                <input
                  className="input keep-in-touch-days-input"
                  inputMode="numeric"
                  placeholder={t('keepInTouch.settings.never')}
                  title={t(`segments.advice.${segment}`)}
                  {...form.register(`days.${segment}`)}
                />
              </Field>
            ))}
          </div>
        </fieldset>
        <div className="keep-in-touch-form-actions">
          <Button type="submit" variant="primary" disabled={!isDirty || isSubmitting}>
            {isSubmitting ? t('common.saving') : t('common.save')}
          </Button>
          <Button
            variant="ghost"
            onClick={() =>
              form.reset(toFormValues(DEFAULT_LAPSED_AFTER_DAYS, DEFAULT_KEEP_IN_TOUCH_DAYS), {
                keepDefaultValues: true,
              })
            }
          >
            {t('keepInTouch.settings.defaults')}
          </Button>
        </div>
      </form>
    </section>
  );
}
