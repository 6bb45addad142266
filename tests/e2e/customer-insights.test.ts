// "Customers at a glance" in real Chromium (chart.js needs a real canvas): a new user gets a word on what will
// appear; once there are customers every chart draws, the tables beneath say the numbers worked out by hand below,
// a card's period changes them, the People/Companies switch redraws, Export PNG saves a real, opaque PNG, and the
// page reads in Chinese.
//
// Today is Sunday 2026-11-22 (UTC, on both sides); a customer is lost after 90 days without a purchase. Deals, won,
// in USD unless said (Northwind's: Alice's and Emil's; Contoso's: Chen's):
//   Alice   2025-12-10 $2,000 · 2026-02-14 $1,500 · 2026-06-01 $3,000 · 2026-10-20 $2,500
//   Brian   2026-01-15 $800          Chen  2026-03-05 $1,200 · 2026-09-10 $900      Dora  2026-05-20 $400
//   Emil    2026-07-07 $5,000        Fatima 2026-08-30 $600                          Gao   2026-11-05 $300
//   Ines    2026-04-04 €700 (a purchase, no USD)       Hugo: a lost deal only        Jun, Kai, Lena: leads
// Lost (purchase + 91 days, no purchase before): Alice 05-16 and 08-31 (back 06-01 and 10-20), Brian 04-16, Chen
//   06-04 (back 09-10), Dora 08-19, Emil 10-06, Ines 07-04; Fatima (11-29) not yet. In the last 12 months (Dec 2025 –
//   Nov 2026): 8 new, 3 came back, 7 lost; August: Fatima new, Alice and Dora lost.
// Top customers of the last 12 months: Alice $9,000, Emil $5,000, Chen $2,100, Brian $800, Fatima $600, Dora $400,
//   Gao $300 = $18,200 from 7 people: the top 10 % (1) Alice 49 %; the top 20 % (2) $14,000, 77 %; the other 5 $4,200.
// New vs existing: new $10,300 (every first month), existing $7,900 (Alice's three later orders, Chen's second): 43 %.
// Activities: in each of the 12 weeks from 2026-08-31, 2, 3, 4, 5, 2, 3, … of them: 42 in all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import { ACTIVITY_KINDS } from '@shared/domain/activity';
import type { ContactInput } from '@shared/validation/contact';
import { emptyCompanyInput, emptyContactInput } from '@shared/validation/contact';
import { dispatch } from '../../src-main/api/dispatch';
import { dealInput } from '../support/fixtures';
import { openSession, type Session } from './support/browser';
import { colouredPixels, expectChartsDrawn, expectOpaquePng, exportChart, tableOf } from './support/charts';

const TODAY = new Date('2026-11-22T10:00:00Z');

async function openInsightsSession(locale: string): Promise<Session> {
  const session = await openSession({ locale, clock: { now: () => TODAY, zone: () => 'UTC' } });
  await session.page.clock.setFixedTime(TODAY);
  await session.page.reload();
  return session;
}

function caller(session: Session) {
  return async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await dispatch(session.host.app.ctx, method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as MethodOutput<M>;
  };
}

