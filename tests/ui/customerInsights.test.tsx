// "Customers at a glance" on the real services, without drawing (chart.js cannot draw in jsdom: a stand-in records
// what each chart was given; tests/e2e/customer-insights.test.ts draws them in Chromium): the word a new user gets,
// the tables beneath the charts, the People/Companies switch, and the week presets.
//
// Today is Sunday 2026-11-22 (UTC, on both sides). People: Ann (at Acme) and Bob; Cy, a lead, has bought nothing.
//   Ann  won 2026-10-05 $1,000 (Acme's) and 2026-11-10 $300 → 2 orders, $1,300
//   Bob  won 2026-11-02 $500 → his first and only order, 20 days ago
// Segments of the people (ranked among the two): R Bob 3, Ann 5; F Bob 3, Ann 5; M Bob 3, Ann 5 → Ann is a
// champion (R5, FM5); Bob is new (one order, within 90 days). Acme alone: one order, 48 days ago → new.
// Revenue: October $1,000 new (Ann's first); November $500 new (Bob) and $300 existing (Ann): 38 % existing.
// Activities: a call with Ann on Monday 11-16, an email with Bob on Tuesday 11-17.
import { screen, waitFor, within } from '@testing-library/react';
import type { ChartConfiguration } from 'chart.js';
import { emptyCompanyInput } from '@shared/validation/contact';
import { dealInput } from '../support/fixtures';
import { FROZEN_NOW } from '../support/testApp';
import { mondayOf, weekRun } from '../../src-renderer/features/customers/insights/weeks';
import { person, renderApp } from './renderApp';

const charts: ChartConfiguration[] = [];
vi.mock('../../src-renderer/features/deals/dashboard/chartSetup', () => ({
  Chart: class {
    data: unknown;
    options: unknown;
    constructor(_canvas: unknown, config: ChartConfiguration) {
      charts.push(config);
    }
    update() {}
    destroy() {}
  },
}));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FROZEN_NOW);
  charts.length = 0;
});
afterEach(() => {
  vi.useRealTimers();
});

type App = Parameters<NonNullable<Parameters<typeof renderApp>[1]>>[0];

async function seed(app: App) {
  const pipeline = (await app.call('pipelines.list', {}))[0]!;
  const won = pipeline.stages.find((s) => s.kind === 'won')!.id;
  const acme = await app.call('companies.create', { company: { ...emptyCompanyInput(), name: 'Acme' } });
  const ann = await app.call('contacts.create', {
    contact: person({ givenName: 'Ann', lifecycle: 'repeat', companyId: acme.id }),
  });
  const bob = await app.call('contacts.create', { contact: person({ givenName: 'Bob', lifecycle: 'customer' }) });
  await app.call('contacts.create', { contact: person({ givenName: 'Cy', lifecycle: 'lead' }) });
  const deal = async (title: string, on: string, amount: number, contactId: number, companyId: number | null) =>
    app.call('deals.create', {
      deal: dealInput({
        pipelineId: pipeline.id,
        stageId: won,
        title,
        companyId,
        contactIds: [contactId],
        amount,
        closedOn: on,
      }),
    });
  await deal('First order', '2026-10-05', 100_000, ann.id, acme.id);
  await deal('Bob’s order', '2026-11-02', 50_000, bob.id, null);
  await deal('Top-up', '2026-11-10', 30_000, ann.id, null);
  const log = (kind: 'call' | 'email', occurredAt: string, contactId: number) =>
    app.call('activities.create', {
      activity: { kind, occurredAt, summary: kind, outcome: '', contactId, companyId: null, dealId: null },
    });
  await log('call', '2026-11-16T09:00:00.000Z', ann.id);
  await log('email', '2026-11-17T09:00:00.000Z', bob.id);
}

/** The rows of a card's table (body and foot), cell by cell. */
async function tableOf(card: string): Promise<string[][]> {
  const region = await screen.findByRole('region', { name: card });
  const table = await within(region).findByRole('table', { hidden: true });
  return Array.from(table.querySelectorAll('tbody tr, tfoot tr')).map((row) =>
    Array.from(row.querySelectorAll('th, td')).map((cell) => cell.textContent ?? ''),
  );
}

