// User settings, one JSON value per key in the `setting` table; unknown or unreadable values fall back to
// the defaults rather than breaking start-up.
import type { z } from 'zod';
import { DEFAULT_SETTINGS, LANGUAGES, THEMES, type Settings } from '@shared/domain/settings';
import { addressLayoutsInput } from '@shared/validation/labels';
import { keepInTouchDaysInput, lapsedAfterDaysInput } from '@shared/validation/customers';
import { backupFolderInput, backupKeepInput, backupScheduleInput } from '@shared/validation/backups';
import type { AppContext } from '../context';
import { readSettingValues, writeSettingValue } from './settingsRepository';

export async function getSettings(ctx: Pick<AppContext, 'db'>): Promise<Settings> {
  const stored = await readSettingValues(ctx.db);
  const language = stored.get('language');
  const theme = stored.get('theme');
  const currency = stored.get('currency');
  return {
    language: (LANGUAGES as readonly unknown[]).includes(language)
      ? (language as Settings['language'])
      : DEFAULT_SETTINGS.language,
    theme: (THEMES as readonly unknown[]).includes(theme) ? (theme as Settings['theme']) : DEFAULT_SETTINGS.theme,
    currency: typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? currency : DEFAULT_SETTINGS.currency,
    keepRunningInTray: flag(stored.get('keepRunningInTray'), process.platform === 'win32'),
    startAtLogin: flag(stored.get('startAtLogin'), DEFAULT_SETTINGS.startAtLogin),
    showBirthdays: flag(stored.get('showBirthdays'), DEFAULT_SETTINGS.showBirthdays),
    staleDealDays: dayCount(stored.get('staleDealDays'), DEFAULT_SETTINGS.staleDealDays),
    returnAddress: stringList(stored.get('returnAddress')),
    addressLayouts: addressLayouts(stored.get('addressLayouts')),
    backupFolder: parsedOr(backupFolderInput, stored.get('backupFolder'), DEFAULT_SETTINGS.backupFolder),
    backupSchedule: parsedOr(backupScheduleInput, stored.get('backupSchedule'), DEFAULT_SETTINGS.backupSchedule),
    backupKeepDaily: parsedOr(backupKeepInput, stored.get('backupKeepDaily'), DEFAULT_SETTINGS.backupKeepDaily),
    backupKeepWeekly: parsedOr(backupKeepInput, stored.get('backupKeepWeekly'), DEFAULT_SETTINGS.backupKeepWeekly),
    backupCompress: flag(stored.get('backupCompress'), DEFAULT_SETTINGS.backupCompress),
    backupEncrypt: flag(stored.get('backupEncrypt'), DEFAULT_SETTINGS.backupEncrypt),
    lapsedAfterDays: parsedOr(lapsedAfterDaysInput, stored.get('lapsedAfterDays'), DEFAULT_SETTINGS.lapsedAfterDays),
    keepInTouchDays: parsedOr(keepInTouchDaysInput, stored.get('keepInTouchDays'), DEFAULT_SETTINGS.keepInTouchDays),
  };
}

// A stored value this version does not accept (written by a newer one, or by hand) falls back to the default.
function parsedOr<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

const dayCount = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 365 ? value : fallback;
const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((line): line is string => typeof line === 'string').slice(0, 6) : [];
// A stored layout that no longer passes (written by a newer version, or by hand) is dropped, not printed wrong.
function addressLayouts(value: unknown): Record<string, string> {
  const parsed = addressLayoutsInput.safeParse(value);
  return parsed.success ? parsed.data : {};
}
const flag = (value: unknown, fallback: boolean) => (typeof value === 'boolean' ? value : fallback);

export async function updateSettings(ctx: AppContext, patch: Partial<Settings>): Promise<Settings> {
  await ctx.db.transaction().execute(async (trx) => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined) await writeSettingValue(trx, key, value);
    }
  });
  return getSettings(ctx);
}