async function seedCustomers(session: Session) {
  const call = caller(session);
  await call('settings.update', { lapsedAfterDays: 90 });
  const pipeline = (await call('pipelines.list', {}))[0]!;
  const stage = (kind: 'won' | 'lost') => pipeline.stages.find((s) => s.kind === kind)!.id;
  const [reason] = await call('lostReasons.list', { includeArchived: false });
  const company = async (name: string) =>
    (await call('companies.create', { company: { ...emptyCompanyInput(), name } })).id;
  const northwind = await company('Northwind');
  const contoso = await company('Contoso');
  const people: Record<string, number> = {};
  const person = async (name: string, lifecycle: ContactInput['lifecycle'], over: Partial<ContactInput> = {}) => {
    people[name] = (
      await call('contacts.create', { contact: { ...emptyContactInput(), givenName: name, lifecycle, ...over } })
    ).id;
  };
  await person('Alice', 'repeat', { companyId: northwind });
  await person('Brian', 'lapsed');
  await person('Chen', 'repeat', { givenName: '', fullName: '陈晨', companyId: contoso });
  for (const name of ['Dora', 'Emil', 'Fatima', 'Gao', 'Ines']) await person(name, 'customer');
  await person('Hugo', 'prospect');
  for (const name of ['Jun', 'Kai', 'Lena']) await person(name, 'lead');

  const deal = async (
    who: string,
    on: string,
    amount: number,
    over: { currency?: string; companyId?: number; lost?: boolean } = {},
  ) =>
    call('deals.create', {
      deal: dealInput({
        pipelineId: pipeline.id,
        stageId: stage(over.lost ? 'lost' : 'won'),
        title: `${who} ${on}`,
        companyId: over.companyId ?? null,
        contactIds: [people[who]!],
        amount,
        currency: over.currency ?? 'USD',
        closedOn: on,
        lostReasonId: over.lost ? reason!.id : null,
      }),
    });
  for (const [on, amount] of [
    ['2025-12-10', 200_000],
    ['2026-02-14', 150_000],
    ['2026-06-01', 300_000],
    ['2026-10-20', 250_000],
  ] as const)
    await deal('Alice', on, amount, { companyId: northwind });
  await deal('Brian', '2026-01-15', 80_000);
  await deal('Chen', '2026-03-05', 120_000, { companyId: contoso });
  await deal('Chen', '2026-09-10', 90_000, { companyId: contoso });
  await deal('Dora', '2026-05-20', 40_000);
  await deal('Emil', '2026-07-07', 500_000, { companyId: northwind });
  await deal('Fatima', '2026-08-30', 60_000);
  await deal('Gao', '2026-11-05', 30_000);
  await deal('Ines', '2026-04-04', 70_000, { currency: 'EUR' });
  await deal('Hugo', '2026-06-20', 900_000, { lost: true });

  // 2, 3, 4, 5 activities a week in turn, on the days after each Monday, with the buyers in turn.
  const buyers = ['Alice', 'Brian', 'Chen', 'Dora', 'Emil', 'Fatima', 'Gao'];
  let n = 0;
  for (let week = 0; week < 12; week++) {
    for (let j = 0; j < (week % 4) + 2; j++, n++) {
      const day = new Date(Date.UTC(2026, 7, 31 + week * 7 + j, 10));
      await call('activities.create', {
        activity: {
          kind: ACTIVITY_KINDS[n % ACTIVITY_KINDS.length]!,
          occurredAt: day.toISOString(),
          summary: `Activity ${n}`,
          outcome: '',
          contactId: people[buyers[n % buyers.length]!]!,
          companyId: null,
          dealId: null,
        },
      });
    }
  }
}

const CARDS = [
  'Customers by segment',
  'People by stage',
  'New and lost customers',
  'New and existing revenue',
  'Revenue from top customers',
  'Activities per week',
];

