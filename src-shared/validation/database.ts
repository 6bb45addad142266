// What "Move the database" accepts (Settings → Your data); main checks it again, and checks the folder itself.
import { backupFolderInput } from './backups';

/** The folder to move the database into, by its full path (as the system's folder picker gives it). */
export const databaseFolderInput = backupFolderInput.unwrap();
