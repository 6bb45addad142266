// The system's pickers and "show in folder", as the screens ask for them: main decides the dialog's title and
// starting folder, and only ever reveals the database's or the backups' folder (no path comes from the screen).
import { dirname } from 'node:path';
import type { AppContext } from '../context';
import { backupFolderOf } from '../backups/backupsService';
import { getSettings } from '../settings/settingsService';

const TITLES = {
  backups: 'Choose the folder for backups',
  moveDatabase: 'Choose the folder to move the database to',
} as const;

export async function chooseFolder(ctx: AppContext, purpose: keyof typeof TITLES) {
  if (!ctx.shell) return { path: null, dialogs: false };
  const settings = await getSettings(ctx);
  const defaultPath = purpose === 'backups' ? backupFolderOf(ctx.dbFile, settings).folder : dirname(ctx.dbFile);
  const path = await ctx.shell.chooseFolder({ title: TITLES[purpose], defaultPath });
  return path === undefined ? { path: null, dialogs: false } : { path, dialogs: true };
}

export async function chooseBackupFile(ctx: AppContext) {
  if (!ctx.shell) return { path: null, dialogs: false };
  const settings = await getSettings(ctx);
  const path = await ctx.shell.chooseFile({
    title: 'Choose a Rapport backup to restore',
    defaultPath: backupFolderOf(ctx.dbFile, settings).folder,
    filters: [{ name: 'Rapport backups', extensions: ['rapport-backup'] }],
  });
  return path === undefined ? { path: null, dialogs: false } : { path, dialogs: true };
}

export async function showInFolder(ctx: AppContext, what: 'database' | 'backups') {
  if (!ctx.shell) return { shown: false };
  const target = what === 'database' ? ctx.dbFile : backupFolderOf(ctx.dbFile, await getSettings(ctx)).folder;
  await ctx.shell.showInFolder(target);
  return { shown: true };
}
