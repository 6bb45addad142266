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
    /** Minor units (as deals store money). */
    money: (minor: number, currency: string) => format.formatMoney(minor, currency, locale),
    moneyShort: (minor: number, currency: string) => format.formatMoneyShort(minor, currency, locale),
    month: (month: string) => format.formatMonth(month, locale),
    /** A "YYYY-MM-DD" day, as it is (no time-zone shift). */
    day: (day: string) => format.formatDay(day, locale),
    percent: (ratio: number) => format.formatPercent(ratio, locale),
    bytes: (bytes: number) => format.formatBytes(bytes, locale),
  };
}