describe('customers at a glance', () => {
  it('tells a new user what will appear, with the way to the contacts, and draws nothing', async () => {
    await renderApp('/customers/insights');
    expect(await screen.findByRole('heading', { name: 'Your customer base will appear here' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Customers at a glance', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to contacts' })).toHaveAttribute('href', '#/contacts');
    expect(screen.getByRole('link', { name: 'At a glance' })).toHaveAttribute('href', '#/customers/insights');
    expect(document.querySelector('canvas')).toBeNull();
  });

  it('shows each chart’s numbers in a table beneath it, for people', async () => {
    const { user } = await renderApp('/customers/insights', seed);
    const segments = await screen.findByRole('region', { name: 'Customers by segment' });
    await within(segments).findByRole('img', { name: 'Customers who bought in the period, by segment' });
    await user.click(within(segments).getByRole('button', { name: 'Show table' }));
    const bySegment = await tableOf('Customers by segment');
    expect(bySegment).toContainEqual(['Champions', '1', '50%']);
    expect(bySegment).toContainEqual(['New', '1', '50%']);
    expect(bySegment).toContainEqual(['At risk', '0', '0%']);
    expect(bySegment.at(-1)).toEqual(['Total', '2', '100%']);

    // All three people, added today, by their stage.
    expect(await tableOf('People by stage')).toEqual([
      ['Lead', '1', '33%'],
      ['Prospect', '0', '0%'],
      ['Customer', '1', '33%'],
      ['Repeat customer', '1', '33%'],
      ['Lapsed', '0', '0%'],
      ['Total', '3', '100%'],
    ]);

    const newAndLost = await tableOf('New and lost customers');
    expect(newAndLost).toHaveLength(13); // the last 12 months and the total
    expect(newAndLost).toContainEqual(['Oct 2026', '1', '0', '0', '+1']);
    expect(newAndLost).toContainEqual(['Nov 2026', '1', '0', '0', '+1']);
    expect(newAndLost.at(-1)).toEqual(['Total', '2', '0', '0', '+2']);

    const byAge = await tableOf('New and existing revenue');
    expect(byAge).toContainEqual(['Oct 2026', '$1,000.00', '$0.00', '$1,000.00', '0%']);
    expect(byAge).toContainEqual(['Nov 2026', '$500.00', '$300.00', '$800.00', '38%']);
    expect(byAge).toContainEqual(['Sep 2026', '$0.00', '$0.00', '$0.00', '—']);
    expect(byAge.at(-1)).toEqual(['Total', '$1,500.00', '$300.00', '$1,800.00', '17%']);

    // Two paying people: the top 10 % and 20 % are both Ann ($1,300 of $1,800).
    expect(await tableOf('Revenue from top customers')).toEqual([
      ['Top 10 %', '1', '$1,300.00', '72%'],
      ['Top 20 %', '1', '$1,300.00', '72%'],
      ['The other 80 %', '1', '$500.00', '28%'],
      ['All paying customers', '2', '$1,800.00', '100%'],
    ]);

    const weeks = await tableOf('Activities per week');
    expect(weeks).toHaveLength(13); // 12 weeks and the total
    expect(weeks).toContainEqual(['Nov 16, 2026', '1', '0', '0', '1', '0', '2']);
    expect(weeks.at(-1)).toEqual(['Total', '1', '0', '0', '1', '0', '2']);

    // Every card drew a chart; the activity chart's bars are stacked by kind, one series per kind.
    expect(charts).toHaveLength(6);
    const activity = charts.find((c) => c.data.datasets.length === 5)!;
    expect(activity.data.datasets.map((d) => d.label)).toEqual(['Call', 'Meeting', 'Visit', 'Email', 'Note']);
    expect(activity.options?.scales?.x).toMatchObject({ stacked: true });
  });

  it('switches to companies: their own deals, and no lifecycle stages', async () => {
    const { user } = await renderApp('/customers/insights', seed);
    await screen.findByRole('region', { name: 'People by stage' });
    await user.click(screen.getByRole('radio', { name: 'Companies' }));
    expect(window.location.hash).toBe('#/customers/insights?kind=company');
    await screen.findByRole('region', { name: 'Revenue from top customers' });
    expect(screen.queryByRole('region', { name: 'People by stage' })).toBeNull();
    expect(await tableOf('Customers by segment')).toContainEqual(['New', '1', '100%']); // Acme
    const byAge = await tableOf('New and existing revenue');
    expect(byAge).toContainEqual(['Oct 2026', '$1,000.00', '$0.00', '$1,000.00', '0%']);
    expect(byAge.at(-1)).toEqual(['Total', '$1,000.00', '$0.00', '$1,000.00', '0%']); // Ann's top-up was not Acme's
    // Ann's call is filed under Acme too; Bob's email is not (he has no company).
    expect((await tableOf('Activities per week')).at(-1)).toEqual(['Total', '1', '0', '0', '0', '0', '1']);

    await user.click(screen.getByRole('radio', { name: 'People' }));
    await screen.findByRole('region', { name: 'People by stage' });
    expect(window.location.hash).toBe('#/customers/insights');
  });

  it('changes a card’s figures with its own period', async () => {
    const { user } = await renderApp('/customers/insights', seed);
    const region = await screen.findByRole('region', { name: 'Revenue from top customers' });
    await within(region).findByRole('img');
    await user.selectOptions(within(region).getByLabelText('Period'), 'thisMonth');
    // November alone: Bob $500, Ann $300.
    await waitFor(() => expect(region.querySelector('.dashboard-headline-figure')).toHaveTextContent('63%'));
    expect(await tableOf('Revenue from top customers')).toEqual([
      ['Top 10 %', '1', '$500.00', '63%'],
      ['Top 20 %', '1', '$500.00', '63%'],
      ['The other 80 %', '1', '$300.00', '38%'],
      ['All paying customers', '2', '$800.00', '100%'],
    ]);
  });
});

describe('the activity chart’s weeks', () => {
  it('run from Monday to Sunday and end with this week', () => {
    expect(mondayOf('2026-11-22')).toBe('2026-11-16'); // a Sunday
    expect(mondayOf('2026-11-16')).toBe('2026-11-16');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(weekRun('last12Weeks', '2026-11-22')).toEqual({ fromWeek: '2026-08-31', weeks: 12 });
    expect(weekRun('last52Weeks', '2026-11-23')).toEqual({ fromWeek: '2025-12-01', weeks: 52 });
  });
});
