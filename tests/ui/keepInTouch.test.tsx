// The Today screen's customer part on the real services: Keep in touch (ranked, one-click call and follow-up),
// birthdays and anniversaries merged with everyone's birthdays, lifecycle suggestions accepted or ignored, and
// Settings → Keep in touch. The data set and its figures: tests/support/keepInTouchSeed.ts.
import { screen, waitFor, within } from '@testing-library/react';
import { person } from '../support/fixtures';
import { FROZEN_NOW } from '../support/testApp';
import { DEFAULT_KEEP_IN_TOUCH_DAYS } from '@shared/customers/segments';
import { seedKeepInTouch, type CallMain, type KeepInTouchPeople } from '../support/keepInTouchSeed';
import { renderApp } from './renderApp';

// The screen's "now" (a call logged, tomorrow's follow-up) is the computer's, as main's clock is in the tests.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FROZEN_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

let people: KeepInTouchPeople;
async function openToday(route = '/today', language?: 'zh-CN', more?: (call: CallMain) => Promise<void>) {
  return renderApp(route, async (app) => {
    const call = app.call.bind(app) as CallMain;
    people = await seedKeepInTouch(call);
    if (language) await call('settings.update', { language });
    await more?.(call);
  });
}

const dueList = () => screen.findByRole('list', { name: 'Customers to get in touch with' });
const dueNames = async () =>
  within(await dueList())
    .getAllByRole('listitem')
    .map((li) => li.getAttribute('aria-label'));

describe('Today → Keep in touch', () => {
  it('lists the customers due a call, most value at risk first, with how long it has been and what they are worth', async () => {
    await openToday();
    await waitFor(async () => expect(await dueNames()).toEqual(['Ann Lee', 'Bo Chen', 'Cy Park']));
    const list = within(await dueList());
    const ann = within(list.getByRole('listitem', { name: 'Ann Lee' }));
    expect(ann.getByRole('link', { name: 'Ann Lee' })).toHaveAttribute('href', `#/contacts/${people.ann}`);
    expect(ann.getByText('Loyal')).toBeInTheDocument();
    expect(ann.getByText('Quiet for 266 days (45 days for this segment)')).toBeInTheDocument();
    expect(ann.getByText('$27.1K a year')).toBeInTheDocument();
    const bo = within(list.getByRole('listitem', { name: 'Bo Chen' }));
    expect(bo.getByText('Chen Trading')).toBeInTheDocument();
    expect(bo.getByText('At risk')).toBeInTheDocument();
    expect(bo.getByText('Quiet for 316 days (21 days for this segment)')).toBeInTheDocument();
    const cy = within(list.getByRole('listitem', { name: 'Cy Park' }));
    expect(cy.getByText('Quiet for 79 days (usually every 10 days)')).toBeInTheDocument();
    expect(cy.getByText('$10K a year')).toBeInTheDocument();
  });

  it('logs a call in one click: the customer leaves the list, and Undo deletes the call', async () => {
    const { user, app } = await openToday();
    await within(await dueList()).findByRole('listitem', { name: 'Ann Lee' });
    await user.click(screen.getByRole('button', { name: 'Log call with Ann Lee' }));

    await waitFor(async () => expect(await dueNames()).toEqual(['Bo Chen', 'Cy Park']));
    const calls = await app.call('activities.list', { contactId: people.ann, limit: 10 });
    expect(calls.map((a) => [a.kind, a.summary, a.occurredAt])).toEqual([
      ['call', 'Keep-in-touch call', FROZEN_NOW.toISOString()],
    ]);

    const toast = within(screen.getByRole('status'));
    expect(toast.getByText('Call with Ann Lee logged')).toBeInTheDocument();
    await user.click(toast.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await dueNames()).toEqual(['Ann Lee', 'Bo Chen', 'Cy Park']));
    expect(await app.call('activities.list', { contactId: people.ann, limit: 10 })).toEqual([]);
  });

  it('schedules a follow-up for tomorrow or a picked day at 10:00, linked, with a reminder; the customer leaves the list', async () => {
    const { user, app } = await openToday();
    await within(await dueList()).findByRole('listitem', { name: 'Bo Chen' });
    await user.click(screen.getByRole('button', { name: 'Follow up with Bo Chen' }));
    const choices = within(screen.getByRole('group', { name: 'When to follow up with Bo Chen' }));
    await user.click(choices.getByRole('button', { name: /Tomorrow/ }));
    await waitFor(async () => expect(await dueNames()).toEqual(['Ann Lee', 'Cy Park']));
    expect(screen.getByRole('status')).toHaveTextContent(
      'Follow-up with Bo Chen on Mon, Nov 23 at 10:00, with a reminder 15 minutes before',
    );

    await user.click(screen.getByRole('button', { name: 'Follow up with Cy Park' }));
    const cyChoices = within(screen.getByRole('group', { name: 'When to follow up with Cy Park' }));
    await user.type(cyChoices.getByLabelText('Pick a date'), '2026-12-01');
    await user.click(cyChoices.getByRole('button', { name: 'Schedule' }));
    await waitFor(async () => expect(await dueNames()).toEqual(['Ann Lee']));

    const events = await app.ctx.db
      .selectFrom('event')
      .innerJoin('event_link', 'event_link.event_id', 'event.id')
      .innerJoin('event_reminder', 'event_reminder.event_id', 'event.id')
      .select([
        'event.kind',
        'event.title',
        'event.start_local',
        'event.end_local',
        'event_link.entity_type',
        'event_link.entity_id',
        'event_reminder.minutes_before',
      ])
      .orderBy('event.id')
      .execute();
    expect(events).toEqual([
      {
        kind: 'follow_up',
        title: 'Follow up with Bo Chen',
        start_local: '2026-11-23T10:00',
        end_local: '2026-11-23T10:15',
        entity_type: 'contact',
        entity_id: people.bo,
        minutes_before: 15,
      },
      {
        kind: 'follow_up',
        title: 'Follow up with Cy Park',
        start_local: '2026-12-01T10:00',
        end_local: '2026-12-01T10:15',
        entity_type: 'contact',
        entity_id: people.cy,
        minutes_before: 15,
      },
    ]);
  });

  it('says why the list is empty: nothing bought yet, or everyone caught up', async () => {
    const first = await renderApp('/today', async (app) => {
      await app.call('contacts.create', { contact: person({ givenName: 'Nora' }) });
    });
    expect(
      await screen.findByText(
        'No purchases yet. Customers show here once they have a won deal and go quiet for longer than usual.',
      ),
    ).toBeInTheDocument();
    first.unmount();

    const { user } = await openToday();
    for (const name of ['Ann Lee', 'Bo Chen', 'Cy Park']) {
      await user.click(await screen.findByRole('button', { name: `Log call with ${name}` }));
      await waitFor(() => expect(screen.queryByRole('button', { name: `Log call with ${name}` })).toBeNull());
    }
    expect(
      await screen.findByText('All caught up: no customer has gone quiet for longer than usual.'),
    ).toBeInTheDocument();
  });
});

