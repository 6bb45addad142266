// A move of the database that is killed (SIGKILL) at the last moment before the copy would get its final name:
// `node --import tsx tests/support/killedMove.ts DB_FILE DATA_DIR FOLDER`. The rename into rapport.db kills the
// process instead, exactly as a power cut there would leave things: the whole copy under its temporary name.
import fs from 'node:fs/promises';
import { basename } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const [dbFile, dataDir, folder] = process.argv.slice(2) as [string, string, string];
const rename = fs.rename;
fs.rename = (async (from, to) => {
  if (basename(String(to)) === 'rapport.db') process.kill(process.pid, 'SIGKILL');
  return rename(from, to);
}) as typeof fs.rename;
syncBuiltinESMExports(); // `import { rename } from 'node:fs/promises'` sees this one too

const { openApp } = await import('../../src-main/openApp');
const { moveDatabase } = await import('../../src-main/system/moveDatabase');
const app = await openApp(dbFile);
app.ctx.databaseHome = { dataDir };
await moveDatabase(app.ctx, folder);
console.error('the move was not interrupted');
process.exit(3);
