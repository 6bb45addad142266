// The choices of a label print other than who it is for and which sheet, with the defaults a first visit gets.
import type { Language } from '@shared/domain/settings';
import type { LabelStyleInput, RecipientsInput } from '@shared/validation/labels';

export type RecipientOptions = Omit<RecipientsInput, 'ids' | 'viewId' | 'filter'>;

/** The countries the sender can pick (mail within the sender's country gets no country line). */
export const SENDER_COUNTRIES = ['US', 'CN', 'CA', 'GB', 'AU', 'NZ', 'IE', 'DE', 'FR', 'JP', 'SG', 'HK', 'TW'] as const;

export const DEFAULT_SHEET_ID = 'avery-5160';

export const DEFAULT_STYLE: LabelStyleInput = {
  fontSizePt: 11,
  boldName: true,
  align: 'left',
  verticalCentre: true,
  paddingMm: 2,
  fontFamily: null,
};

/** Mail goes out from the country of the screen's language until the user says otherwise. */
export function defaultSenderCountry(language: Language): string {
  return language === 'zh-CN' ? 'CN' : 'US';
}

export const DEFAULT_RECIPIENT_OPTIONS: Omit<RecipientOptions, 'senderCountry'> = {
  per: 'person',
  sort: 'name',
  includeIncomplete: false,
  copies: 1,
  includeName: true,
  includeTitle: false,
  includeCompany: true,
  shou: true,
};
