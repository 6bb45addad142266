// Sample deals for the sample customers: a year of sales through the default pipeline — some still open in
// every stage, most won or lost, with their stage history dated as it would have happened — so the board and
// the numbers have something true to show. Deterministic (seeded), like the sample customers.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { seededRandom } from './sampleData';

const TITLES_EN = [
  'Shelving for the new shop',
  'Spring catalogue print run',
  'Office chairs (12)',
  'Annual maintenance contract',
  'Window display refit',
  'Coffee machines for branches',
  'Website redesign',
  'Trade fair stand',
  'Delivery van lease',
  'Staff uniforms',
];
const TITLES_ZH = [
  '新店货架',
  '年度维护合同',
  '春季目录印刷',
  '办公椅采购',
  '展会展位',
  '门店咖啡机',
  '员工制服',
  '官网改版',
];
const SOURCES = ['Referral', 'Website', 'Trade fair', 'Existing customer', '老客户介绍'];
const DAY = 86_400_000;

export async function insertSampleDeals(
  trx: Transaction<Database>,
  options: { now: Date; companyIds: number[]; contactsOfCompany: Map<number, number[]>; currency: string },
): Promise<number> {
  const rnd = seededRandom(20261123);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const pipeline = await trx
    .selectFrom('pipeline')
    .select('id')
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .executeTakeFirst();
  if (!pipeline || options.companyIds.length === 0) return 0;
  const stages = await trx
    .selectFrom('stage')
    .selectAll()
    .where('pipeline_id', '=', pipeline.id)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .execute();
  const open = stages.filter((s) => s.kind === 'open');
  const won = stages.find((s) => s.kind === 'won');
  const lost = stages.find((s) => s.kind === 'lost');
  const reasons = await trx.selectFrom('lost_reason').select('id').where('archived_at', 'is', null).execute();
  if (open.length === 0 || !won || !lost || reasons.length === 0) return 0;
  const now = options.now.getTime();
  let count = 0;
  for (let i = 0; i < 60; i++) {
    const companyId = pick(options.companyIds);
    const people = options.contactsOfCompany.get(companyId) ?? [];
    const created = now - Math.floor(rnd() * 360 + 2) * DAY - Math.floor(rnd() * 8) * 3_600_000;
    // How far it got, and how it ended: recent deals are more often still open.
    const age = (now - created) / DAY;
    const outcome = age < 45 ? (rnd() < 0.75 ? 'open' : rnd() < 0.5 ? 'won' : 'lost') : rnd() < 0.55 ? 'won' : 'lost';
    const reached = outcome === 'won' ? open.length - 1 : Math.floor(rnd() * open.length);
    const path = open.slice(0, reached + 1).filter((_, k) => k === 0 || k === reached || rnd() < 0.8);
    let at = created;
    const history: Array<{ from: number | null; to: number; at: number }> = [];
    for (const stage of path) {
      history.push({ from: history.at(-1)?.to ?? null, to: stage.id, at });
      at = Math.min(now - DAY, at + Math.floor(rnd() * 14 + 2) * DAY);
    }
    const final = outcome === 'won' ? won : outcome === 'lost' ? lost : path.at(-1)!;
    if (outcome !== 'open') history.push({ from: history.at(-1)!.to, to: final.id, at });
    const closedOn = outcome === 'open' ? null : new Date(at).toISOString().slice(0, 10);
    const expected = new Date(outcome === 'open' ? now + Math.floor(rnd() * 120 - 20) * DAY : at)
      .toISOString()
      .slice(0, 10);
    const amount = Math.round((500 + rnd() * rnd() * 24_000) / 10) * 1000;
    const chinese = rnd() < 0.4;
    const title = chinese ? pick(TITLES_ZH) : pick(TITLES_EN);
    const last = new Date(history.at(-1)!.at).toISOString();
    const row = await trx
      .insertInto('deal')
      .values({
        pipeline_id: pipeline.id,
        stage_id: final.id,
        status: final.kind,
        title,
        company_id: companyId,
        amount,
        currency: options.currency,
        expected_close: expected,
        probability: null,
        source: pick(SOURCES),
        notes: '',
        closed_on: closedOn,
        lost_reason_id: outcome === 'lost' ? pick(reasons).id : null,
        lost_note: '',
        position: i,
        last_activity_at: last,
        created_at: new Date(created).toISOString(),
        updated_at: last,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const [k, h] of history.entries()) {
      const next = history[k + 1];
      await trx
        .insertInto('deal_stage_history')
        .values({
          deal_id: row.id,
          from_stage_id: h.from,
          to_stage_id: h.to,
          changed_at: new Date(h.at).toISOString(),
          left_at: next ? new Date(next.at).toISOString() : null,
          days: next ? (next.at - h.at) / DAY : null,
        })
        .execute();
    }
    if (people[0] !== undefined)
      await trx.insertInto('deal_contact').values({ deal_id: row.id, contact_id: people[0], position: 0 }).execute();
    count += 1;
  }
  return count;
}
