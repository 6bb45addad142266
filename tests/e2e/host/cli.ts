// `npm run web -- --db FILE [--port N]`: serves the whole app to a browser on a database file.
import { parseArgs } from 'node:util';
import { locateDatabase } from '../../../src-main/paths';
import { startWebHost } from './webHost';

const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } } });
const port = values.port === undefined ? 5174 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number between 0 and 65535 (got ${values.port})`);
  process.exit(2);
}
// --db names the file; else as the app finds it (RAPPORT_DB, or where Settings moved it), and it can be moved.
const located = values.db === undefined ? locateDatabase() : null;
if (located?.problem) {
  console.error(located.problem);
  process.exit(1);
}
const host = await startWebHost({
  dbFile: values.db ?? located!.file,
  port,
  ...(located?.dataDir ? { dataDir: located.dataDir } : {}),
});
console.log(`Rapport web host on ${host.app.ctx.dbFile}`);
console.log(`Open ${host.url}`);
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
