// The deals dashboard in real Chromium (chart.js needs a real canvas): a new user sees a word on what will
// appear; once deals exist, every chart draws, the tables beneath say the numbers worked out by hand below,
// the period pickers change them, Export PNG saves a real, opaque PNG, and the page reads in Chinese.
//
// Today is Sunday 2026-11-22 (UTC, on both sides). The deals (USD unless said; Lead 10% → Qualified 25% →
// Proposal 50% → Negotiation 75% → Won / Lost):
//   Alpha    created 2026-10-05, Lead → Qualified → Proposal → Won 2026-11-10          $10,000
//   Beta     created 2026-10-20, Lead → Qualified → Lost 2026-11-02 (price)              $5,000
//   Gamma    created 2026-11-03, Lead → Proposal (skips one); open, expected 2026-12-15  $8,000
//   Delta    created 2026-11-05, Lead; open, expected 2027-03-20                         $2,000
//   Eta      created 2026-11-06, Lead; open, expected 2026-12-01, in EUR                 €1,000
//   Theta    created 2026-11-08, Lead → Lost 2026-11-12 (competitor)                      $6,000
//   Iota     created 2026-09-01, Lead → Qualified; open, expected 2026-10-15 (overdue)   $1,500
//   Zeta     created 2026-02-10, Lead → Won 2026-03-15                                    $4,000
//   Epsilon  created 2025-11-15, Lead → Won 2025-11-20                                    $3,000
// So: the funnel of the last 12 months (deals created from 2025-11-23) has 2 won (Alpha, Zeta) and 2 lost
// (Beta, Theta): a 50% win rate; this month's has 0 won of 1 closed; all time adds Epsilon: 3 of 5, 60%.
// Forecast: December $8,000 × 50% = $4,000 weighted; March $2,000 × 10% = $200 (only in the next 6 months);
// overdue Iota $1,500 × 25% = $375. Revenue: Nov 2026 $10,000 beside Nov 2025 $3,000 (+233%), March $4,000.
// Won in the last 12 months: Alpha (36 days) and Zeta (33 days): on average $7,000 and 34.5 days.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { Pipeline } from '@shared/domain/deals';
import type { DealInput } from '@shared/validation/deals';
import { dispatch } from '../../src-main/api/dispatch';
import { dealInput, pipelineInput } from '../support/fixtures';
import { openSession, type Session } from './support/browser';
import {
  colouredPixels,
  colouredPixelsOf,
  expectChartsDrawn,
  expectOpaquePng,
  exportChart,
  firstPixel,
  tableOf,
} from './support/charts';

const TODAY = new Date('2026-11-22T10:00:00Z');

/** A session whose host and browser both live on 2026-11-22 (the host's clock moves while deals are seeded). */
async function openDashboardSession(locale: string): Promise<{ session: Session; setNow: (d: string) => void }> {
  let now = TODAY;
  const session = await openSession({ locale, clock: { now: () => now, zone: () => 'UTC' } });
  await session.page.clock.setFixedTime(TODAY);
  await session.page.reload();
  return { session, setNow: (d) => (now = new Date(d)) };
}

function caller(session: Session) {
  return async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const result = await dispatch(session.host.app.ctx, method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as MethodOutput<M>;
  };
}

