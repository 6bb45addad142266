// Where the database file is, as Settings → Your data shows it, and what moving it to another folder did.

export interface DatabaseLocation {
  /** The database file Rapport uses (after a move not yet switched to by a restart: the file at its new place). */
  file: string;
  folder: string;
  /** The file the database was moved away from, kept until the user deletes it; null when there is none. */
  oldCopy: string | null;
  /** False when the file was named outright (RAPPORT_DB, --db): Rapport then does not move it. */
  movable: boolean;
  /** Moved, but this Rapport still has the file at its old place open: it must restart to use the new one. */
  restartNeeded: boolean;
}

export interface DatabaseMoveResult {
  /** The database at its new place. */
  file: string;
  /** Where it was: kept, untouched, until the user deletes it. */
  oldFile: string;
  /** Rapport restarts by itself to open the new file (the app); false: the user restarts it (the web host). */
  restarting: boolean;
}
