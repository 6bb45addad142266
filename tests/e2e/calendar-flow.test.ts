// The calendar in real Chromium against the built app and the web host: add an item by the form, see it on
// the week, edit it, make it repeat and delete one occurrence; a reminder coming due shows in the reminder
// centre, where it is snoozed and dismissed; the week starts on Monday in Chinese.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantOf } from '../../src-main/calendar/wallClock';
import { emptyContactInput } from '@shared/validation/contact';
import { dispatch } from '../../src-main/api/dispatch';
import { openSession, type Session } from './support/browser';

const ZONE = 'UTC';
let now = instantOf('2026-11-23T08:00', ZONE);
let s: Session;
beforeAll(async () => {
  s = await openSession({ clock: { now: () => now, zone: () => ZONE } });
  // The first screen of an empty Rapport is the welcome; only then go elsewhere.
  await s.page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
});
afterAll(async () => s?.close());

describe('the calendar, end to end', () => {
  it('adds an item through the form, and it appears on the week', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/calendar`);
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New item' }).click();
    const dialog = page.getByRole('dialog', { name: 'New calendar item' });
    await dialog.getByLabel('Kind').selectOption('call');
    await dialog.getByLabel('Title').fill('Call Mrs. Li back');
    await dialog.getByLabel('Starts').fill('2026-11-23');
    await dialog.getByLabel('At').first().fill('09:00');
    await dialog.getByLabel('Ends').fill('2026-11-23');
    await dialog.getByLabel('At').nth(1).fill('08:30');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // The end before the start is refused on the field, in words.
    await dialog.getByText('The end must be after the start').waitFor();
    await dialog.getByLabel('At').nth(1).fill('09:30');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.goto(`${s.host.url}#/calendar`);
    await page.locator('.fc').getByText('Call Mrs. Li back').first().waitFor();
    const stored = await s.host.app.ctx.db.selectFrom('event').selectAll().execute();
    expect(stored.map((e) => [e.kind, e.title, e.start_local, e.end_local])).toEqual([
      ['call', 'Call Mrs. Li back', '2026-11-23T09:00', '2026-11-23T09:30'],
    ]);
  });

  it('makes it repeat weekly and deletes one occurrence, leaving the others', async () => {
    const { page } = s;
    await page.locator('.fc').getByText('Call Mrs. Li back').first().click();
    const dialog = page.getByRole('dialog', { name: 'Edit calendar item' });
    await dialog.getByLabel('Repeat').selectOption('weekly');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Next' }).or(page.locator('.fc-next-button')).first().click();
    // One occurrence moved by the form: this occurrence only, a new time; the series keeps its own.
    await page.locator('.fc').getByText('Call Mrs. Li back').first().click();
    const one = page.getByRole('dialog', { name: 'Edit calendar item' });
    await one.getByText('This occurrence', { exact: true }).click();
    await expect(one.getByLabel('Starts').inputValue()).resolves.toBe('2026-11-30');
    await one.getByLabel('At').first().fill('11:00');
    await one.getByLabel('At').nth(1).fill('11:30');
    await one.getByRole('button', { name: 'Save' }).click();
    await one.waitFor({ state: 'detached' });
    const moved = await s.host.app.ctx.db.selectFrom('event_exception').selectAll().execute();
    expect(moved.map((r) => [r.occurrence_local, r.start_local, r.end_local])).toEqual([
      ['2026-11-30T09:00', '2026-11-30T11:00', '2026-11-30T11:30'],
    ]);
    await page.locator('.fc').getByText('Call Mrs. Li back').first().click();
    const again = page.getByRole('dialog', { name: 'Edit calendar item' });
    await again.getByRole('button', { name: 'Delete this occurrence' }).click();
    await again.waitFor({ state: 'detached' });
    const range = await s.host.app.ctx.db.selectFrom('event_exception').selectAll().execute();
    expect(range.map((r) => [r.occurrence_local, r.cancelled])).toEqual([['2026-11-30T09:00', 1]]);
    // The calendar refetches when told the data changed: the occurrence leaves the week.
    await page.locator('.fc').getByText('Call Mrs. Li back').first().waitFor({ state: 'detached' });
  });

  it('shows a reminder that came due in the reminder centre, and snoozes and dismisses it', async () => {
    const { page } = s;
    now = instantOf('2026-11-23T08:46', ZONE); // the 15-minute reminder of the 9:00 call is due
    await s.host.app.ctx.reminders!.wake();
    const button = page.getByRole('button', { name: 'Reminders: 1 waiting' });
    await button.waitFor();
    await button.click();
    const centre = page.getByRole('dialog', { name: 'Reminders' });
    await centre.getByText('Call Mrs. Li back').waitFor();
    await centre.getByLabel('Snooze…').selectOption('tenMinutes');
    await centre.getByText(/snoozed until/).waitFor();
    await centre.getByRole('button', { name: 'Dismiss' }).click();
    await centre.getByText('No reminders waiting.', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await centre.waitFor({ state: 'detached' });
  });

  it('sets a follow-up from a person’s page in one step, and ticks it off there', async () => {
    const { page } = s;
    const created = await dispatch(s.host.app.ctx, 'contacts.create', {
      contact: { ...emptyContactInput(), givenName: 'Wei', familyName: 'Wang' },
    });
    if (!created.ok) throw new Error(created.error.message);
    await page.goto(`${s.host.url}#/contacts/${(created.value as { id: number }).id}`);
    const card = page.getByRole('region', { name: 'Calendar' });
    await card.getByText('Nothing planned.', { exact: false }).waitFor();
    await card.getByLabel('Follow up in…').selectOption('3');
    const comingUp = card.getByRole('list', { name: 'Coming up' });
    await comingUp.getByText('Follow up with Wei Wang').waitFor();
    const [item] = await s.host.app.ctx.db.selectFrom('event').selectAll().where('kind', '=', 'follow_up').execute();
    const browserToday = await page.evaluate(() => {
      const d = new Date(Date.now() + 3 * 86_400_000);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect([item!.start_local, item!.end_local]).toEqual([`${browserToday}T09:00`, `${browserToday}T09:15`]);
    await comingUp.getByLabel('Done: Follow up with Wei Wang').click();
    await card.getByRole('button', { name: 'Show 1 done or past item' }).click();
    await card.getByRole('list', { name: 'Done and past' }).getByText('Follow up with Wei Wang').waitFor();
    // Done, it joins the person's history beside the calls and meetings logged there.
    await page.getByRole('list', { name: 'Activity' }).getByText('Follow up with Wei Wang').waitFor();
    await page.getByRole('list', { name: 'Activity' }).getByText('Follow-up done').waitFor();
  });

  it('links an item to a person found by name in the form', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/calendar`);
    await page.getByRole('button', { name: 'New item' }).click();
    const dialog = page.getByRole('dialog', { name: 'New calendar item' });
    await dialog.getByLabel('Title').fill('Lunch with Mr. Wang');
    await dialog.getByRole('combobox', { name: 'Add a person or company…' }).fill('wang');
    await dialog.getByRole('option', { name: /Wei Wang/ }).click();
    await dialog.getByRole('listitem').filter({ hasText: 'Wei Wang' }).waitFor();
    // A reminder the chips do not offer: 2 hours before.
    await dialog.getByLabel('How long before').fill('2');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    await dialog.getByText('2 hours before').waitFor();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    const links = await s.host.app.ctx.db
      .selectFrom('event_link')
      .innerJoin('event', 'event.id', 'event_link.event_id')
      .select(['event.title', 'event_link.entity_type'])
      .where('event.title', '=', 'Lunch with Mr. Wang')
      .execute();
    expect(links).toEqual([{ title: 'Lunch with Mr. Wang', entity_type: 'contact' }]);
    const reminders = await s.host.app.ctx.db
      .selectFrom('event_reminder')
      .innerJoin('event', 'event.id', 'event_reminder.event_id')
      .select('event_reminder.minutes_before')
      .where('event.title', '=', 'Lunch with Mr. Wang')
      .orderBy('minutes_before')
      .execute();
    expect(reminders.map((r) => r.minutes_before)).toEqual([15, 120]);
  });

  it('shows the day on the Today screen: the agenda, and who has a birthday this week', async () => {
    const { page } = s;
    now = instantOf('2026-11-23T07:00', ZONE);
    await dispatch(s.host.app.ctx, 'contacts.create', {
      contact: { ...emptyContactInput(), givenName: 'Ada', familyName: 'Lovelace', birthday: '1990-11-25' },
    });
    await page.goto(`${s.host.url}#/today`);
    await page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
    await page.getByRole('list', { name: 'Today’s agenda' }).getByText('Call Mrs. Li back').waitFor();
    const birthdays = page.getByRole('list', { name: 'Birthdays and anniversaries' });
    await birthdays.getByRole('link', { name: 'Ada Lovelace' }).waitFor();
    await expect(birthdays.getByText('turns 36').count()).resolves.toBe(1);
    // On the calendar too, unless turned off in Settings.
    await page.goto(`${s.host.url}#/calendar`);
    await page.locator('.fc').getByText('Ada Lovelace turns 36').waitFor();
    await page.goto(`${s.host.url}#/settings`);
    await page.getByLabel('Show people’s birthdays on the calendar').uncheck();
    await page.goto(`${s.host.url}#/calendar`);
    await page.locator('.fc').getByText('Call Mrs. Li back').first().waitFor();
    await page.locator('.fc').getByText('Ada Lovelace turns 36').waitFor({ state: 'detached' });
  });

  it('imports an Outlook .ics file after showing what it holds, and exports the calendar as .ics', async () => {
    const { page } = s;
    await page.goto(`${s.host.url}#/calendar`);
    await page.getByRole('heading', { name: 'Calendar', level: 1 }).waitFor();
    await page
      .getByLabel('Import .ics…')
      .setInputFiles(join(import.meta.dirname, '../fixtures/ics/outlook-windows-zones.ics'));
    const dialog = page.getByRole('dialog', { name: 'Import outlook-windows-zones.ics' });
    await dialog.getByText(/items in the file: \d+ will be added/).waitFor();
    await dialog.getByRole('button', { name: /^Import \d+ items?$/ }).click();
    await dialog.waitFor({ state: 'detached' });
    // 09:00 China Standard Time is 01:00 UTC, where this computer is.
    const [review] = await s.host.app.ctx.db
      .selectFrom('event')
      .selectAll()
      .where('title', '=', '与王经理的价格评审')
      .execute();
    expect([review!.start_local, review!.time_zone]).toEqual(['2026-11-24T09:00', 'Asia/Shanghai']);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export .ics' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^Rapport calendar \d{4}-\d{2}-\d{2}\.ics$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('SUMMARY:与王经理的价格评审');
  });

  it('starts the week on Monday, in Chinese, on a Chinese screen', async () => {
    const { page } = s;
    await s.host.app.ctx.db.insertInto('setting').values({ key: 'language', value_json: '"zh-CN"' }).execute();
    await page.goto(`${s.host.url}#/calendar`);
    await page.reload();
    await page.getByRole('heading', { name: '日程', level: 1 }).waitFor();
    const firstDay = await page.locator('.fc-col-header-cell').first().innerText();
    expect(firstDay).toMatch(/周一/);
    expect(s.consoleErrors).toEqual([]);
  });
});
