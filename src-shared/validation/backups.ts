// What the backup settings and calls accept (Settings → Backups, the restore dialog); main checks it again.
import { z } from 'zod';
import { BACKUP_SCHEDULES } from '../domain/backups';

/** A full path as the system's folder picker gives it: /…, C:\…, or \\server\share\…. */
const absolutePath = z
  .string()
  .min(1, { error: 'validation.required' })
  .max(4096, { error: 'validation.tooLong' })
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\[^\\])/, { error: 'validation.fullPath' });

/** Where backups go; null: "Backups" beside the database. */
export const backupFolderInput = absolutePath.nullable();
export const backupFileInput = absolutePath.refine((path) => path.endsWith('.rapport-backup'), {
  error: 'validation.backupFile',
});
export const backupScheduleInput = z.enum(BACKUP_SCHEDULES);
/** How many daily / weekly backups the retention rules keep (the newest good one is always kept). */
export const backupKeepInput = z.number().int().min(0).max(1000);

/** A passphrase that new backups are encrypted with: long enough to be worth scrypt's cost. */
export const MIN_PASSPHRASE_LENGTH = 8;
export const newPassphraseInput = z
  .string()
  .min(MIN_PASSPHRASE_LENGTH, { error: 'validation.passphraseShort' })
  .max(1024, { error: 'validation.tooLong' });
/** The passphrase of an existing backup, as it was typed when that backup was made. */
export const existingPassphraseInput = z
  .string()
  .min(1, { error: 'validation.required' })
  .max(1024, { error: 'validation.tooLong' });
