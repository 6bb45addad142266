// English messages of Settings → Your data: "Export everything", and where the database is — shown, opened in its
// folder, moved (merged into en.ts under "yourData").
export const yourDataEn = {
  title: 'Your data',
  hint: 'Everything Rapport keeps — people, companies, their history, the calendar, deals and settings — in one .zip file: every table as a CSV spreadsheet, the people as vCards, the calendar as an .ics file, and a README that explains each file and column. It opens without Rapport, for as long as you keep it.',
  exportEverything: 'Export everything…',
  exporting: 'Exporting…',
  done: 'Saved {{file}}: {{files}} files, {{rows}} rows',
  database: {
    label: 'Database file',
    hint: 'Everything is kept in this one file. You can move it to another folder — another drive, or a folder your backup software watches.',
    showInFolder: 'Show in folder',
    noFolderWindow: 'This window cannot open folders; the path above can be copied.',
    move: 'Move…',
    pinned: 'RAPPORT_DB (or --db) names this file, so Rapport does not move it.',
    restartNeeded:
      'The database has moved here. Restart Rapport to use the new place — until then, changes cannot be saved.',
    oldCopyKept: 'The old copy at {{file}} is kept until you delete it.',
    deleteOldCopy: 'Delete the old copy',
    deleteTitle: 'Delete the old copy?',
    deleteBody:
      'This deletes {{file}} and the -wal and -shm files beside it, and nothing else. The database Rapport uses now, {{current}}, is not touched.',
    deleted: 'Deleted the old copy',
  },
  move: {
    title: 'Move the database',
    folder: 'Folder to move it to',
    folderHint: 'The full path of an existing folder, such as /Volumes/Office/Rapport or D:\\Rapport.',
    steps:
      'Rapport will copy the database into {{folder}}, check the copy (SQLite’s own check, and the same number of people, companies, deals, calendar items and activities), and then switch to it.',
    stepsNoFolder:
      'Rapport will copy the database into that folder, check the copy (SQLite’s own check, and the same number of people, companies, deals, calendar items and activities), and then switch to it.',
    kept: 'The file where it is now stays as it is, until you delete it. Backups set to the default folder will go to a Backups folder beside the new place.',
    confirm: 'Move the database',
    moving: 'Copying and checking…',
    restarting: 'Moved to {{file}}. Rapport is restarting to use it…',
    restartYourself: 'Moved to {{file}}. Restart Rapport to use the new place.',
    failed: 'Not moved: the database is still at {{file}}.',
  },
};
