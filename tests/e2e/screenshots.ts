// `npm run screenshots`: the README's pictures, taken from the real app (web host + Chromium) on sample data.
// Written to tests/e2e/screenshots/; never edited by hand.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { dealInput } from '../support/fixtures';
import { callMain, openSession } from './support/browser';

const OUT = join(import.meta.dirname, 'screenshots');
mkdirSync(OUT, { recursive: true });
const viewport = { width: 1360, height: 820 };
const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

async function shoot(page: Page, name: string) {
  // Dismiss notifications the way a user would, and move the pointer off hover-only controls.
  for (const close of await page
    .getByRole('status')
    .getByRole('button', { name: /Close|关闭/ })
    .all())
    await close.click();
  await page.mouse.move(1, viewport.height - 1);
  await settle(page);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`  ${name}.png`);
}

console.log(`Screenshots → ${OUT}`);
const empty = await openSession({ viewport });
await empty.page.getByRole('heading', { name: 'Welcome to Rapport' }).waitFor();
await shoot(empty.page, 'welcome');
await empty.page.getByRole('button', { name: 'Load sample data' }).click();
await empty.page.getByRole('grid').or(empty.page.getByRole('table')).first().waitFor();
await shoot(empty.page, 'contacts-list');

// The contact with the richest history, for the contact page.
const { page, host } = empty;
const people = await host.app.ctx.db
  .selectFrom('activity')
  .innerJoin('contact', 'contact.id', 'activity.contact_id')
  .select(['contact.id', 'contact.display_name'])
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .where('contact.company_id', 'is not', null)
  .where('contact.full_name', '!=', '')
  .groupBy('contact.id')
  .orderBy('n', 'desc')
  .limit(1)
  .execute();
const chinese = people[0]!;
const englishRows = await host.app.ctx.db
  .selectFrom('activity')
  .innerJoin('contact', 'contact.id', 'activity.contact_id')
  .select(['contact.id'])
  .select((eb) => eb.fn.countAll<number>().as('n'))
  .where('contact.company_id', 'is not', null)
  .where('contact.given_name', '!=', '')
  .where('contact.notes', '!=', '')
  .groupBy('contact.id')
  .orderBy('n', 'desc')
  .limit(1)
  .execute();
const english = englishRows[0]!;

await page.goto(`${host.url}#/contacts/${english.id}`);
await page.locator('h1').waitFor();
await shoot(page, 'contact-page');

// A customer's value: the person (English name) who spent the most with a lifecycle suggestion pending — the
// sample's won deals give both — on a taller window so the whole card shows.
const customer = await host.app.ctx.db
  .selectFrom('customer_value')
  .innerJoin('contact', 'contact.id', 'customer_value.id')
  .select('contact.id')
  .where('customer_value.kind', '=', 'contact')
  .where('customer_value.suggested_lifecycle', 'is not', null)
  .where('contact.given_name', '!=', '')
  .orderBy('customer_value.revenue_ever', 'desc')
  .limit(1)
  .executeTakeFirstOrThrow();
await page.goto(`${host.url}#/contacts/${customer.id}`);
await page.getByRole('region', { name: 'Customer value' }).getByRole('meter').first().waitFor();
await page.setViewportSize({ width: viewport.width, height: 1180 });
await shoot(page, 'customer-value');
await page.setViewportSize(viewport);

await page.goto(`${host.url}#/companies`);
await page.locator('h1').waitFor();
await shoot(page, 'companies-list');

// The funnel, on the sample year of deals.
await page.goto(`${host.url}#/deals`);
await page.getByRole('region', { name: 'Lead', exact: true }).waitFor();
await shoot(page, 'deals-board');
const bigDeal = await host.app.ctx.db
  .selectFrom('deal')
  .select('id')
  .where('status', '=', 'open')
  .orderBy('amount', 'desc')
  .limit(1)
  .executeTakeFirstOrThrow();
await page.goto(`${host.url}#/deals/${bigDeal.id}`);
await page.locator('h1').waitFor();
await shoot(page, 'deal-page');
await page.goto(`${host.url}#/deals/numbers`);
await page.locator('.dashboard-page canvas').first().waitFor();
await shoot(page, 'deal-numbers');
// The customer base at a glance, on the sample's people and their year of deals (taller, to show every chart).
await page.setViewportSize({ width: viewport.width, height: 1540 });
await page.goto(`${host.url}#/customers/insights`);
await page.locator('.insights-page canvas').nth(5).waitFor();
await shoot(page, 'customer-insights');
await page.setViewportSize(viewport);

