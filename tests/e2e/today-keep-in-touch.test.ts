// Keep in touch on the Today screen, in real Chromium against the built app and the web host: the due customers
// most value first; "Log call" in one click (and Undo); "Follow up" → tomorrow puts a linked follow-up with a
// reminder on the calendar; a lifecycle suggestion accepted. Data set: tests/support/keepInTouchSeed.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FROZEN_NOW } from '../support/testApp';
import { seedKeepInTouch, type CallMain, type KeepInTouchPeople } from '../support/keepInTouchSeed';
import { callMain, openSession, type Session } from './support/browser';

let s: Session;
let people: KeepInTouchPeople;

beforeAll(async () => {
  s = await openSession();
  await s.page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
  people = await seedKeepInTouch(((method: string, input: unknown) => callMain(s.host, method, input)) as CallMain);
  // The page's clock is main's: the call is logged "now", tomorrow is the 23rd.
  await s.page.clock.setFixedTime(FROZEN_NOW);
  await s.page.goto(`${s.host.url}#/today`);
  await s.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
});
afterAll(async () => s?.close());

const dueList = () => s.page.getByRole('list', { name: 'Customers to get in touch with' });
const dueNames = () =>
  dueList()
    .getByRole('listitem')
    .evaluateAll((items) => items.map((i) => i.getAttribute('aria-label')));

describe('Today → Keep in touch, end to end', () => {
  it('lists the customers due a call, most value at risk first', async () => {
    await dueList().getByRole('listitem', { name: 'Cy Park' }).waitFor();
    expect(await dueNames()).toEqual(['Ann Lee', 'Bo Chen', 'Cy Park']);
    const ann = dueList().getByRole('listitem', { name: 'Ann Lee' });
    await ann.getByText('Quiet for 266 days (45 days for this segment)').waitFor();
    await ann.getByText('$27.1K a year').waitFor();
  });

  it('logs a call in one click, and Undo takes it back', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Log call with Ann Lee' }).click();
    await dueList().getByRole('listitem', { name: 'Ann Lee' }).waitFor({ state: 'detached' });
    const calls = await s.host.app.ctx.db
      .selectFrom('activity')
      .select(['kind', 'summary', 'occurred_at'])
      .where('contact_id', '=', people.ann)
      .execute();
    expect(calls).toEqual([{ kind: 'call', summary: 'Keep-in-touch call', occurred_at: FROZEN_NOW.toISOString() }]);

    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await dueList().getByRole('listitem', { name: 'Ann Lee' }).waitFor();
    expect(await dueNames()).toEqual(['Ann Lee', 'Bo Chen', 'Cy Park']);
    const left = await s.host.app.ctx.db
      .selectFrom('activity')
      .select('id')
      .where('contact_id', '=', people.ann)
      .execute();
    expect(left).toEqual([]);
  });

  it('schedules a follow-up for tomorrow at 10:00 with a reminder, linked to the customer, who leaves the list', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Follow up with Bo Chen' }).click();
    await page
      .getByRole('group', { name: 'When to follow up with Bo Chen' })
      .getByRole('button', { name: /Tomorrow/ })
      .click();
    await dueList().getByRole('listitem', { name: 'Bo Chen' }).waitFor({ state: 'detached' });
    expect(await dueNames()).toEqual(['Ann Lee', 'Cy Park']);
    const events = await s.host.app.ctx.db
      .selectFrom('event')
      .innerJoin('event_link', 'event_link.event_id', 'event.id')
      .innerJoin('event_reminder', 'event_reminder.event_id', 'event.id')
      .select(['event.kind', 'event.start_local', 'event_link.entity_id', 'event_reminder.minutes_before'])
      .execute();
    expect(events).toEqual([
      { kind: 'follow_up', start_local: '2026-11-23T10:00', entity_id: people.bo, minutes_before: 15 },
    ]);
    // On the calendar, on Monday.
    await page.goto(`${s.host.url}#/calendar`);
    await page.locator('.fc').getByText('Follow up with Bo Chen').first().waitFor();
  });

  it('accepts a lifecycle suggestion', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/today`);
    const suggestions = page.getByRole('list', { name: 'Suggested stage changes' });
    await suggestions.getByRole('button', { name: 'Accept: Ann Lee becomes Repeat customer' }).click();
    await suggestions.getByRole('listitem', { name: 'Ann Lee' }).waitFor({ state: 'detached' });
    const ann = await s.host.app.ctx.db
      .selectFrom('contact')
      .select('lifecycle')
      .where('id', '=', people.ann)
      .executeTakeFirstOrThrow();
    expect(ann.lifecycle).toBe('repeat');
    expect(s.consoleErrors).toEqual([]);
  });
});
