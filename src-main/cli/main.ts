// `rapport`: the command-line tool on the same services as the app.
//   rapport [--db FILE] check                       integrity, schema version, row counts (exit 0 sound, 1 not)
//   rapport [--db FILE] contacts search TEXT [--json]
//   rapport [--db FILE] import FILE [--encoding …] [--delimiter …] [--on-duplicate …] [--dry-run] [--json]
//   rapport [--db FILE] export FILE [--format csv|vcard] [--encoding …] [--view NAME]
//   rapport [--db FILE] calendar import FILE.ics [--dry-run] [--json]
//   rapport [--db FILE] calendar export FILE.ics [--from DATE] [--to DATE]
//   rapport [--db FILE] backup [DIR] [--passphrase-file F]
//   rapport [--db FILE] backups [DIR]
//   rapport [--db FILE] restore BACKUP [--passphrase-file F]
// Errors go to stderr; exit 2 on bad usage.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './runCli';

const builtWorker = join(dirname(fileURLToPath(import.meta.url)), 'backupWorker.mjs');

process.exitCode = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  env: process.env,
  // The bundle's own backup worker, built beside rapport.mjs (cli.vite.config.ts); run from source, the source one.
  ...(existsSync(builtWorker) ? { backupWorker: builtWorker } : {}),
});
