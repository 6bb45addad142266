// Create or edit a calendar item (react-hook-form, checked with the shared eventInput schema as you type after
// the first save): kind, title, all day or times, repeat, reminders, who it concerns. Opened from one
// occurrence of a repeating item it also offers to delete just that one, or to tick it off.
import {
  EVENT_KINDS,
  REMINDER_PRESETS,
  WEEKDAYS,
  type CalendarEvent,
  type EventLinkRef,
} from '@shared/domain/calendar';
import { eventInput } from '@shared/validation/calendar';
import { useState } from 'react';
import { type Resolver, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { applyServerIssues } from '../../components/form/applyServerIssues';
import { Select } from '../../components/Select';
import { TextArea } from '../../components/TextArea';
import { TextField } from '../../components/TextField';
import { useToast } from '../../components/useToast';
import { type EventFormValues, eventToForm, formFieldOf, shiftDate, toEventInput } from './eventFormValues';
import { downloadBase64File } from '../exports/downloadBase64File';
import { LinkPicker } from './LinkPicker';

const FORM_ID = 'event-form';

/** Checks the converted values with the contract's schema and puts each problem on its input. */
const resolver: Resolver<EventFormValues> = (values) => {
  const parsed = eventInput.safeParse(toEventInput(values));
  if (parsed.success) return { values, errors: {} };
  const errors: Record<string, { type: string; message: string }> = {};
  for (const issue of parsed.error.issues) {
    const field = formFieldOf(issue.path);
    errors[field] ??= { type: issue.code, message: issue.message };
  }
  return { values: {}, errors };
};

/** "Remind me N minutes / hours / days before", for offsets the chips do not offer. */
function CustomReminder({ onAdd }: { onAdd: (minutes: number) => void }) {
  const { t } = useTranslation();
  const [amount, setAmount] = useState('2');
  const [unit, setUnit] = useState<'minutes' | 'hours' | 'days'>('hours');
  const minutes = Math.round(Number(amount) * (unit === 'minutes' ? 1 : unit === 'hours' ? 60 : 1440));
  const valid = Number.isFinite(minutes) && minutes >= 0 && minutes <= 525_600;
  return (
    <span className="custom-reminder">
      <input
        type="number"
        min={0}
        className="input input-sm"
        aria-label={t('calendar.customAmount')}
        value={amount}
        onChange={(e) => setAmount(e.target.value)}
      />
      <select
        className="input select input-sm"
        aria-label={t('calendar.customUnit')}
        value={unit}
        onChange={(e) => setUnit(e.target.value as typeof unit)}
      >
        <option value="minutes">{t('calendar.units.minutes')}</option>
        <option value="hours">{t('calendar.units.hours')}</option>
        <option value="days">{t('calendar.units.days')}</option>
      </select>
      <Button size="sm" disabled={!valid} onClick={() => onAdd(minutes)}>
        {t('calendar.addReminder')}
      </Button>
    </span>
  );
}

export interface EventDialogProps {
  /** The item being edited (the whole series), or the new item's starting values. */
  event?: CalendarEvent;
  initial?: EventFormValues;
  /** Who a new item concerns (opened from a contact's or company's page). */
  links?: EventLinkRef[];
  /** The occurrence it was opened from, for "delete this one", "done" and changing just its time: `start` is its
   *  identity (its start in the series), `at`/`until` where it is now. */
  occurrence?: { start: string; doneAt: string | null; at?: string; until?: string };
  onClose: () => void;
}

export function EventDialog({ event, initial, links: presetLinks = [], occurrence, onClose }: EventDialogProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [links, setLinks] = useState<EventLinkRef[]>(event?.links ?? presetLinks);
  const form = useForm<EventFormValues>({
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    defaultValues: event
      ? eventToForm(event)
      : {
          ...initial!,
          contactIds: presetLinks.filter((l) => l.entityType === 'contact').map((l) => l.entityId),
          companyIds: presetLinks.filter((l) => l.entityType === 'company').map((l) => l.entityId),
          dealIds: presetLinks.filter((l) => l.entityType === 'deal').map((l) => l.entityId),
        },
  });
  const { register, control, formState, setValue } = form;
  const errors = formState.errors;
  const [allDay, repeatFreq, repeatEnd, reminders, weekdays] = useWatch({
    control,
    name: ['allDay', 'repeatFreq', 'repeatEnd', 'reminders', 'repeatWeekdays'],
  });
  const repeating = event?.repeat != null;
  const [scope, setScope] = useState<'series' | 'occurrence'>('series');
  const chooseScope = (next: 'series' | 'occurrence') => {
    setScope(next);
    // One occurrence: its own day and times to change; the series: the series' own.
    const source =
      next === 'occurrence' && occurrence ? { start: occurrence.at ?? occurrence.start, end: occurrence.until } : null;
    const base = eventToForm(event!);
    const start = source?.start ?? event!.start;
    const end = source?.end ?? event!.end;
    form.setValue('startDate', start.slice(0, 10));
    form.setValue('endDate', base.allDay ? shiftDate(end, -1) : end.slice(0, 10));
    if (!base.allDay) {
      form.setValue('startTime', start.slice(11, 16));
      form.setValue('endTime', end.slice(11, 16));
    }
  };

  const submit = form.handleSubmit(async (values) => {
    const input = eventInput.parse(toEventInput(values));
    try {
      if (event && occurrence && scope === 'occurrence') {
        await api.calendar.moveOccurrence({
          id: event.id,
          occurrence: occurrence.start,
          start: input.start,
          end: input.end,
        });
        toast.show({ message: t('calendar.occurrenceMoved') });
        onClose();
        return;
      }
      const saved = event
        ? await api.calendar.update({ id: event.id, event: input })
        : await api.calendar.create({ event: input });
      toast.show({ message: event ? t('calendar.updated') : t('calendar.created', { title: saved.title }) });
      onClose();
    } catch (error) {
      if (!applyServerIssues(error, 'event', (name, e) => form.setError(formFieldOf([name]), e)))
        toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  });

  const run = async (action: () => Promise<unknown>, message: string) => {
    try {
      await action();
      toast.show({ message });
      onClose();
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  };

  const setLinkIds = (next: EventLinkRef[]) => {
    setLinks(next);
    setValue(
      'contactIds',
      next.filter((l) => l.entityType === 'contact').map((l) => l.entityId),
    );
    setValue(
      'companyIds',
      next.filter((l) => l.entityType === 'company').map((l) => l.entityId),
    );
    setValue(
      'dealIds',
      next.filter((l) => l.entityType === 'deal').map((l) => l.entityId),
    );
  };
  const addLink = (link: EventLinkRef) => setLinkIds([...links, link]);
  const removeLink = (link: EventLinkRef) =>
    setLinkIds(links.filter((l) => !(l.entityType === link.entityType && l.entityId === link.entityId)));

  const toggleReminder = (minutes: number) =>
    setValue(
      'reminders',
      reminders.includes(minutes)
        ? reminders.filter((m) => m !== minutes)
        : [...reminders, minutes].sort((a, b) => a - b),
      { shouldValidate: formState.isSubmitted },
    );
  const toggleWeekday = (day: (typeof WEEKDAYS)[number]) =>
    setValue('repeatWeekdays', weekdays.includes(day) ? weekdays.filter((d) => d !== day) : [...weekdays, day]);

  const reminderLabel = (minutes: number) =>
    (REMINDER_PRESETS as readonly number[]).includes(minutes)
      ? t(`calendar.reminderPresets.${minutes}`)
      : minutes % 1440 === 0
        ? t('calendar.daysBefore', { count: minutes / 1440 })
        : minutes % 60 === 0
          ? t('calendar.hoursBefore', { count: minutes / 60 })
          : t('calendar.minutesBefore', { count: minutes });

  const canTick = event && (event.kind === 'task' || event.kind === 'follow_up') && occurrence;

  return (
    <Dialog
      title={event ? t('calendar.editTitle') : t('calendar.newTitle')}
      onClose={onClose}
      size="lg"
      footer={
        <div className="dialog-actions event-dialog-actions">
          {event && occurrence && repeating && (
            <Button
              variant="danger"
              onClick={() =>
                void run(
                  () => api.calendar.cancelOccurrence({ id: event.id, occurrence: occurrence.start }),
                  t('calendar.occurrenceDeleted'),
                )
              }
            >
              {t('calendar.deleteOccurrence')}
            </Button>
          )}
          {event && (
            <Button
              variant="danger"
              onClick={() => void run(() => api.calendar.delete({ id: event.id }), t('calendar.deleted'))}
            >
              {repeating ? t('calendar.deleteSeries') : t('common.delete')}
            </Button>
          )}
          {canTick && (
            <Button
              onClick={() =>
                void run(
                  () =>
                    api.calendar.setDone({
                      id: event.id,
                      occurrence: occurrence.start,
                      done: occurrence.doneAt === null,
                    }),
                  occurrence.doneAt === null ? t('calendar.markedDone') : t('calendar.markedNotDone'),
                )
              }
            >
              {occurrence.doneAt === null ? t('calendar.markDone') : t('calendar.markNotDone')}
            </Button>
          )}
          {event && (
            <Button
              variant="ghost"
              onClick={() =>
                void api.calendar
                  .exportIcs({ eventId: event.id })
                  .then((file) => downloadBase64File(file.fileName, file.contentBase64, 'text/calendar'))
              }
            >
              {t('calendar.ics.exportOne')}
            </Button>
          )}
          <span className="spacer" />
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" form={FORM_ID} variant="primary" disabled={formState.isSubmitting}>
            {t('common.save')}
          </Button>
        </div>
      }
    >
      <form id={FORM_ID} className="stack event-form" onSubmit={(e) => void submit(e)} noValidate>
        <fieldset className="plain-fieldset" disabled={scope === 'occurrence'}>
          <div className="form-row">
            <Select
              label={t('calendar.kind')}
              options={EVENT_KINDS.map((k) => ({ value: k, label: t(`calendar.kinds.${k}`) }))}
              {...register('kind')}
            />
            <TextField label={t('calendar.title')} autoFocus error={errors.title?.message} {...register('title')} />
          </div>
        </fieldset>
        {repeating && event && occurrence && (
          <fieldset className="field segmented-field">
            <legend className="field-label">{t('calendar.changeWhat')}</legend>
            <div className="segmented">
              {(['series', 'occurrence'] as const).map((value) => (
                <label key={value} className={scope === value ? 'is-checked' : undefined}>
                  <input
                    type="radio"
                    name="scope"
                    value={value}
                    checked={scope === value}
                    onChange={() => chooseScope(value)}
                  />
                  {t(`calendar.scope.${value}`)}
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {repeating && event && (
          <p className="hint">{scope === 'series' ? t('calendar.editsSeries') : t('calendar.editsOccurrence')}</p>
        )}
        <fieldset className="plain-fieldset" disabled={scope === 'occurrence'}>
          <label className="checkbox">
            <input type="checkbox" {...register('allDay')} />
            {t('calendar.allDay')}
          </label>
        </fieldset>
        <div className="form-row">
          <TextField
            type="date"
            label={allDay ? t('calendar.firstDay') : t('calendar.startDate')}
            error={errors.startDate?.message}
            {...register('startDate')}
          />
          {!allDay && <TextField type="time" label={t('calendar.startTime')} {...register('startTime')} />}
          <TextField
            type="date"
            label={allDay ? t('calendar.lastDay') : t('calendar.endDate')}
            error={errors.endDate?.message}
            {...register('endDate')}
          />
          {!allDay && <TextField type="time" label={t('calendar.endTime')} {...register('endTime')} />}
        </div>
        <fieldset className="plain-fieldset stack" disabled={scope === 'occurrence'}>
          <div className="form-row">
            <Select
              label={t('calendar.repeat')}
              error={errors.repeatFreq?.message}
              options={[
                { value: 'none', label: t('calendar.repeats.none') },
                { value: 'daily', label: t('calendar.repeats.daily') },
                { value: 'weekly', label: t('calendar.repeats.weekly') },
                { value: 'monthly', label: t('calendar.repeats.monthly') },
                { value: 'yearly', label: t('calendar.repeats.yearly') },
                ...(repeatFreq === 'custom' ? [{ value: 'custom', label: t('calendar.repeats.custom') }] : []),
              ]}
              {...register('repeatFreq')}
            />
            {repeatFreq !== 'none' && repeatFreq !== 'custom' && (
              <TextField
                type="number"
                min={1}
                max={99}
                label={t(`calendar.every.${repeatFreq}`)}
                {...register('repeatInterval', { valueAsNumber: true })}
              />
            )}
            {repeatFreq === 'monthly' && (
              <Select
                label={t('calendar.monthlyBy')}
                options={[
                  { value: 'date', label: t('calendar.monthlyByDate') },
                  { value: 'weekday', label: t('calendar.monthlyByWeekday') },
                ]}
                {...register('repeatMonthlyBy')}
              />
            )}
          </div>
          {repeatFreq === 'weekly' && (
            <fieldset className="weekday-picker">
              <legend className="field-label">{t('calendar.onDays')}</legend>
              {WEEKDAYS.map((day) => (
                <label key={day} className={`chip-toggle ${weekdays.includes(day) ? 'is-on' : ''}`}>
                  <input
                    type="checkbox"
                    className="visually-hidden"
                    checked={weekdays.includes(day)}
                    onChange={() => toggleWeekday(day)}
                  />
                  {t(`calendar.weekdays.${day}`)}
                </label>
              ))}
            </fieldset>
          )}
          {repeatFreq === 'custom' && (
            <p className="hint">{t('calendar.customRule', { rule: form.getValues('customRrule') })}</p>
          )}
          {repeatFreq !== 'none' && repeatFreq !== 'custom' && (
            <div className="form-row">
              <Select
                label={t('calendar.repeatEnds')}
                options={[
                  { value: 'never', label: t('calendar.ends.never') },
                  { value: 'until', label: t('calendar.ends.until') },
                  { value: 'count', label: t('calendar.ends.count') },
                ]}
                {...register('repeatEnd')}
              />
              {repeatEnd === 'until' && (
                <TextField
                  type="date"
                  label={t('calendar.untilDate')}
                  error={errors.repeatUntil?.message}
                  {...register('repeatUntil')}
                />
              )}
              {repeatEnd === 'count' && (
                <TextField
                  type="number"
                  min={1}
                  max={999}
                  label={t('calendar.times')}
                  {...register('repeatCount', { valueAsNumber: true })}
                />
              )}
            </div>
          )}
          <fieldset className="reminder-picker">
            <legend className="field-label">{t('calendar.reminders')}</legend>
            {[
              ...REMINDER_PRESETS,
              ...reminders.filter((m) => !(REMINDER_PRESETS as readonly number[]).includes(m)),
            ].map((minutes) => (
              <label key={minutes} className={`chip-toggle ${reminders.includes(minutes) ? 'is-on' : ''}`}>
                <input
                  type="checkbox"
                  className="visually-hidden"
                  checked={reminders.includes(minutes)}
                  onChange={() => toggleReminder(minutes)}
                />
                {reminderLabel(minutes)}
              </label>
            ))}
            <CustomReminder onAdd={(minutes) => !reminders.includes(minutes) && toggleReminder(minutes)} />
            {errors.reminders?.message && <p className="field-error">{t(errors.reminders.message)}</p>}
          </fieldset>
          <Field label={t('calendar.concerns')}>
            <div className="stack-sm">
              <ul className="chip-list">
                {links.map((link) => (
                  <li key={`${link.entityType}-${link.entityId}`} className="chip">
                    {link.name}
                    <button
                      type="button"
                      className="chip-remove"
                      aria-label={t('calendar.removeLink', { name: link.name })}
                      onClick={() => removeLink(link)}
                    >
                      ×
                    </button>
                  </li>
                ))}
              </ul>
              <LinkPicker linked={links} onPick={addLink} />
            </div>
          </Field>
          <TextField label={t('calendar.location')} error={errors.location?.message} {...register('location')} />
          <TextArea label={t('calendar.notes')} rows={3} error={errors.notes?.message} {...register('notes')} />
        </fieldset>
      </form>
    </Dialog>
  );
}
