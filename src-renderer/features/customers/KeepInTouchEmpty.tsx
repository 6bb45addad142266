// Why Keep in touch is empty: nobody has bought anything yet, every segment is set to "never", or everyone
// valuable has been spoken to lately.
import { SEGMENTS } from '@shared/customers/segments';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { useSettings } from '../../app/settingsContext';

const customers = { segments: [...SEGMENTS] };
const firstOnly = { offset: 0, limit: 1 } as const;

export function KeepInTouchEmpty() {
  const { t, i18n } = useTranslation();
  const { settings } = useSettings();
  const locale = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  // Anyone with a purchase, person or company: one row of each list is enough to know.
  const count = useApiQuery(
    'keepInTouch.customerCount',
    async () => {
      const [people, companies] = await Promise.all([
        api.contacts.list({ filter: customers, sort: { field: 'name', direction: 'asc' }, locale, ...firstOnly }),
        api.companies.list({ filter: customers, sort: { field: 'name', direction: 'asc' }, locale, ...firstOnly }),
      ]);
      return people.total + companies.total;
    },
    ['contact', 'company', 'deal'],
  );
  if (count.data === undefined && !count.error) return <p className="muted">{t('common.loading')}</p>;
  const message =
    count.data === 0
      ? t('keepInTouch.emptyNoCustomers')
      : Object.values(settings.keepInTouchDays).every((days) => days === null)
        ? t('keepInTouch.emptyAllOff')
        : t('keepInTouch.emptyCaughtUp');
  return <p className="muted keep-in-touch-empty">{message}</p>;
}
