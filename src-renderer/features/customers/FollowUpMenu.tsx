// "Follow up ▾": tomorrow, next week, or a day picked — one click puts the follow-up on the calendar.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { usePopover } from '../../components/usePopover';
import { useFormat } from '../../i18n/useFormat';
import { shiftDate } from '../calendar/eventFormValues';
import { weekdayAndDay } from './dayWords';

interface FollowUpMenuProps {
  name: string;
  /** Today, "YYYY-MM-DD": the choices count from it, and no earlier day can be picked. */
  today: string;
  disabled?: boolean;
  onPick: (day: string) => void;
}

export function FollowUpMenu({ name, today, disabled, onPick }: FollowUpMenuProps) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const { open, setOpen, root, panelId } = usePopover();
  const [picked, setPicked] = useState('');
  const dateId = useId();

  const pick = (day: string) => {
    setOpen(false);
    setPicked('');
    onPick(day);
  };
  const choices = [
    { label: t('keepInTouch.tomorrow'), day: shiftDate(today, 1) },
    { label: t('keepInTouch.nextWeek'), day: shiftDate(today, 7) },
  ];

  return (
    <div className="popover-root" ref={root}>
      <Button
        size="sm"
        icon="calendar"
        disabled={disabled}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label={t('keepInTouch.followUpFor', { name })}
        onClick={() => setOpen((o) => !o)}
      >
        {t('keepInTouch.followUp')}
        <Icon name="chevronDown" size={13} />
      </Button>
      {open && (
        <div
          id={panelId}
          className="popover follow-up-menu"
          role="group"
          aria-label={t('keepInTouch.followUpChoices', { name })}
        >
          {choices.map((c) => (
            <button key={c.label} type="button" className="follow-up-choice" onClick={() => pick(c.day)}>
              <span>{c.label}</span>
              <span className="muted">{weekdayAndDay(c.day, locale)}</span>
            </button>
          ))}
          <form
            className="follow-up-pick"
            onSubmit={(e) => {
              e.preventDefault();
              if (picked >= today) pick(picked);
            }}
          >
            <label htmlFor={dateId} className="field-label">
              {t('keepInTouch.pickDate')}
            </label>
            <div className="follow-up-pick-row">
              <input
                id={dateId}
                type="date"
                className="input input-sm"
                min={today}
                value={picked}
                onChange={(e) => setPicked(e.target.value)}
              />
              <Button type="submit" size="sm" variant="primary" disabled={!picked || picked < today}>
                {t('keepInTouch.schedule')}
              </Button>
            </div>
          </form>
        </div>
      )}
    </div>
  );
}
