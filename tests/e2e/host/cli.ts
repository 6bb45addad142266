// `npm run web -- --db FILE [--port N]`: serves the whole app to a browser on a database file.
import { parseArgs } from 'node:util';
import { defaultDatabaseFile } from '../../../src-main/paths';
import { startWebHost } from './webHost';

const { values } = parseArgs({ options: { db: { type: 'string' }, port: { type: 'string' } } });
const port = values.port === undefined ? 5174 : Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a number between 0 and 65535 (got ${values.port})`);
  process.exit(2);
}
const host = await startWebHost({ dbFile: values.db ?? defaultDatabaseFile(), port });
console.log(`Rapport web host on ${host.app.ctx.dbFile}`);
console.log(`Open ${host.url}`);
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
