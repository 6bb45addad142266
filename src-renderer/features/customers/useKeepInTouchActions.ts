// Keep in touch's one-click actions: log a call now, or put a follow-up on the calendar (10:00 that day, a
// reminder 15 minutes before, linked to the customer). Either takes the customer off the list (main's rule);
// the toast offers Undo, which deletes what was just made.
import type { KeepInTouchItem } from '@shared/domain/customers';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useToast } from '../../components/useToast';
import { useFormat } from '../../i18n/useFormat';
import { weekdayAndDay } from './dayWords';

/** A follow-up's quarter of an hour on the chosen day, and its reminder (minutes before). */
export const FOLLOW_UP_START = '10:00';
export const FOLLOW_UP_END = '10:15';
export const FOLLOW_UP_REMINDER = 15;

type Customer = Pick<KeepInTouchItem, 'entityType' | 'id' | 'name'>;

export function useKeepInTouchActions() {
  const { t } = useTranslation();
  const toast = useToast();
  const { locale } = useFormat();
  const failed = (error: unknown) =>
    toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });

  const logCall = async (customer: Customer) => {
    try {
      const activity = await api.activities.create({
        activity: {
          kind: 'call',
          occurredAt: new Date().toISOString(),
          summary: t('keepInTouch.callSummary'),
          outcome: '',
          contactId: customer.entityType === 'contact' ? customer.id : null,
          companyId: customer.entityType === 'company' ? customer.id : null,
          dealId: null,
        },
      });
      toast.show({
        message: t('keepInTouch.callLogged', { name: customer.name }),
        action: {
          label: t('common.undo'),
          onClick: () =>
            void api.activities
              .delete({ id: activity.id })
              .then(() => toast.show({ message: t('keepInTouch.callRemoved', { name: customer.name }) }), failed),
        },
      });
    } catch (error) {
      failed(error);
    }
  };

  /** `day`: "YYYY-MM-DD" on this computer's calendar. */
  const followUp = async (customer: Customer, day: string) => {
    try {
      const event = await api.calendar.create({
        event: {
          kind: 'follow_up',
          title: t('calendar.followUpTitle', { name: customer.name }),
          allDay: false,
          start: `${day}T${FOLLOW_UP_START}`,
          end: `${day}T${FOLLOW_UP_END}`,
          location: '',
          notes: '',
          repeat: null,
          reminders: [FOLLOW_UP_REMINDER],
          contactIds: customer.entityType === 'contact' ? [customer.id] : [],
          companyIds: customer.entityType === 'company' ? [customer.id] : [],
          dealIds: [],
        },
      });
      toast.show({
        message: t('keepInTouch.followUpSet', { name: customer.name, date: weekdayAndDay(day, locale) }),
        action: {
          label: t('common.undo'),
          onClick: () =>
            void api.calendar
              .delete({ id: event.id })
              .then(() => toast.show({ message: t('keepInTouch.followUpRemoved', { name: customer.name }) }), failed),
        },
      });
    } catch (error) {
      failed(error);
    }
  };

  return { logCall, followUp };
}
