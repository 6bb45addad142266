// The reminder centre: a button in the sidebar with the number of reminders waiting, and the list of them —
// due and missed — each with snooze (10 minutes, an hour, tomorrow morning), dismiss, and a way to the item.
import type { ReminderAlert } from '@shared/domain/calendar';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../api/api';
import { bridge } from '../../api/bridge';
import { useApiQuery } from '../../api/useApiQuery';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { useToast } from '../../components/useToast';
import { useFormat } from '../../i18n/useFormat';

export function ReminderCentreButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const alerts = useApiQuery('reminders.open', () => api.reminders.open({}), ['reminder', 'calendar']);
  const count = alerts.data?.length ?? 0;

  // A reminder coming due opens the centre if nothing else is open (the OS notification says it too).
  useEffect(() => {
    const b = bridge(false);
    return b ? b.on('reminders.due', () => alerts.reload()) : () => {};
  }, [alerts]);

  return (
    <>
      <button
        type="button"
        className={`nav-item reminder-button ${count > 0 ? 'has-alerts' : ''}`}
        onClick={() => setOpen(true)}
        aria-label={t('reminders.buttonLabel', { count })}
      >
        <Icon name="bell" />
        <span>{t('reminders.title')}</span>
        {count > 0 && <span className="badge">{count}</span>}
      </button>
      {open && <ReminderCentre alerts={alerts.data ?? []} onClose={() => setOpen(false)} />}
    </>
  );
}

function ReminderCentre({ alerts, onClose }: { alerts: ReminderAlert[]; onClose: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const { dateTime, date } = useFormat();
  const act = async (action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    }
  };
  const when = (a: ReminderAlert) =>
    a.allDay ? date(a.start) : dateTime(new Date(new Date(a.dueAt).getTime() + a.minutesBefore * 60_000).toISOString());
  return (
    <Dialog title={t('reminders.title')} onClose={onClose} size="lg">
      {alerts.length === 0 ? (
        <p className="empty-note">{t('reminders.none')}</p>
      ) : (
        <ul className="reminder-list" aria-label={t('reminders.title')}>
          {alerts.map((a) => (
            <li key={a.id} className={`reminder-item ${a.missed ? 'is-missed' : ''}`}>
              <div className="reminder-main">
                <div className="reminder-title">
                  {a.missed && <span className="badge badge-warning">{t('reminders.missed')}</span>}
                  <strong>{a.title}</strong>
                </div>
                <div className="reminder-meta">
                  {when(a)}
                  {a.links.length > 0 && ` · ${a.links.map((l) => l.name).join(t('common.listSeparator'))}`}
                  {a.location && ` · ${a.location}`}
                  {a.snoozedUntil && ` · ${t('reminders.snoozedUntil', { time: dateTime(a.snoozedUntil) })}`}
                </div>
              </div>
              <div className="reminder-actions">
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => {
                    onClose();
                    void navigate(`/calendar?event=${a.eventId}`);
                  }}
                >
                  {t('reminders.open')}
                </Button>
                <select
                  className="input select input-sm"
                  aria-label={t('reminders.snooze')}
                  value=""
                  onChange={(e) =>
                    void act(() =>
                      api.reminders.snooze({
                        id: a.id,
                        for: e.target.value as 'tenMinutes' | 'oneHour' | 'tomorrowMorning',
                      }),
                    )
                  }
                >
                  <option value="" disabled>
                    {t('reminders.snooze')}
                  </option>
                  <option value="tenMinutes">{t('reminders.tenMinutes')}</option>
                  <option value="oneHour">{t('reminders.oneHour')}</option>
                  <option value="tomorrowMorning">{t('reminders.tomorrowMorning')}</option>
                </select>
                <Button size="sm" onClick={() => void act(() => api.reminders.dismiss({ id: a.id }))}>
                  {t('reminders.dismiss')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
