// At start-up, when the database Settings moved is not where the note says (a drive not plugged in, a folder renamed)
// or the note cannot be read: Rapport does not start on an empty database in its place. It says where the database
// was expected and, when the copy from before the move is still there, offers to go back to it. (In English: the
// language is a setting kept in the very database that cannot be opened.)
import { existsSync } from 'node:fs';
import { app, dialog } from 'electron';
import type { LocatedDatabase } from '../paths';
import { goBackToOldCopy } from '../system/databaseLocation';

export async function refuseMissingDatabase(located: LocatedDatabase): Promise<void> {
  const { dataDir, previous, movedAt } = located;
  const canGoBack = dataDir !== null && previous !== null && existsSync(previous);
  const since = movedAt ? ` on ${new Date(movedAt).toLocaleString()}` : '';
  const { response } = await dialog.showMessageBox({
    type: 'error',
    title: 'Rapport',
    message: 'Rapport cannot find its database',
    detail: canGoBack
      ? `${located.problem}\n\nThe copy kept from before the move is still at ${previous}. Rapport can go back to it — without the changes made since it was moved${since}. The moved database is left as it is.`
      : (located.problem ?? ''),
    buttons: canGoBack ? ['Quit', 'Use the old copy'] : ['Quit'],
    defaultId: 0,
    cancelId: 0,
  });
  if (canGoBack && response === 1) {
    await goBackToOldCopy(dataDir, new Date());
    app.relaunch();
    app.exit(0);
    return;
  }
  app.exit(1);
}
