// `npm run bench` (customers section): the benchmark database (100,000 people, their companies and activities)
// plus activities up to 200,000 and 50,000 won deals (and lost ones) over three years, most revenue from a
// minority of customers. Times recomputing every customer's value and segment, recomputing one customer after a
// change, and the Today screen's data — each through the real code, beside a bare better-sqlite3 query of the
// same rows in the same run.
import SQLite from 'better-sqlite3';
import { rmSync } from 'node:fs';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import { dispatch } from '../../src-main/api/dispatch';
import type { AppContext } from '../../src-main/context';
import { refreshCustomerValues } from '../../src-main/customers/customerValueService';
import { insertMany, insertManyReturningIds } from '../../src-main/db/insertMany';
import { openApp } from '../../src-main/openApp';
import { seededRandom } from '../../src-main/sample/sampleData';
import { BENCH_NOW, benchDatabase } from './dataset';
import { ms, timeAsync, timeSync, type Timing } from './stats';

const DAY = 86_400_000;

async function call<M extends MethodName>(ctx: AppContext, method: M, input: MethodInput<M>) {
  const result = await dispatch(ctx, method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as MethodOutput<M>;
}

/** Adds activities up to `activities` in all, and `won` won deals (plus a fifth as many lost ones). */
export async function fillCustomers(ctx: AppContext, activities: number, won: number) {
  const db = ctx.db;
  const contacts = await db.selectFrom('contact').select(['id', 'company_id']).execute();
  const companies = (await db.selectFrom('company').select('id').execute()).map((r) => r.id);
  const pipeline = (await call(ctx, 'pipelines.list', {}))[0]!;
  const wonStage = pipeline.stages.find((s) => s.kind === 'won')!.id;
  const lostStage = pipeline.stages.find((s) => s.kind === 'lost')!.id;
  const have = Number(
    (
      await db
        .selectFrom('activity')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const next = seededRandom(808);
  // Customers are a skewed fifth of the people: a few buy often, most once or twice.
  const customer = () => contacts[Math.floor(next() ** 2.5 * contacts.length * 0.2)]!;
  const someone = () => contacts[Math.floor(next() * contacts.length)]!;
  const day = (maxDaysAgo: number) => new Date(BENCH_NOW.getTime() - Math.floor(next() * maxDaysAgo) * DAY - DAY);
  const kinds = ['call', 'meeting', 'visit', 'email', 'note'] as const;

  await db.transaction().execute(async (trx) => {
    const extra = Array.from({ length: Math.max(0, activities - have) }, (_, i) => {
      const who = i % 2 === 0 ? customer() : someone();
      const at = day(3 * 365).toISOString();
      return {
        kind: kinds[Math.floor(next() * kinds.length)]!,
        occurred_at: at,
        summary: `Bench activity ${i}`,
        outcome: '',
        contact_id: who.id,
        company_id: who.company_id,
        deal_id: null,
        created_at: at,
        updated_at: at,
      };
    });
    await insertMany(trx, 'activity', extra);
    const lost = Math.floor(won / 5);
    const deals = Array.from({ length: won + lost }, (_, i) => {
      const isWon = i < won;
      const closed = day(3 * 365);
      const at = new Date(closed.getTime() - 20 * DAY).toISOString();
      const who = customer();
      return {
        who,
        row: {
          pipeline_id: pipeline.id,
          stage_id: isWon ? wonStage : lostStage,
          status: isWon ? ('won' as const) : ('lost' as const),
          title: `Bench deal ${i}`,
          company_id: who.company_id ?? (next() < 0.3 ? companies[Math.floor(next() * companies.length)]! : null),
          amount: 5_000 + Math.floor(next() ** 3 * 2_000) * 1_000,
          currency: next() < 0.95 ? 'USD' : 'EUR',
          expected_close: null,
          probability: null,
          source: '',
          notes: '',
          closed_on: closed.toISOString().slice(0, 10),
          refunded: isWon && next() < 0.02 ? 5_000 : 0,
          lost_reason_id: null,
          lost_note: '',
          position: i,
          last_activity_at: at,
          created_at: at,
          updated_at: at,
          deleted_at: null,
        },
      };
    });
    const ids = await insertManyReturningIds(
      trx,
      'deal',
      deals.map((d) => d.row),
    );
    await insertMany(
      trx,
      'deal_contact',
      ids.flatMap((deal_id, i) => {
        const first = deals[i]!.who.id;
        const second = someone().id;
        return next() < 0.1 && second !== first
          ? [
              { deal_id, contact_id: first, position: 0 },
              { deal_id, contact_id: second, position: 1 },
            ]
          : [{ deal_id, contact_id: first, position: 0 }];
      }),
    );
    // Everyone is already stale (no computation has run): the marks the triggers left are not needed.
    await trx.deleteFrom('customer_value_dirty').execute();
  });
}

const ratio = (t: Timing, base: Timing) => `×${(t.p99 / Math.max(base.p99, 0.001)).toFixed(1)}`;
const line = (label: string, t: Timing, baseLabel: string, base: Timing) =>
  console.log(
    `  ${label.padEnd(40)} p50 ${ms(t.p50).padStart(9)}  p99 ${ms(t.p99).padStart(9)}   ${baseLabel}: p99 ${ms(base.p99)} (${ratio(t, base)})`,
  );

export async function runCustomersBench(contacts: number) {
  const file = await benchDatabase(contacts);
  const app = await openApp(file, { clock: { now: () => BENCH_NOW }, keepPreMigrationCopy: false });
  const ctx = app.ctx;
  const t0 = performance.now();
  await fillCustomers(ctx, 200_000, 50_000);
  app.handle.sqlite.exec('analyze');
  const bare = new SQLite(file, { readonly: true });
  const counts = bare
    .prepare(
      `select (select count(*) from contact) c, (select count(*) from activity) a,
        (select count(*) from deal where status = 'won') w, (select count(*) from deal where status = 'lost') l`,
    )
    .get() as { c: number; a: number; w: number; l: number };
  console.log(
    `\nCustomers: ${counts.c.toLocaleString('en')} people, ${counts.a.toLocaleString('en')} activities, ${counts.w.toLocaleString('en')} won and ${counts.l.toLocaleString('en')} lost deals (filled in ${ms(performance.now() - t0)})`,
  );
  try {
    // (a) Everyone: measures, score cuts, segments, due dates, suggestions, for people and companies.
    const full = await timeAsync(5, async () => {
      app.handle.sqlite.exec('delete from customer_value_run');
      if ((await refreshCustomerValues(ctx)) !== 'full') throw new Error('expected a full pass');
    });
    const bareWon = bare.prepare(
      `select dc.contact_id, count(*), sum(d.amount), max(d.closed_on) from deal_contact dc
       join deal d on d.id = dc.deal_id where d.status = 'won' and d.deleted_at is null group by dc.contact_id`,
    );
    const bareFull = timeSync(5, () => bareWon.all());
    const stats = bare
      .prepare(`select kind, count(*) n, group_concat(distinct segment) s from customer_value group by kind`)
      .all() as Array<{ kind: string; n: number; s: string }>;
    line('every customer, value and segment', full, 'bare sum of won deals per person', bareFull);
    for (const s of stats) console.log(`    ${s.kind}: ${s.n.toLocaleString('en')} customers (${s.s})`);

    // (b) One customer after a change: a person (and their company) marked as an activity would, recomputed
    // alone. The target is for a customer in the top 1 % by purchases; the heaviest one (hundreds of deals and
    // activities, far beyond a real shop's) is shown beside it.
    const buyerAt = (offset: number) =>
      bare
        .prepare(
          `select v.id, c.company_id, v.orders_ever from customer_value v join contact c on c.id = v.id
           where v.kind = 'contact' and c.company_id is not null order by v.orders_ever desc limit 1 offset ?`,
        )
        .get(offset) as { id: number; company_id: number; orders_ever: number };
    const mark = app.handle.sqlite.prepare('insert or ignore into customer_value_dirty (kind, id) values (?, ?)');
    const recomputeOne = (who: { id: number; company_id: number }) =>
      timeAsync(200, async () => {
        mark.run('contact', who.id);
        mark.run('company', who.company_id);
        if ((await refreshCustomerValues(ctx)) !== 'dirty') throw new Error('expected one customer recomputed');
      });
    const buyer = buyerAt(Math.floor(stats.find((s) => s.kind === 'contact')!.n / 100));
    const one = await recomputeOne(buyer);
    const bareOne = bare.prepare(
      `select count(*), sum(d.amount), max(d.closed_on) from deal_contact dc join deal d on d.id = dc.deal_id
       where dc.contact_id = ? and d.status = 'won'`,
    );
    const bareOneTiming = timeSync(200, () => bareOne.get(buyer.id));
    line(`one customer (${buyer.orders_ever} purchases) + company`, one, 'bare sum of their won deals', bareOneTiming);
    const heaviest = buyerAt(0);
    const worst = await recomputeOne(heaviest);
    console.log(
      `    the heaviest customer (${heaviest.orders_ever} purchases): p50 ${ms(worst.p50)}, p99 ${ms(worst.p99)}`,
    );
    const logCall = await timeAsync(100, (i) =>
      call(ctx, 'activities.create', {
        activity: {
          kind: 'call',
          occurredAt: new Date(BENCH_NOW.getTime() - i * 60_000).toISOString(),
          summary: 'Bench call',
          outcome: '',
          contactId: buyer.id,
          companyId: null,
          dealId: null,
        },
      }),
    );
    console.log(`    logging a call with them, whole write: p50 ${ms(logCall.p50)}, p99 ${ms(logCall.p99)}`);

    // (c) Today: the agenda, birthdays, and the keep-in-touch part (due list, occasions, suggestions).
    const today = await timeAsync(100, async () => {
      await call(ctx, 'calendar.today', {});
      await call(ctx, 'customers.keepInTouch', { limit: 20 });
    });
    const data = await call(ctx, 'customers.keepInTouch', { limit: 20 });
    const bareDue = bare.prepare('select * from customer_value where due_on <= ? order by yearly_value desc limit 20');
    const bareToday = timeSync(100, () => bareDue.all('2026-11-22'));
    line("Today's data", today, 'bare select of the due rows', bareToday);
    console.log(
      `    ${data.dueCount.toLocaleString('en')} due, ${data.occasions.length} occasions, ${data.suggestionCount.toLocaleString('en')} suggestions`,
    );

    // (d) Customers at a glance: the six charts for their default periods (people, then companies).
    const range = { from: '2025-11-23', to: '2026-11-23' };
    const months = { fromMonth: '2025-12', months: 12 };
    const charts = async (kind: 'contact' | 'company') => {
      await call(ctx, 'customers.bySegment', { kind, range });
      await call(ctx, 'customers.byLifecycle', { range });
      await call(ctx, 'customers.newAndLost', { kind, ...months });
      await call(ctx, 'customers.topShare', { kind, range });
      await call(ctx, 'customers.revenueByAge', { kind, ...months });
      await call(ctx, 'customers.activityByWeek', { kind, fromWeek: '2026-08-31', weeks: 12 });
    };
    const people = await timeAsync(10, () => charts('contact'));
    const firms = await timeAsync(10, () => charts('company'));
    console.log(
      `  at a glance, all six charts: people p50 ${ms(people.p50)} (p99 ${ms(people.p99)}), companies p50 ${ms(firms.p50)} (p99 ${ms(firms.p99)})`,
    );
    return { full: full.p99, one: one.p99, today: today.p99 };
  } finally {
    bare.close();
    await app.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  }
}