describe('Today → birthdays and anniversaries', () => {
  it('merges everyone’s birthdays this week with valuable customers’ occasions, each once', async () => {
    await openToday();
    const list = await screen.findByRole('list', { name: 'Birthdays and anniversaries' });
    await within(list).findByText('Customer for 10 years on Friday');
    const lines = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(lines).toEqual([
      'Nov 24Gil RayTurns 36 on Tuesday',
      'Nov 25Bo ChenTurns 56 on WednesdayAt risk',
      'Nov 27Bo ChenCustomer for 10 years on FridayAt risk',
      'Dec 2Ann LeeBirthday on Dec 2Loyal',
    ]);
  });
});

describe('Today → lifecycle suggestions', () => {
  it('accepts one (the stage changes) and ignores another (it is not offered again, the stage stays)', async () => {
    const { user, app } = await openToday();
    const list = await screen.findByRole('list', { name: 'Suggested stage changes' });
    const ann = within(list).getByRole('listitem', { name: 'Ann Lee' });
    expect(ann).toHaveTextContent('Ann Lee:Customer→Repeat customer(2nd purchase)');
    expect(within(list).getByRole('listitem', { name: 'Cy Park' })).toHaveTextContent(
      'Cy Park:Lead→Customer(bought on Aug 1, 2026)',
    );
    expect(within(list).getByRole('listitem', { name: 'Eve Sun' })).toHaveTextContent(
      'Eve Sun:Customer→Lapsed(nothing bought since Jun 1, 2024)',
    );

    await user.click(within(ann).getByRole('button', { name: 'Accept: Ann Lee becomes Repeat customer' }));
    await waitFor(() => expect(within(list).queryByRole('listitem', { name: 'Ann Lee' })).toBeNull());
    expect((await app.call('contacts.get', { id: people.ann })).lifecycle).toBe('repeat');

    await user.click(within(list).getByRole('button', { name: 'Ignore the suggestion for Eve Sun' }));
    await waitFor(() => expect(within(list).queryByRole('listitem', { name: 'Eve Sun' })).toBeNull());
    expect((await app.call('contacts.get', { id: people.eve })).lifecycle).toBe('customer');
    const left = await app.call('customers.keepInTouch', { limit: 10 });
    expect(left.suggestions.map((s) => s.name)).toEqual(['Cy Park']);
    expect(left.suggestionCount).toBe(1);
  });
});

