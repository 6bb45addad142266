// A small set of customers for the Today screen's keep-in-touch part (UI and end-to-end tests), built through
// the contract. Today is 2026-11-22 (a Sunday); money in cents, USD; keep-in-touch days are the defaults
// (loyal 45, at risk 21, new 21, hibernating never).
//
// Person (company)  lifecycle  won deals                          activities
//   Ann Lee          customer   2025-06-01 20,000 · 2026-03-01 20,000   —          birthday --12-02
//   Bo Chen (Chen Trading) repeat  2016-11-27 100,000 · 2026-01-10 100,000  —      born 1970-11-25
//   Cy Park          lead       2026-08-01 10,000                  08-05, 08-15, 08-25, 09-04
//   Dee Wu           customer   2026-11-10 50,000                  —
//   Eve Sun          customer   2024-06-01 5,000                   —          birthday --11-30
//   Gil Ray          lead       —                                  —          born 1990-11-24
//
// Ranked among the five buyers: R (last purchase) Eve 1, Bo 2, Ann 3, Cy 4, Dee 5; F (orders: three on 1 share
// 3/5 → 3, two on 2 → 5); M (revenue) Eve 1, Cy 2, Ann 3, Dee 4, Bo 5. Segments: Ann R3 FM4 loyal · Bo R2 FM5
// at risk · Cy R4 FM3 loyal · Dee new · Eve R1 FM2 hibernating.
// Yearly value = revenue × 365 / max(365, days as a customer): Ann 4,000,000 × 365 / 539 = 2,708,720 ($27.1K) ·
// Bo 20,000,000 × 365 / 3647 = 2,001,645 ($20K) · Cy 1,000,000 ($10K) · Dee 5,000,000 · Eve 201,881.
// Due (last touch + their rhythm, else the segment's days), most value first:
//   Ann  2026-03-01 + 45 → quiet 266 days (45 days for this segment)
//   Bo   2026-01-10 + 21 → quiet 316 days (21 days for this segment)
//   Cy   activity every 10 days, last 09-04 → quiet 79 days (usually every 10 days)
//   Dee  2026-11-10 + 21 = 12-01: not yet · Eve hibernating: never.
// Suggestions (most value first): Ann customer → repeat (2nd purchase) · Cy lead → customer · Eve customer →
// lapsed (nothing bought for 539 days).
// Occasions: Gil turns 36 on Tuesday (everyone's birthdays, a week) · Bo turns 56 on Wednesday (both lists:
// shown once) · Bo a customer for 10 years on Friday · Ann's birthday on Dec 2 (valuable: two weeks) · Eve's
// birthday on the 30th is neither (eight days away, and not valuable).
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { LifecycleStage } from '@shared/domain/contact';
import { company, dealInput, person } from './fixtures';

export type CallMain = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

export const KEEP_IN_TOUCH_TODAY = '2026-11-22';

export interface KeepInTouchPeople {
  ann: number;
  bo: number;
  cy: number;
  dee: number;
  eve: number;
  gil: number;
  chenTrading: number;
}

export async function seedKeepInTouch(call: CallMain): Promise<KeepInTouchPeople> {
  const pipeline = (await call('pipelines.list', {}))[0]!;
  const wonStage = pipeline.stages.find((s) => s.kind === 'won')!.id;
  const chenTrading = (await call('companies.create', { company: company({ name: 'Chen Trading' }) })).id;
  const add = async (
    givenName: string,
    familyName: string,
    lifecycle: LifecycleStage,
    birthday: string | null = null,
    companyId: number | null = null,
  ) =>
    (await call('contacts.create', { contact: person({ givenName, familyName, lifecycle, birthday, companyId }) })).id;
  const won = (contactId: number, closedOn: string, amount: number) =>
    call('deals.create', {
      deal: dealInput({
        pipelineId: pipeline.id,
        stageId: wonStage,
        title: `Order ${closedOn}`,
        contactIds: [contactId],
        amount,
        closedOn,
      }),
    });

  const ann = await add('Ann', 'Lee', 'customer', '--12-02');
  await won(ann, '2025-06-01', 2_000_000);
  await won(ann, '2026-03-01', 2_000_000);
  const bo = await add('Bo', 'Chen', 'repeat', '1970-11-25', chenTrading);
  await won(bo, '2016-11-27', 10_000_000);
  await won(bo, '2026-01-10', 10_000_000);
  const cy = await add('Cy', 'Park', 'lead');
  await won(cy, '2026-08-01', 1_000_000);
  for (const day of ['2026-08-05', '2026-08-15', '2026-08-25', '2026-09-04']) {
    await call('activities.create', {
      activity: {
        kind: 'meeting',
        occurredAt: `${day}T09:00:00.000Z`,
        summary: 'Catch-up',
        outcome: '',
        contactId: cy,
        companyId: null,
        dealId: null,
      },
    });
  }
  const dee = await add('Dee', 'Wu', 'customer');
  await won(dee, '2026-11-10', 5_000_000);
  const eve = await add('Eve', 'Sun', 'customer', '--11-30');
  await won(eve, '2024-06-01', 500_000);
  const gil = await add('Gil', 'Ray', 'lead', '1990-11-24');
  return { ann, bo, cy, dee, eve, gil, chenTrading };
}