// Mailing labels for the customers tagged as the sample's first tag, on Avery 5160.
const tag = await host.app.ctx.db.selectFrom('tag').select('name').orderBy('id').limit(1).executeTakeFirstOrThrow();
await page.goto(`${host.url}#/labels?tag=${encodeURIComponent(tag.name)}`);
await page.getByRole('heading', { name: 'Mailing labels', level: 1 }).waitFor();
await page.locator('.labels-preview svg').waitFor();
await shoot(page, 'labels');
// The sheet editor, measuring a sheet that is not in the catalogue: drawn as it is typed.
await page.getByRole('button', { name: 'New sheet…' }).click();
const sheetDialog = page.getByRole('dialog', { name: 'New label sheet' });
await sheetDialog.getByRole('textbox', { name: 'Name' }).fill('Shipping 4 × 2');
await sheetDialog.getByRole('spinbutton', { name: 'Columns' }).fill('2');
await sheetDialog.getByRole('spinbutton', { name: 'Rows' }).fill('5');
await sheetDialog.getByRole('spinbutton', { name: 'Label width' }).fill('4');
await sheetDialog.getByRole('spinbutton', { name: 'Label height' }).fill('2');
await sheetDialog.getByRole('spinbutton', { name: 'Corner radius' }).fill('0.125');
await sheetDialog.getByRole('spinbutton', { name: 'Top margin' }).fill('0.5');
await sheetDialog.getByRole('spinbutton', { name: 'Left margin' }).fill('0.15625');
await sheetDialog.getByRole('spinbutton', { name: 'Horizontal pitch' }).fill('4.1875');
await sheetDialog.getByRole('img', { name: /2 × 5 labels/ }).waitFor();
await shoot(page, 'label-sheet-editor');
await page.keyboard.press('Escape');
// The address layout editor: the business's own layout for the UK, with its example.
await page.getByRole('button', { name: 'Address layouts…' }).click();
const layoutDialog = page.getByRole('dialog', { name: 'Address layouts' });
await layoutDialog.getByRole('combobox', { name: 'Layout for mail to' }).selectOption('GB');
await layoutDialog
  .getByRole('textbox', { name: /Lines of the address/ })
  .fill('{company}\n{name}\n{street}\n{CITY}\n{POSTALCODE}');
await layoutDialog.getByTestId('layout-example').getByText('SPRINGFIELD').waitFor();
await shoot(page, 'address-layouts');
await page.keyboard.press('Escape');
// The same customers on DL envelopes, by the tab, with the business's return address written once (settings).
await page.getByRole('navigation', { name: 'What to print' }).getByRole('link', { name: 'Envelopes' }).click();
await page.getByRole('heading', { name: 'Envelopes', level: 1 }).waitFor();
await page.getByRole('radio', { name: /^DL/ }).check();
await page.getByLabel('Your address').fill('Rapport Trading Ltd\n1 Market Street\nBoston, MA 02108');
await page.getByLabel('Your address').blur();
await page.locator('.envelopes-preview-sender').waitFor();
await page.getByRole('heading', { name: 'Envelopes', level: 1 }).scrollIntoViewIfNeeded();
await shoot(page, 'envelopes');

// Settings → Backups after one backup, scrolled to the section as the backup banner's link does.
{
  const { dispatch: call } = await import('../../src-main/api/dispatch');
  await call(host.app.ctx, 'backups.runNow', {});
}
await page.goto(`${host.url}#/settings?section=backups`);
await page.getByTestId('backups-last').getByText('Last backup').waitFor();
await shoot(page, 'backups');

await page.goto(`${host.url}#/contacts`);
await page.locator('h1').waitFor();
await page.keyboard.press(`${mod}+KeyK`);
await page.getByPlaceholder('Search people and companies…').fill('zs');
await page.getByRole('listbox').getByRole('option').first().waitFor();
await shoot(page, 'search-palette');
await page.keyboard.press('Escape');

await page.keyboard.press(`${mod}+KeyN`);
const dialog = page.getByRole('dialog');
await dialog.waitFor();
await dialog.getByLabel('Given name').fill('Mary');
await dialog.getByRole('button', { name: 'Add email' }).click();
await dialog.getByLabel('Email 1', { exact: true }).fill('mary@');
await dialog.getByRole('button', { name: 'Save' }).click();
await shoot(page, 'contact-form');
await page.keyboard.press('Escape');

// The import screen, on a Chinese Excel (GB18030) file.
await page.goto(`${host.url}#/import`);
await page
  .locator('input[type="file"]')
  .setInputFiles(join(import.meta.dirname, '../fixtures/csv/contacts-gb18030.csv'));
await page.getByRole('button', { name: 'Next' }).waitFor();
await shoot(page, 'import-text');
await page.getByRole('button', { name: 'Next' }).click();
await page.getByRole('heading', { name: 'Match columns' }).waitFor();
await shoot(page, 'import-columns');
await page.getByRole('button', { name: 'Next' }).click();
await page.getByRole('heading', { name: 'Review' }).waitFor();
await shoot(page, 'import-review');
await empty.close();

// Chinese and dark, on a fresh session over the same kind of data.
const zh = await openSession({ viewport, locale: 'zh-CN' });
await zh.page
  .getByRole('button', { name: '加载示例数据' })
  .or(zh.page.getByRole('button', { name: 'Load sample data' }))
  .click();
await zh.page.getByRole('grid').or(zh.page.getByRole('table')).first().waitFor();
await shoot(zh.page, 'contacts-zh');
await zh.page.goto(`${zh.host.url}#/contacts/${chinese.id}`);
await zh.page.locator('h1').waitFor();
await shoot(zh.page, 'contact-page-zh');
await zh.close();

