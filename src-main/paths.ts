// Where Rapport keeps its database by default. Computed without Electron so the desktop app and the `rapport`
// CLI always agree: the same folder Electron calls userData for an app named "Rapport".
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Rapport');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Rapport');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Rapport');
}

/** RAPPORT_DB overrides the default (useful for trying things on a copy). */
export function defaultDatabaseFile(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  return env.RAPPORT_DB || join(defaultDataDir(env, platform), 'rapport.db');
}
