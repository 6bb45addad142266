// `rapport backup [DIR]`, `rapport backups [DIR]` and `rapport restore BACKUP`: the app's backup engine (its worker,
// its file format, its checks) from the command line. The database is never opened through openApp here: backing
// up or listing must not migrate it, and restoring must work where there is no database yet (a new computer).
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { RapportError } from '@shared/api/result';
import type { BackupCounts, BackupInfo } from '@shared/domain/backups';
import { MIN_PASSPHRASE_LENGTH } from '@shared/validation/backups';
import { describeBackup } from '../backups/backupFormat';
import { workerBackupRunner } from '../backups/backupRunner';
import { backupFolderOf, listBackups, makeBackup, restoreBackup, type BackupDeps } from '../backups/backupsService';
import { openSqlite, wrapSqlite, type DbHandle } from '../db/connection';
import type { Database } from '../db/schema';
import { noSecretStore, systemClock } from '../ports';
import { getSettings } from '../settings/settingsService';
import { APP_VERSION } from '../version';

export interface BackupFlags {
  'passphrase-file'?: string;
  json?: boolean;
}

/** The database's settings, when there is a Rapport database to read them from (else the defaults apply). */
async function openForSettings(dbFile: string): Promise<DbHandle | null> {
  if (!existsSync(dbFile)) return null;
  try {
    const handle = wrapSqlite(openSqlite(dbFile, { readonly: true }), dbFile);
    await getSettings({ db: handle.db });
    return handle;
  } catch {
    return null; // not a Rapport database: the backup says so itself
  }
}

async function withDeps<T>(
  dbFile: string,
  workerScript: string | undefined,
  work: (deps: BackupDeps) => Promise<T>,
): Promise<T> {
  const handle = await openForSettings(dbFile);
  // Recording the last good backup needs a connection that may write; reading settings does not.
  const writer = handle ? wrapSqlite(openSqlite(dbFile), dbFile) : null;
  await handle?.close();
  try {
    return await work({
      dbFile,
      db: (writer?.db as Kysely<Database> | undefined) ?? null,
      clock: systemClock,
      appVersion: APP_VERSION,
      runner: workerBackupRunner(workerScript),
      secrets: noSecretStore,
    });
  } finally {
    await writer?.close();
  }
}

/** The passphrase in a file (a trailing line break is not part of it). */
function readPassphrase(file: string, forNewBackup: boolean): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new RapportError('not_found', `Cannot read the passphrase file ${file}: ${(error as Error).message}`);
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (passphrase === '') throw new RapportError('invalid_input', `The passphrase file ${file} is empty.`);
  if (forNewBackup && passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new RapportError(
      'invalid_input',
      `The passphrase in ${file} is too short: use at least ${MIN_PASSPHRASE_LENGTH} characters.`,
    );
  }
  return passphrase;
}

const megabytes = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
const describeCounts = (c: BackupCounts) =>
  [
    plural(c.contacts, 'contact', 'contacts'),
    plural(c.companies, 'company', 'companies'),
    plural(c.deals, 'deal', 'deals'),
    plural(c.events, 'calendar item', 'calendar items'),
    plural(c.activities, 'activity', 'activities'),
  ].join(', ');
/** Local time, as the file names have it: 2026-11-22 14:30. */
function localMinute(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
const traits = (b: { compressed: boolean; encrypted: boolean }) =>
  [b.compressed ? 'compressed' : '', b.encrypted ? 'encrypted' : ''].filter((t) => t !== '').join(', ');

export async function backupCommand(
  dbFile: string,
  dir: string | undefined,
  flags: BackupFlags,
  out: (s: string) => void,
  workerScript?: string,
): Promise<number> {
  if (!existsSync(dbFile)) throw new RapportError('not_found', `no database at ${dbFile}`);
  const passphrase =
    flags['passphrase-file'] !== undefined ? readPassphrase(flags['passphrase-file'], true) : undefined;
  const result = await withDeps(dbFile, workerScript, (deps) =>
    // The command line never deletes backups: the retention rules are the app's, for the folder of Settings.
    makeBackup(deps, {
      ...(dir !== undefined ? { folder: resolve(dir) } : {}),
      ...(passphrase !== undefined ? { passphrase } : {}),
    }),
  );
  if (flags.json) {
    out(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const how = traits(result);
    out(`Backed up ${dbFile}\n     to ${result.file}\n`);
    out(`     ${megabytes(result.bytes)}${how ? `, ${how}` : ''}: ${describeCounts(result.counts)}\n`);
  }
  return 0;
}

export async function backupsCommand(
  dbFile: string,
  dir: string | undefined,
  flags: BackupFlags,
  out: (s: string) => void,
): Promise<number> {
  let folder: string;
  if (dir !== undefined) folder = resolve(dir);
  else {
    const handle = await openForSettings(dbFile);
    try {
      folder = backupFolderOf(dbFile, handle ? await getSettings({ db: handle.db }) : { backupFolder: null }).folder;
    } finally {
      await handle?.close();
    }
  }
  const listing = await listBackups(folder);
  if (!listing.reachable) throw new RapportError('not_found', `Cannot read the folder ${folder} (is it there?).`);
  if (flags.json) {
    out(`${JSON.stringify(listing, null, 2)}\n`);
    return 0;
  }
  if (listing.backups.length === 0) {
    out(`No backups in ${folder}\n`);
    return 0;
  }
  out(`${plural(listing.backups.length, 'backup', 'backups')} in ${folder}, newest first:\n`);
  for (const b of listing.backups) out(describeListed(b));
  return 0;
}

function describeListed(b: BackupInfo): string {
  const when = b.createdAt ? localMinute(b.createdAt) : '????-??-?? ??:??';
  const head = `  ${when}  ${b.name}  ${megabytes(b.bytes)}`;
  if (b.state !== 'ok' || !b.counts)
    return `${head}\n      ${b.state === 'newer' ? 'NEWER' : 'DAMAGED'}: ${b.problem}\n`;
  const how = [traits(b), b.beforeRestore ? 'saved before a restore' : ''].filter((t) => t !== '').join(', ');
  return `${head}${how ? `  (${how})` : ''}\n      ${describeCounts(b.counts)}\n`;
}

export async function restoreCommand(
  dbFile: string,
  backupFile: string,
  flags: BackupFlags,
  out: (s: string) => void,
  workerScript?: string,
): Promise<number> {
  const file = resolve(backupFile);
  const passphrase = flags['passphrase-file'] !== undefined ? readPassphrase(flags['passphrase-file'], false) : null;
  const info = await describeBackup(file);
  if (info.counts && info.createdAt) {
    out(
      `Backup ${info.name}: made ${localMinute(info.createdAt)} by Rapport ${info.appVersion} (database version ${info.schemaVersion})\n`,
    );
    out(`     ${describeCounts(info.counts)}\n`);
  }
  const result = await withDeps(dbFile, workerScript, (deps) => restoreBackup(deps, { file, passphrase }));
  if (flags.json) {
    out(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  out(
    result.savedCurrentAs
      ? `Saved the data it replaced first, as ${result.savedCurrentAs}\n`
      : `There was no database at ${dbFile} yet.\n`,
  );
  if (result.upgradedFrom !== null) out(`Upgraded it from database version ${result.upgradedFrom}.\n`);
  out(`Restored into ${dbFile}: ${describeCounts(result.counts)}\n`);
  return 0;
}