async function seedDeals(session: Session, setNow: (d: string) => void) {
  const call = caller(session);
  const pipeline: Pipeline = (await call('pipelines.list', {}))[0]!;
  const stage = (key: string) => pipeline.stages.find((s) => s.defaultKey === key)!.id;
  const reasons = await call('lostReasons.list', { includeArchived: false });
  const reason = (key: string) => reasons.find((r) => r.defaultKey === key)!.id;
  /** Creates a deal on a day, then moves it through [day, stage, closedOn?, reason?] steps. */
  const deal = async (
    created: string,
    over: Partial<DealInput>,
    moves: Array<[day: string, stageKey: string, reasonKey?: string]> = [],
  ) => {
    setNow(`${created}T09:00:00Z`);
    const { id } = await call('deals.create', {
      deal: dealInput({ pipelineId: pipeline.id, stageId: stage('lead'), ...over }),
    });
    for (const [day, stageKey, reasonKey] of moves) {
      setNow(`${day}T09:00:00Z`);
      const closing = stageKey === 'won' || stageKey === 'lost';
      await call('deals.move', {
        id,
        stageId: stage(stageKey),
        beforeId: null,
        closedOn: closing ? day : null,
        lostReasonId: reasonKey ? reason(reasonKey) : null,
        lostNote: '',
      });
    }
  };
  await deal('2026-10-05', { title: 'Alpha', amount: 1_000_000 }, [
    ['2026-10-12', 'qualified'],
    ['2026-10-26', 'proposal'],
    ['2026-11-10', 'won'],
  ]);
  await deal('2026-10-20', { title: 'Beta', amount: 500_000 }, [
    ['2026-10-25', 'qualified'],
    ['2026-11-02', 'lost', 'price'],
  ]);
  await deal('2026-11-03', { title: 'Gamma', amount: 800_000, expectedClose: '2026-12-15' }, [
    ['2026-11-04', 'proposal'],
  ]);
  await deal('2026-11-05', { title: 'Delta', amount: 200_000, expectedClose: '2027-03-20' });
  await deal('2026-11-06', { title: 'Eta', amount: 100_000, currency: 'EUR', expectedClose: '2026-12-01' });
  await deal('2026-11-08', { title: 'Theta', amount: 600_000 }, [['2026-11-12', 'lost', 'competitor']]);
  await deal('2026-09-01', { title: 'Iota', amount: 150_000, expectedClose: '2026-10-15' }, [
    ['2026-09-10', 'qualified'],
  ]);
  await deal('2026-02-10', { title: 'Zeta', amount: 400_000 }, [['2026-03-15', 'won']]);
  await deal('2025-11-15', { title: 'Epsilon', amount: 300_000 }, [['2025-11-20', 'won']]);
  setNow(TODAY.toISOString());
}

