// The deals board in real Chromium against the built app and the web host: columns with counts and totals,
// dragging a card to another stage with the mouse and with the keyboard (each kept in the deal's history),
// a drop on Won asking for the date, a drop on Lost asking why, quick add, the list view sorted, and the deal's
// page with its stage steps and history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Pipeline } from '@shared/domain/deals';
import type { DealInput } from '@shared/validation/deals';
import { dealInput } from '../support/fixtures';
import { callMain, openSession, type Session } from './support/browser';

let s: Session;
let pipeline: Pipeline;
const stage = (key: string) => pipeline.stages.find((x) => x.defaultKey === key)!.id;

const call = <T>(method: string, input: unknown) => callMain<T>(s.host, method, input);
/** A lead of $1,000 expected to close 2026-12-15, unless the test says otherwise. */
const deal = (over: Partial<DealInput>): DealInput =>
  dealInput({
    pipelineId: pipeline.id,
    stageId: stage('lead'),
    title: 'Deal',
    amount: 100_000,
    expectedClose: '2026-12-15',
    ...over,
  });

beforeAll(async () => {
  s = await openSession();
  await s.page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
  pipeline = (await call<Pipeline[]>('pipelines.list', {}))[0]!;
  const acme = await call<{ id: number }>('companies.create', {
    company: { name: 'Acme Retail', website: '', industry: '', phones: [], addresses: [], notes: '', tags: [] },
  });
  await call('deals.create', {
    deal: deal({ title: 'Shelving for the new shop', companyId: acme.id, amount: 1_250_000 }),
  });
  await call('deals.create', { deal: deal({ title: 'Counter refit', amount: 480_000, expectedClose: '2026-10-01' }) });
  await call('deals.create', { deal: deal({ title: 'Window display', stageId: stage('proposal'), amount: 300_000 }) });
});
afterAll(async () => s?.close());

const column = (name: string) =>
  s.page.getByRole('region', { name: 'Deals' }).getByRole('region', { name, exact: true });
/** Picks a card up with Space, moves it right one column per arrow key (each reached in turn), drops it. */
async function keyboardMove(title: string, fromColumn: string, through: string[]) {
  const { page } = s;
  await column(fromColumn).locator('.deal-card-slot', { hasText: title }).focus();
  await page.keyboard.press('Space');
  await page.locator('.deal-card-overlay').waitFor();
  // dnd-kit starts listening for the arrow keys a tick after the pick-up; a person is never that fast.
  await page.waitForTimeout(100);
  for (const next of through) {
    await page.keyboard.press('ArrowRight');
    await column(next).and(page.locator('.is-over')).waitFor();
  }
  await page.keyboard.press('Space');
  await page.locator('.deal-card-overlay').waitFor({ state: 'detached' });
}
const titlesIn = async (name: string) => column(name).locator('.deal-card-title').allInnerTexts();

