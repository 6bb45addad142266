// User settings kept in the database (so they travel with a backup).
import type { BackupSchedule } from './backups';
import { DEFAULT_KEEP_IN_TOUCH_DAYS, DEFAULT_LAPSED_AFTER_DAYS, type KeepInTouchDays } from '../customers/segments';

export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export interface Settings {
  /** null until the user picks one: the app then follows the OS language. */
  language: Language | null;
  theme: Theme;
  /** ISO 4217 code used to show money. */
  currency: string;
  /** Closing the window leaves Rapport in the tray / menu bar so reminders keep coming (on by default on
   *  Windows, where people close windows to tidy up; off elsewhere). */
  keepRunningInTray: boolean;
  /** Open Rapport (in the tray) when the user logs in. */
  startAtLogin: boolean;
  /** Birthdays from people's records shown on the calendar. */
  showBirthdays: boolean;
  /** An open deal with nothing happening for this many days is flagged on the board. */
  staleDealDays: number;
  /** The business's own address as it prints on return-address labels and envelopes, a line each (max 6). */
  returnAddress: string[];
  /**
   * Address layouts the user wrote, by destination country code ('*' = every country not listed), in the layout
   * language of src-shared/labels/addressBlock.ts; a country not listed uses its built-in convention.
   */
  addressLayouts: Record<string, string>;
  /** Where backups go; null: a "Backups" folder beside the database. */
  backupFolder: string | null;
  backupSchedule: BackupSchedule;
  /** Retention: the newest backup of each of this many most recent days, and of this many most recent weeks. */
  backupKeepDaily: number;
  backupKeepWeekly: number;
  backupCompress: boolean;
  /** Encrypt backups with the passphrase kept in the OS keychain (never in the database, never in plain text). */
  backupEncrypt: boolean;
  /** A customer with nothing bought for this many days is suggested as lapsed. */
  lapsedAfterDays: number;
  /** Per segment, days without contact before a customer shows in Keep in touch (when their own rhythm is unknown). */
  keepInTouchDays: KeepInTouchDays;
}

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  theme: 'system',
  currency: 'USD',
  keepRunningInTray: false,
  startAtLogin: false,
  showBirthdays: true,
  staleDealDays: 14,
  returnAddress: [],
  addressLayouts: {},
  backupFolder: null,
  backupSchedule: 'daily',
  backupKeepDaily: 7,
  backupKeepWeekly: 4,
  backupCompress: true,
  backupEncrypt: false,
  lapsedAfterDays: DEFAULT_LAPSED_AFTER_DAYS,
  keepInTouchDays: DEFAULT_KEEP_IN_TOUCH_DAYS,
};

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dbPath: string;
  counts: { contacts: number; companies: number; activities: number; trash: number };
}