describe('Settings → Keep in touch', () => {
  it('checks the ranges, saves, and the Today list follows', async () => {
    const { user, app } = await openToday('/settings');
    const section = within(await screen.findByRole('region', { name: 'Keep in touch' }));
    const lapsed = section.getByLabelText('Suggest “Lapsed” after');
    expect(lapsed).toHaveValue(365);
    const atRisk = section.getByLabelText('At risk');
    expect(atRisk).toHaveValue('21');
    expect(section.getByLabelText('Hibernating')).toHaveValue('');

    await user.clear(lapsed);
    await user.type(lapsed, '5000');
    await user.clear(section.getByLabelText('Champions'));
    await user.type(section.getByLabelText('Champions'), '0');
    await user.click(section.getByRole('button', { name: 'Save' }));
    expect(await section.findByText('A whole number of days from 30 to 1826')).toBeInTheDocument();
    expect(section.getByText('A whole number of days from 1 to 730, or blank for never')).toBeInTheDocument();
    expect((await app.call('settings.get', {})).lapsedAfterDays).toBe(365);

    await user.clear(lapsed);
    await user.type(lapsed, '400');
    await user.clear(section.getByLabelText('Champions'));
    await user.type(section.getByLabelText('Champions'), '60');
    await user.clear(atRisk);
    await user.click(section.getByRole('button', { name: 'Save' }));
    await screen.findByText('Keep-in-touch settings saved');
    const saved = await app.call('settings.get', {});
    expect(saved.lapsedAfterDays).toBe(400);
    expect(saved.keepInTouchDays).toMatchObject({ champions: 60, atRisk: null, loyal: 45 });

    // At risk is never listed now: Bo leaves Keep in touch.
    await user.click(screen.getByRole('link', { name: 'Today' }));
    await waitFor(async () => expect(await dueNames()).toEqual(['Ann Lee', 'Cy Park']));
  });

  it('puts the defaults back', async () => {
    const { user, app } = await openToday('/settings', undefined, async (call) => {
      await call('settings.update', {
        lapsedAfterDays: 500,
        keepInTouchDays: { ...DEFAULT_KEEP_IN_TOUCH_DAYS, loyal: null },
      });
    });
    const section = within(await screen.findByRole('region', { name: 'Keep in touch' }));
    expect(section.getByLabelText('Loyal')).toHaveValue('');
    expect(section.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.click(section.getByRole('button', { name: 'Use the defaults' }));
    expect(section.getByLabelText('Loyal')).toHaveValue('45');
    expect(section.getByLabelText('Suggest “Lapsed” after')).toHaveValue(365);
    await user.click(section.getByRole('button', { name: 'Save' }));
    await screen.findByText('Keep-in-touch settings saved');
    const saved = await app.call('settings.get', {});
    expect([saved.lapsedAfterDays, saved.keepInTouchDays]).toEqual([365, DEFAULT_KEEP_IN_TOUCH_DAYS]);
  });
});

describe('in Chinese', () => {
  it('shows the list, the occasions and the suggestions in Simplified Chinese', async () => {
    await openToday('/today', 'zh-CN');
    const list = await screen.findByRole('list', { name: '该联系的客户' });
    const ann = within(await within(list).findByRole('listitem', { name: 'Ann Lee' }));
    expect(ann.getByText('已 266 天未联系（该分群为 45 天）')).toBeInTheDocument();
    expect(ann.getByText('忠诚客户')).toBeInTheDocument();
    expect(ann.getByRole('button', { name: '记录通话：Ann Lee' })).toHaveTextContent('记录通话');
    expect(ann.getByRole('button', { name: '跟进Ann Lee' })).toHaveTextContent('跟进');
    const occasions = await screen.findByRole('list', { name: '生日与纪念日' });
    expect(await within(occasions).findByText('客户满 10 年 · 周五')).toBeInTheDocument();
    expect(within(occasions).getByText('36 岁生日 · 周二')).toBeInTheDocument();
    const suggestions = screen.getByRole('list', { name: '建议的阶段变更' });
    expect(within(suggestions).getByRole('listitem', { name: 'Ann Lee' })).toHaveTextContent(
      'Ann Lee：客户→回头客（第 2 次购买）',
    );
    expect(within(suggestions).getAllByRole('button', { name: /^接受/ })).toHaveLength(3);
    expect(within(suggestions).getAllByRole('button', { name: /^忽略/ })).toHaveLength(3);
  });
});
