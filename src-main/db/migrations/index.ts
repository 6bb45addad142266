// The static list of migrations, in order. A folder read at run time would break once bundled, so every
// migration file is imported here; a unit test fails if a file in this folder is missing from the list.
import type { Migration } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_imports';
import * as m0003 from './0003_calendar';
import * as m0004 from './0004_deals';
import * as m0005 from './0005_labels';
import * as m0006 from './0006_customer_value';

export const MIGRATIONS: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_imports': m0002,
  '0003_calendar': m0003,
  '0004_deals': m0004,
  '0005_labels': m0005,
  '0006_customer_value': m0006,
};
