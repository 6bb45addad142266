// The write-ahead log is copied back into the database file in the background (db/connection.ts), not inside
// the commit that happens to fill it: a save returns with its change in the log only, and within a second or two
// the database file alone holds it.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, expect, it } from 'vitest';
import { CHECKPOINT_EVERY_MS } from '../../src-main/db/connection';
import { createTestApp, type TestApp } from '../support/testApp';
import { person } from '../support/fixtures';

let app: TestApp;
afterEach(async () => app.cleanup());

/** The people in the database file as it is on disk, without its log. */
function peopleInTheFileAlone(): number {
  const copy = join(app.dir, `alone-${Date.now()}.db`);
  copyFileSync(app.file, copy);
  const file = new SQLite(copy, { readonly: true });
  try {
    return (file.prepare('select count(*) as n from contact').get() as { n: number }).n;
  } finally {
    file.close();
  }
}

it('copies the log back into the file between saves, not during them', async () => {
  app = await createTestApp();
  expect(app.handle.sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
  await app.call('contacts.create', { contact: person({ givenName: 'Ada' }) });
  // Just saved: the change is in the log.
  expect(peopleInTheFileAlone()).toBe(0);
  await expect
    .poll(peopleInTheFileAlone, { timeout: CHECKPOINT_EVERY_MS * 5, interval: CHECKPOINT_EVERY_MS / 4 })
    .toBe(1);
});