describe('the deals board, end to end', () => {
  it('shows one column per stage with counts, totals and weighted totals, and warns about overdue deals', async () => {
    const { page } = s;
    // Ctrl/⌘+3 opens the deals from anywhere.
    await page.goto(`${s.host.url}#/contacts`);
    await page.getByRole('heading', { name: 'Contacts', level: 1 }).waitFor();
    await page.keyboard.press('Control+Digit3');
    await page.getByRole('heading', { name: 'Deals', level: 1 }).waitFor();
    const lead = column('Lead');
    await lead.getByText('2 deals').waitFor();
    // $12,500 + $4,800 at 10%
    await expect(lead.locator('.board-column-totals strong').innerText()).resolves.toBe('$17,300.00');
    await lead.getByText('weighted $1,730.00').waitFor();
    await expect(titlesIn('Lead')).resolves.toEqual(['Counter refit', 'Shelving for the new shop']);
    const overdueCard = lead.locator('.deal-card', { hasText: 'Counter refit' });
    await overdueCard.getByText('Close date passed').waitFor();
    await expect(column('Proposal').getByText('1 deal').count()).resolves.toBe(1);
  });

  it('moves a card to another stage by dragging it with the mouse', async () => {
    const { page } = s;
    const card = column('Lead').locator('.deal-card-slot', { hasText: 'Shelving for the new shop' });
    const target = column('Qualified').locator('.board-cards');
    const from = (await card.boundingBox())!;
    const to = (await target.boundingBox())!;
    await page.mouse.move(from.x + 40, from.y + 20);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 30, { steps: 3 });
    await page.mouse.move(to.x + 40, to.y + 20, { steps: 12 });
    await page.mouse.up();
    await column('Qualified').getByText('Shelving for the new shop').waitFor();
    await expect(titlesIn('Lead')).resolves.toEqual(['Counter refit']);
    const rows = await s.host.app.ctx.db
      .selectFrom('deal_stage_history')
      .innerJoin('deal', 'deal.id', 'deal_stage_history.deal_id')
      .select(['deal_stage_history.to_stage_id'])
      .where('deal.title', '=', 'Shelving for the new shop')
      .orderBy('deal_stage_history.id')
      .execute();
    expect(rows.map((r) => r.to_stage_id)).toEqual([stage('lead'), stage('qualified')]);
  });

  it('moves a card with the keyboard alone', async () => {
    await keyboardMove('Window display', 'Proposal', ['Negotiation']);
    await column('Negotiation').getByText('Window display').waitFor();
    const moved = await s.host.app.ctx.db
      .selectFrom('deal')
      .select('stage_id')
      .where('title', '=', 'Window display')
      .executeTakeFirstOrThrow();
    expect(moved.stage_id).toBe(stage('negotiation'));
  });

  it('asks for the date when a card is dropped on Won, and for a reason on Lost', async () => {
    const { page } = s;
    await keyboardMove('Window display', 'Negotiation', ['Won']);
    const won = page.getByRole('dialog', { name: 'Won: Window display' });
    // The date offered is today on the computer's calendar (the browser's clock, as the app's screen has it).
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    await expect(won.getByLabel('Won on').inputValue()).resolves.toBe(today);
    await won.getByLabel('Won on').fill('2026-11-20');
    await won.getByRole('button', { name: 'Mark as won' }).click();
    await won.waitFor({ state: 'detached' });
    await column('Won').getByText('Window display').waitFor();
    const row = await s.host.app.ctx.db
      .selectFrom('deal')
      .select(['status', 'closed_on'])
      .where('title', '=', 'Window display')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'won', closed_on: '2026-11-20' });

    // Lost: the reason is required; cancelling puts the card back.
    for (let attempt = 0; attempt < 2; attempt++) {
      await keyboardMove('Counter refit', 'Lead', ['Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']);
      const lost = page.getByRole('dialog', { name: 'Lost: Counter refit' });
      if (attempt === 0) {
        await lost.getByRole('button', { name: 'Cancel' }).click();
        await lost.waitFor({ state: 'detached' });
        await column('Lead').getByText('Counter refit').waitFor();
        continue;
      }
      await lost.getByRole('button', { name: 'Mark as lost' }).click();
      await lost.getByText('Choose why it was lost').waitFor();
      await lost.getByLabel('Why was it lost?').selectOption({ label: 'Chose a competitor' });
      await lost.getByRole('button', { name: 'Mark as lost' }).click();
      await lost.waitFor({ state: 'detached' });
    }
    await column('Lost').getByText('Counter refit').waitFor();
  });

  it('adds a deal from a column header', async () => {
    const { page } = s;
    await column('Qualified').getByRole('button', { name: 'Add a deal to Qualified' }).click();
    await column('Qualified').getByRole('textbox', { name: 'Add a deal to Qualified' }).fill('Spring catalogue');
    await page.keyboard.press('Enter');
    await column('Qualified').getByText('Spring catalogue').waitFor();
  });

  it('lists the same deals, sorted by any column', async () => {
    const { page } = s;
    await page.getByText('List', { exact: true }).click();
    const table = page.getByRole('table', { name: 'Deals' });
    await table.getByRole('row').nth(2).waitFor();
    await page.getByText('All', { exact: true }).click();
    await table.getByRole('columnheader', { name: 'Amount' }).getByRole('button').click();
    await expect
      .poll(async () => (await table.locator('[role=row]').allInnerTexts()).slice(1).map((r) => r.split('\n')[0]))
      .toEqual(['Shelving for the new shop', 'Counter refit', 'Window display', 'Spring catalogue']);
    await page.getByText('Board', { exact: true }).click();
  });

  it('opens a deal: stage steps move it, and its history shows each stage with the days spent', async () => {
    const { page } = s;
    await column('Qualified').getByRole('link', { name: 'Open Shelving for the new shop' }).click();
    await page.getByRole('heading', { name: 'Shelving for the new shop', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Acme Retail' }).waitFor();
    const steps = page.getByRole('navigation', { name: 'Stages' });
    await steps.getByRole('button', { name: 'Move to Proposal' }).click();
    await steps.getByRole('button', { name: 'Current stage: Proposal' }).waitFor();
    const history = page.getByRole('region', { name: 'Stage history' });
    await history.getByText('Moved to Proposal').waitFor();
    await expect(history.getByText('Created in Lead').count()).resolves.toBe(1);
    expect(s.consoleErrors).toEqual([]);
  });
});