describe('customers at a glance, in English', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openInsightsSession('en-US');
  });
  afterAll(async () => s?.close());

  it('tells a new user what will appear instead of drawing empty axes', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/customers/insights`);
    await page.getByRole('heading', { name: 'Customers at a glance', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Your customer base will appear here' }).waitFor();
    await expect(page.locator('canvas').count()).resolves.toBe(0);
  });

  it('draws every chart once there are customers, reached from the sidebar', async () => {
    const { page } = s;
    await seedCustomers(s);
    await page.goto(`${s.host.url}#/contacts`);
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'At a glance' }).click();
    await expectChartsDrawn(page, CARDS);
    expect(s.consoleErrors).toEqual([]);
  });

  it('says the hand-worked numbers in the tables beneath the charts', async () => {
    const { page } = s;
    const segments = page.getByRole('region', { name: 'Customers by segment' });
    await expect(segments.locator('.dashboard-headline-figure').innerText()).resolves.toBe('8'); // Ines included
    const newAndLost = await tableOf(page, 'New and lost customers');
    expect(newAndLost).toContainEqual(['Aug 2026', '1', '0', '2', '-1']);
    expect(newAndLost.at(-1)).toEqual(['Total', '8', '3', '7', '+4']);
    expect(await tableOf(page, 'Revenue from top customers')).toEqual([
      ['Top 10 %', '1', '$9,000.00', '49%'],
      ['Top 20 %', '2', '$14,000.00', '77%'],
      ['The other 80 %', '5', '$4,200.00', '23%'],
      ['All paying customers', '7', '$18,200.00', '100%'],
    ]);
    await page
      .getByRole('region', { name: 'Revenue from top customers' })
      .getByText('1 deal in another currency is not included (only USD is counted).')
      .waitFor();
    const byAge = await tableOf(page, 'New and existing revenue');
    expect(byAge).toContainEqual(['Jul 2026', '$5,000.00', '$0.00', '$5,000.00', '0%']);
    expect(byAge).toContainEqual(['Oct 2026', '$0.00', '$2,500.00', '$2,500.00', '100%']);
    expect(byAge.at(-1)).toEqual(['Total', '$10,300.00', '$7,900.00', '$18,200.00', '43%']);
    const activity = page.getByRole('region', { name: 'Activities per week' });
    await expect(activity.locator('.dashboard-headline-figure').innerText()).resolves.toBe('42');
  });

  it('changes a card with its own period', async () => {
    const { page } = s;
    const card = page.getByRole('region', { name: 'Revenue from top customers' });
    const before = await colouredPixels(page, 'Revenue from top customers');
    await card.getByLabel('Period').selectOption('thisMonth');
    // November: Gao alone paid ($300).
    await expect
      .poll(() => tableOf(page, 'Revenue from top customers').then((r) => r.at(-1)))
      .toEqual(['All paying customers', '1', '$300.00', '100%']);
    await expect.poll(() => colouredPixels(page, 'Revenue from top customers')).not.toBe(before);
    await card.getByLabel('Period').selectOption('last12Months');
  });

  it('exports a chart as an opaque PNG named after it and the day', async () => {
    const { page } = s;
    const { download, png } = await exportChart(page, 'Customers by segment');
    expect(download.suggestedFilename()).toBe('Rapport segments 2026-11-22.png');
    expectOpaquePng(png, [255, 255, 255, 255]);
    await download.saveAs('/tmp/insights-segments.png');
  });

  it('looks finished (screenshot)', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1400, height: 2600 });
    await page.screenshot({ path: '/tmp/insights.png' });
    expect(s.consoleErrors).toEqual([]);
  });

  it('switches to companies and redraws for them', async () => {
    const { page } = s;
    await page.getByRole('radiogroup', { name: 'Whose figures' }).getByText('Companies').click();
    await expect.poll(() => page.url()).toContain('kind=company');
    // The address changes first, the page a moment later: wait for the people-only card to go.
    await expect.poll(() => page.getByRole('region', { name: 'People by stage' }).count()).toBe(0);
    // Northwind ($9,000 + $5,000) and Contoso ($2,100): the top 10 % and 20 % are Northwind alone.
    await expect
      .poll(() => tableOf(page, 'Revenue from top customers').then((rows) => rows[0]))
      .toEqual(['Top 10 %', '1', '$14,000.00', '87%']);
    await expectChartsDrawn(
      page,
      CARDS.filter((c) => c !== 'People by stage'),
    );
    await page.screenshot({ path: '/tmp/insights-companies.png' });
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('customers at a glance, in Chinese', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openInsightsSession('zh-CN');
    await seedCustomers(s);
  });
  afterAll(async () => s?.close());

  it('reads in Chinese, figures formatted for Chinese', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/customers/insights`);
    await page.getByRole('heading', { name: '客户概览', level: 1 }).waitFor();
    await expectChartsDrawn(page, [
      '客户分群',
      '按阶段统计的联系人',
      '新增与流失客户',
      '新老客户收入',
      '头部客户贡献的收入',
      '每周活动',
    ]);
    await page.getByRole('radiogroup', { name: '统计对象' }).getByText('公司').waitFor();
    await page.getByRole('region', { name: '客户分群' }).getByRole('button', { name: '导出 PNG' }).waitFor();
    expect((await tableOf(page, '头部客户贡献的收入'))[0]).toEqual(['前 10%', '1', 'US$9,000.00', '49%']);
    expect(await tableOf(page, '新增与流失客户')).toContainEqual(['2026年8月', '1', '0', '2', '-1']);
    await page.setViewportSize({ width: 1400, height: 2600 });
    await page.screenshot({ path: '/tmp/insights-zh.png' });
    expect(s.consoleErrors).toEqual([]);
  });
});