const dark = await openSession({ viewport, colorScheme: 'dark' });
await dark.page.getByRole('button', { name: 'Load sample data' }).click();
await dark.page.getByRole('grid').or(dark.page.getByRole('table')).first().waitFor();
await dark.page.goto(`${dark.host.url}#/contacts/${english.id}`);
await dark.page.locator('h1').waitFor();
await shoot(dark.page, 'contact-page-dark');
await dark.close();

// The calendar's week, with items of each kind, one repeating and one all-day.
const cal = await openSession({ viewport });
const calCtx = cal.host.app.ctx;
const item = {
  location: '',
  notes: '',
  repeat: null,
  reminders: [15],
  contactIds: [],
  companyIds: [],
  dealIds: [],
  allDay: false,
};
const { createEvent } = await import('../../src-main/calendar/calendarService');
await createEvent(calCtx, {
  ...item,
  kind: 'call',
  title: 'Call Mrs. Li back',
  start: '2026-11-23T10:00',
  end: '2026-11-23T10:30',
});
await createEvent(calCtx, {
  ...item,
  kind: 'visit',
  title: 'Visit Shanghai Haifeng Trading',
  start: '2026-11-24T14:00',
  end: '2026-11-24T16:00',
  location: '浦东新区世纪大道1号',
});
await createEvent(calCtx, {
  ...item,
  kind: 'appointment',
  title: 'Weekly sales meeting',
  start: '2026-11-02T09:00',
  end: '2026-11-02T09:45',
  repeat: { freq: 'weekly', interval: 1, weekdays: ['MO', 'TH'], monthlyBy: 'date', end: { kind: 'never' } },
});
await createEvent(calCtx, {
  ...item,
  kind: 'task',
  title: 'Quote for Acme expires',
  allDay: true,
  start: '2026-11-27',
  end: '2026-11-28',
  reminders: [0],
});
await createEvent(calCtx, {
  ...item,
  kind: 'follow_up',
  title: 'Follow up with Mr. Wang',
  start: '2026-11-25T11:00',
  end: '2026-11-25T11:15',
  reminders: [0],
});
await cal.page.goto(`${cal.host.url}#/calendar`);
await cal.page.locator('.fc').getByText('Weekly sales meeting').first().waitFor();
await shoot(cal.page, 'calendar-week');
await cal.page.locator('.fc').getByText('Visit Shanghai Haifeng Trading').first().click();
await cal.page.getByRole('dialog').waitFor();
await shoot(cal.page, 'calendar-item');
await cal.page.keyboard.press('Escape');
const { dispatch } = await import('../../src-main/api/dispatch');
const { emptyContactInput } = await import('@shared/validation/contact');
await dispatch(calCtx, 'contacts.create', {
  contact: { ...emptyContactInput(), fullName: '王伟', birthday: '1975-11-24' },
});
await dispatch(calCtx, 'contacts.create', {
  contact: { ...emptyContactInput(), givenName: 'Grace', familyName: 'Hopper', birthday: '--11-26' },
});
await createEvent(calCtx, {
  ...item,
  kind: 'task',
  title: 'Send the Acme quote',
  start: '2026-11-20T17:00',
  end: '2026-11-20T17:00',
  reminders: [],
});
await createEvent(calCtx, {
  ...item,
  kind: 'call',
  title: 'Call back about the delivery',
  start: '2026-11-22T15:00',
  end: '2026-11-22T15:15',
});
// Today with customers: the sample's won deals give a keep-in-touch list and lifecycle suggestions; one valuable
// customer's first order ten years ago this Friday gives an anniversary. Tall enough for the whole list.
await dispatch(calCtx, 'sample.load', {});
const valuable = await calCtx.db
  .selectFrom('customer_value')
  .select('id')
  .where('kind', '=', 'contact')
  .where('segment', 'in', ['champions', 'loyal'])
  .orderBy('yearly_value', 'desc')
  .limit(1)
  .executeTakeFirstOrThrow();
const [firstPipeline] = await callMain<Array<{ id: number; stages: Array<{ id: number; kind: string }> }>>(
  cal.host,
  'pipelines.list',
  {},
);
await callMain(cal.host, 'deals.create', {
  deal: dealInput({
    pipelineId: firstPipeline!.id,
    stageId: firstPipeline!.stages.find((st) => st.kind === 'won')!.id,
    title: 'First order',
    contactIds: [valuable.id],
    amount: 800_000,
    closedOn: '2016-11-27',
  }),
});
await cal.page.setViewportSize({ width: viewport.width, height: 1260 });
await cal.page.goto(`${cal.host.url}#/today`);
await cal.page.getByRole('heading', { name: 'Today', level: 1 }).waitFor();
await cal.page.getByRole('list', { name: 'Customers to get in touch with' }).waitFor();
await cal.page.getByText(/Customer for 10 years/).waitFor();
await shoot(cal.page, 'today');
await cal.close();
