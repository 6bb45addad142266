// The formatting helpers bound to the current UI language, re-rendering when it changes.
import { useTranslation } from 'react-i18next';
import type { Language } from '@shared/domain/settings';
import * as format from './format';

export function useFormat() {
  const { i18n } = useTranslation();
  const locale: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return {
    locale,
    date: (iso: string) => format.formatDate(iso, locale),
    dateTime: (iso: string) => format.formatDateTime(iso, locale),
    birthday: (value: string) => format.formatBirthday(value, locale),
    relative: (iso: string) => format.formatRelative(iso, locale),
    number: (value: number) => format.formatNumber(value, locale),
    currency: (value: number, currency: string) => format.formatCurrency(value, currency, locale),
  };
}
