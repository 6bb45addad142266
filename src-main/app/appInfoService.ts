// What Settings and `rapport check` show about the database: version, location, counts.
import { sql } from 'kysely';
import type { AppInfo } from '@shared/domain/settings';
import type { AppContext } from '../context';
import { LATEST_SCHEMA_VERSION } from '../db/migrate';

export async function countRows(ctx: Pick<AppContext, 'db'>): Promise<AppInfo['counts']> {
  const r = await sql<{ contacts: number; companies: number; activities: number; trash: number }>`
    select
      (select count(*) from contact where deleted_at is null) as contacts,
      (select count(*) from company where deleted_at is null) as companies,
      (select count(*) from activity) as activities,
      (select count(*) from contact where deleted_at is not null) + (select count(*) from company where deleted_at is not null) as trash
  `.execute(ctx.db);
  return r.rows[0]!;
}

export async function appInfo(ctx: AppContext): Promise<AppInfo> {
  return {
    version: ctx.appVersion,
    schemaVersion: LATEST_SCHEMA_VERSION,
    dbPath: ctx.dbFile,
    counts: await countRows(ctx),
  };
}