describe('the deals dashboard, in English', () => {
  let s: Session;
  let setNow: (d: string) => void;
  beforeAll(async () => {
    ({ session: s, setNow } = await openDashboardSession('en-US'));
  });
  afterAll(async () => s?.close());

  it('tells a new user what will appear instead of drawing empty axes', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/deals/numbers`);
    await page.getByRole('heading', { name: 'Deal numbers', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Your numbers will appear here' }).waitFor();
    await expect(page.locator('canvas').count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Back to the board' }).getAttribute('href')).resolves.toBe('#/deals');
  });

  it('draws every chart once deals exist (refetching when told the data changed)', async () => {
    const { page } = s;
    await seedDeals(s, setNow);
    await expectChartsDrawn(page, ['Funnel', 'Forecast', 'Revenue', 'Why deals were lost']);
    expect(s.consoleErrors).toEqual([]);
  });

  it('shows the funnel’s win rate and steps, and changes them with the period', async () => {
    const { page } = s;
    const funnel = page.getByRole('region', { name: 'Funnel' });
    await expect(funnel.locator('.dashboard-headline').innerText()).resolves.toMatch(/Win rate\s+50%\s+2 won, 2 lost/);
    expect(await tableOf(page, 'Funnel')).toEqual([
      // Lead: all 7 USD deals created in the period; Qualified: Alpha, Beta, Gamma (skipped it), Iota, Zeta (won).
      // Days in Lead: 7, 5, 1, 17.04 (Delta, still there), 4, 9, 33; in Qualified: 14, 8, 73.04 (Iota); in
      // Proposal: 15, 18.04 (Gamma).
      ['Lead', '7', '$36,500.00', '71%', '10.9'],
      ['Qualified', '5', '$28,500.00', '60%', '31.7'],
      ['Proposal', '3', '$22,000.00', '67%', '16.5'],
      ['Negotiation', '2', '$14,000.00', '100%', '—'],
      ['Won', '2', '$14,000.00', '—', '—'],
      ['Lost', '2', '$11,000.00', '—', '—'],
    ]);
    await funnel.getByText('1 deal in another currency is not included (only USD is counted).').waitFor();

    const before = await colouredPixels(page, 'Funnel');
    await funnel.getByLabel('Period').selectOption('thisMonth');
    await expect.poll(() => funnel.locator('.dashboard-headline').innerText()).toMatch(/0%\s+0 won, 1 lost/);
    await expect.poll(() => colouredPixels(page, 'Funnel')).not.toBe(before);
    await funnel.getByLabel('Period').selectOption('allTime');
    await expect.poll(() => funnel.locator('.dashboard-headline').innerText()).toMatch(/60%\s+3 won, 2 lost/);
  });

  it('forecasts weighted value by month, with the overdue deals apart', async () => {
    const { page } = s;
    const forecast = page.getByRole('region', { name: 'Forecast' });
    await expect(forecast.locator('.dashboard-headline').first().innerText()).resolves.toMatch(/\$4,200\.00/);
    await forecast.getByText('1 deal past their expected close date', { exact: false }).waitFor();
    const rows = await tableOf(page, 'Forecast');
    expect(rows[0]).toEqual(['Overdue (before Nov 2026)', '1', '$1,500.00', '$375.00']);
    expect(rows).toContainEqual(['Dec 2026', '1', '$8,000.00', '$4,000.00']);
    expect(rows).toContainEqual(['Mar 2027', '1', '$2,000.00', '$200.00']);
    expect(rows.at(-1)).toEqual(['Total', '2', '$10,000.00', '$4,200.00']);
    await forecast.getByLabel('Period').selectOption('next3Months');
    await expect
      .poll(() => tableOf(page, 'Forecast').then((r) => r.at(-1)))
      .toEqual(['Total', '1', '$8,000.00', '$4,000.00']);
  });

  it('compares won revenue by month with the year before', async () => {
    const { page } = s;
    const rows = await tableOf(page, 'Revenue');
    expect(rows).toHaveLength(13);
    expect(rows).toContainEqual(['Nov 2026', '$10,000.00', '1', '$3,000.00', '+233%']);
    expect(rows).toContainEqual(['Mar 2026', '$4,000.00', '1', '$0.00', '—']);
    expect(rows.at(-1)).toEqual(['Total', '$14,000.00', '2', '$3,000.00', '+367%']);
    const revenue = page.getByRole('region', { name: 'Revenue' });
    await revenue.getByLabel('Period').selectOption('lastYear');
    await expect.poll(() => revenue.locator('.dashboard-headline-figure').innerText()).toBe('$3,000.00');
  });

  it('gives the close figures and why deals were lost', async () => {
    const { page } = s;
    const closing = page.getByRole('region', { name: 'Closing' });
    await expect(closing.locator('.dashboard-figures').innerText()).resolves.toMatch(
      /Deals won\s+2\s+Deals lost\s+2\s+Average deal size\s+\$7,000\.00\s+Average days to close\s+34\.5 days/,
    );
    expect(await tableOf(page, 'Why deals were lost')).toEqual([
      ['Chose a competitor', '1', '$6,000.00', '50%'],
      ['Price', '1', '$5,000.00', '50%'],
      ['Total', '2', '$11,000.00', '100%'],
    ]);
  });

  it('exports a chart as an opaque PNG named after it and the day', async () => {
    const { page } = s;
    const { download, png } = await exportChart(page, 'Funnel');
    expect(download.suggestedFilename()).toBe('Rapport funnel 2026-11-22.png');
    expectOpaquePng(png, [255, 255, 255, 255]);
    await download.saveAs('/tmp/dashboard-funnel.png');
  });

  it('looks finished (screenshot)', async () => {
    const { page } = s;
    await page.setViewportSize({ width: 1400, height: 1500 });
    await page.getByRole('region', { name: 'Funnel' }).getByLabel('Period').selectOption('last12Months');
    await page.getByRole('region', { name: 'Forecast' }).getByLabel('Period').selectOption('next6Months');
    await page.getByRole('region', { name: 'Revenue' }).getByLabel('Period').selectOption('last12Months');
    await page.getByRole('region', { name: 'Revenue' }).getByText('Nov 2026').waitFor();
    await page.screenshot({ path: '/tmp/dashboard.png', fullPage: true });
    expect(s.consoleErrors).toEqual([]);
  });

  it('redraws in the dark theme, and exports on the dark background', async () => {
    const { page } = s;
    const light = await colouredPixelsOf(page, 'Revenue');
    expect(light.colour).toBe('90,91,213'); // the light theme's accent, #5a5bd5
    await page.emulateMedia({ colorScheme: 'dark' });
    // The charts take the dark theme's colours: its accent is #8183f4.
    await expect.poll(async () => (await colouredPixelsOf(page, 'Revenue')).colour).toBe('129,131,244');
    const { download, png } = await exportChart(page, 'Revenue');
    expect(download.suggestedFilename()).toBe('Rapport revenue 2026-11-22.png');
    expect(firstPixel(png)).toEqual([0x1f, 0x1f, 0x23, 255]);
    await page.screenshot({ path: '/tmp/dashboard-dark.png' });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('offers a pipeline picker once there are two, and shows the chosen one', async () => {
    const { page } = s;
    const call = caller(s);
    await expect(page.getByLabel('Pipeline').count()).resolves.toBe(0);
    const renewals = await call('pipelines.create', {
      pipeline: pipelineInput({ name: 'Renewals', stages: [{ id: null, name: 'Due', probability: 60 }] }),
    });
    const [due, won] = [renewals.stages[0]!.id, renewals.stages.find((st) => st.kind === 'won')!.id];
    const { id } = await call('deals.create', {
      deal: dealInput({ pipelineId: renewals.id, stageId: due, title: 'Renewal', amount: 90_000 }),
    });
    await call('deals.move', {
      id,
      stageId: won,
      beforeId: null,
      closedOn: '2026-11-20',
      lostReasonId: null,
      lostNote: '',
    });
    await page.getByLabel('Pipeline').selectOption({ label: 'Renewals' });
    const funnel = page.getByRole('region', { name: 'Funnel' });
    await expect.poll(() => funnel.locator('.dashboard-headline').innerText()).toMatch(/100%\s+1 won, 0 lost/);
    expect(await tableOf(page, 'Funnel')).toEqual([
      ['Due', '1', '$900.00', '100%', '0'], // won the moment it was added
      ['Won', '1', '$900.00', '—', '—'],
      ['Lost', '0', '$0.00', '—', '—'],
    ]);
    expect(page.url()).toContain(`pipeline=${renewals.id}`);
    expect(s.consoleErrors).toEqual([]);
  });
});

describe('the deals dashboard, in Chinese', () => {
  let s: Session;
  beforeAll(async () => {
    const opened = await openDashboardSession('zh-CN');
    s = opened.session;
    await seedDeals(s, opened.setNow);
  });
  afterAll(async () => s?.close());

  it('reads in Chinese, figures formatted for Chinese', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/deals/numbers`);
    await page.getByRole('heading', { name: '商机统计', level: 1 }).waitFor();
    await expectChartsDrawn(page, ['销售漏斗', '成交预测', '收入', '输单原因']);
    const funnel = page.getByRole('region', { name: '销售漏斗' });
    await expect(funnel.locator('.dashboard-headline').innerText()).resolves.toMatch(
      /赢单率\s+50%\s+赢单 2 个，输单 2 个/,
    );
    await funnel.getByRole('button', { name: '导出 PNG' }).waitFor();
    const rows = await tableOf(page, '收入');
    expect(rows).toContainEqual(['2026年11月', 'US$10,000.00', '1', 'US$3,000.00', '+233%']);
    await page.setViewportSize({ width: 1400, height: 1500 });
    await page.screenshot({ path: '/tmp/dashboard-zh.png', fullPage: true });
    expect(s.consoleErrors).toEqual([]);
  });
});
