// Customer value on screen, against the real services: the value card and segment badge on a person's and a
// company's page, the lifecycle suggestion to accept or ignore, the segment filter and a saved view of it, and
// recording a refund on a won deal — in English and in Chinese.
//
// Today is 2026-11-22. Three people bought (scores rank among the three: shares 1/3, 2/3, 1 → 2, 4, 5):
//   Ada [customer]  2026-05-10 $500, 2026-10-01 $800 (for Acme) — R5, F5 (2 orders, tied with Dee), M4 →
//                   FM5: Champions; 2 orders → "Repeat customer" suggested (2nd purchase).
//   Bob [lead]      2024-01-15 $200 — R4, F2, M2 → FM2: Promising; 1,042 days without buying → "Lapsed".
//   Dee [repeat]    2023-03-01 $1,000, 2023-06-01 $1,000 — R2, F5, M5 → FM5: At risk; → "Lapsed".
//   Cy              nothing bought.
import { screen, within } from '@testing-library/react';
import type { LifecycleStage } from '@shared/domain/contact';
import { dealInput } from '../support/fixtures';
import { person, renderApp } from './renderApp';

type App = Parameters<NonNullable<Parameters<typeof renderApp>[1]>>[0];
interface Seeded {
  ada: number;
  bob: number;
  cy: number;
  dee: number;
  acme: number;
  adaBigDeal: number;
}

async function seed(app: App, language: 'en' | 'zh-CN' = 'en'): Promise<Seeded> {
  if (language === 'zh-CN') await app.call('settings.update', { language });
  const pipeline = (await app.call('pipelines.list', {}))[0]!;
  const won = pipeline.stages.find((s) => s.kind === 'won')!.id;
  const acme = (
    await app.call('companies.create', {
      company: { name: 'Acme', website: '', industry: '', phones: [], addresses: [], notes: '', tags: [] },
    })
  ).id;
  const make = async (givenName: string, lifecycle: LifecycleStage) =>
    (await app.call('contacts.create', { contact: person({ givenName, familyName: 'Test', lifecycle }) })).id;
  const s = {
    ada: await make('Ada', 'customer'),
    bob: await make('Bob', 'lead'),
    cy: await make('Cy', 'lead'),
    dee: await make('Dee', 'repeat'),
    acme,
  };
  const deal = async (contactId: number, closedOn: string, amount: number, companyId: number | null = null) =>
    (
      await app.call('deals.create', {
        deal: dealInput({
          pipelineId: pipeline.id,
          stageId: won,
          title: `Order of ${closedOn}`,
          companyId,
          contactIds: [contactId],
          amount,
          closedOn,
        }),
      })
    ).id;
  await deal(s.ada, '2026-05-10', 50_000, acme);
  const adaBigDeal = await deal(s.ada, '2026-10-01', 80_000, acme);
  await deal(s.bob, '2024-01-15', 20_000);
  await deal(s.dee, '2023-03-01', 100_000);
  await deal(s.dee, '2023-06-01', 100_000);
  await app.call('activities.create', {
    activity: {
      kind: 'call',
      occurredAt: '2026-11-12T12:00:00.000Z',
      summary: 'Checked in',
      outcome: '',
      contactId: s.ada,
      companyId: null,
    },
  });
  return { ...s, adaBigDeal };
}

/** The top of a record's page (name, stage and segment badges). */
const pageHeader = () => screen.getByRole('heading', { level: 1 }).closest('header')!;

async function openPage(route: (s: Seeded) => string, language: 'en' | 'zh-CN' = 'en') {
  let seeded: Seeded | undefined;
  const rendered = await renderApp('/contacts', async (app) => {
    seeded = await seed(app, language);
  });
  window.location.hash = `#${route(seeded!)}`;
  return { ...rendered, seeded: seeded! };
}

describe('the customer value card', () => {
  it('shows a customer’s segment, advice, figures, dates and scores, and the segment beside the stage', async () => {
    await openPage((s) => `/contacts/${s.ada}`);
    await screen.findByRole('heading', { level: 1, name: 'Ada Test' });
    const card = within(await screen.findByRole('region', { name: 'Customer value' }));
    expect(await card.findByText('Champions')).toBeInTheDocument();
    expect(card.getByText(/Bought recently, often and the most/)).toBeInTheDocument();
    const stat = (label: string) => card.getByText(label).nextElementSibling;
    expect(stat('Revenue, 12 months')).toHaveTextContent('$1,300.00');
    expect(stat('Lifetime revenue')).toHaveTextContent('$1,300.00');
    expect(stat('Orders, 12 months / all')).toHaveTextContent('2 / 2');
    expect(stat('Average order')).toHaveTextContent('$650.00');
    expect(stat('Customer since')).toHaveTextContent('May 10, 2026');
    expect(stat('Last purchase')).toHaveTextContent('Oct 1, 2026 · 52 days ago');
    expect(stat('Last contact')).toHaveTextContent('Nov 12, 2026 · 10 days ago');
    expect(stat('Usual rhythm')).toHaveTextContent('Not enough activity yet to tell');
    // Champions are called again 30 days after the last touch.
    expect(stat('Get in touch by')).toHaveTextContent('Dec 12, 2026');
    expect(card.getByRole('meter', { name: 'Recency' })).toHaveAttribute('aria-valuenow', '5');
    expect(card.getByRole('meter', { name: 'Frequency' })).toHaveAttribute('aria-valuenow', '5');
    const money = card.getByRole('meter', { name: 'Money' });
    expect(money).toHaveAttribute('aria-valuenow', '4');
    expect(money).toHaveAttribute('aria-valuetext', '4 of 5 · How much they have spent in all');

    const header = within(pageHeader());
    expect(header.getByText('Customer')).toBeInTheDocument();
    expect(header.getByText('Champions')).toHaveAttribute('title', expect.stringMatching(/^Bought recently/));
  });

  it('says "No purchases yet" for someone who bought nothing, and follows a deal won meanwhile', async () => {
    const { app, seeded } = await openPage((s) => `/contacts/${s.cy}`);
    await screen.findByRole('heading', { level: 1, name: 'Cy Test' });
    const card = within(await screen.findByRole('region', { name: 'Customer value' }));
    expect(await card.findByText('No purchases yet')).toBeInTheDocument();
    expect(within(pageHeader()).queryByText('Champions')).not.toBeInTheDocument();

    const pipeline = (await app.call('pipelines.list', {}))[0]!;
    const won = pipeline.stages.find((s) => s.kind === 'won')!.id;
    await app.call('deals.create', {
      deal: dealInput({
        pipelineId: pipeline.id,
        stageId: won,
        contactIds: [seeded.cy],
        amount: 25_000,
        closedOn: '2026-11-20',
      }),
    });
    // A first purchase two days ago: New.
    expect(await card.findByText('New')).toBeInTheDocument();
    expect(card.getByText('Last purchase').nextElementSibling).toHaveTextContent('Nov 20, 2026 · 2 days ago');
  });

  it('shows a company’s value on its page', async () => {
    await openPage((s) => `/companies/${s.acme}`);
    await screen.findByRole('heading', { level: 1, name: 'Acme' });
    const card = within(await screen.findByRole('region', { name: 'Customer value' }));
    // The only company that bought: first on every measure.
    expect(await card.findByText('Champions')).toBeInTheDocument();
    expect(card.getByText('Lifetime revenue').nextElementSibling).toHaveTextContent('$1,300.00');
    expect(card.getByRole('meter', { name: 'Money' })).toHaveAttribute('aria-valuenow', '5');
  });
});

describe('the lifecycle suggestion', () => {
  it('is accepted: the stage in the header follows, and the suggestion goes', async () => {
    const { user, app, seeded } = await openPage((s) => `/contacts/${s.ada}`);
    const banner = within(await screen.findByRole('region', { name: 'Lifecycle suggestion' }));
    expect(banner.getByText('Suggested: Repeat customer (2nd purchase)')).toBeInTheDocument();
    await user.click(banner.getByRole('button', { name: 'Accept' }));
    expect(await within(pageHeader()).findByText('Repeat customer')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Lifecycle suggestion' })).not.toBeInTheDocument();
    expect((await app.call('contacts.get', { id: seeded.ada })).lifecycle).toBe('repeat');
  });

  it('is ignored: the stage stays and the suggestion is not offered again', async () => {
    const { user, app, seeded } = await openPage((s) => `/contacts/${s.bob}`);
    const banner = within(await screen.findByRole('region', { name: 'Lifecycle suggestion' }));
    expect(banner.getByText('Suggested: Lapsed (no purchase in 1,042 days)')).toBeInTheDocument();
    await user.click(banner.getByRole('button', { name: 'Ignore' }));
    await vi.waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Lifecycle suggestion' })).not.toBeInTheDocument(),
    );
    expect(within(pageHeader()).getByText('Lead')).toBeInTheDocument();
    expect(await app.call('customers.value', { entityType: 'contact', id: seeded.bob })).toMatchObject({
      suggestion: null,
    });
    expect((await app.call('contacts.get', { id: seeded.bob })).lifecycle).toBe('lead');
  });
});

describe('the segment filter', () => {
  it('narrows the contacts list to a segment, and saves it as a view', async () => {
    const { user, app } = await openPage(() => '/contacts');
    const table = await screen.findByRole('table', { name: 'Contacts list' });
    await within(table).findByText('Cy Test');

    await user.click(screen.getByRole('button', { name: 'Segment: Any segment' }));
    await user.click(screen.getByRole('checkbox', { name: 'At risk' }));
    await vi.waitFor(() => expect(within(table).queryByText('Ada Test')).not.toBeInTheDocument());
    expect(within(table).getByText('Dee Test')).toBeInTheDocument();
    expect(within(table).queryByText('Cy Test')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Segment: At risk' })).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Champions' }));
    await within(table).findByText('Ada Test');
    expect(screen.getByRole('button', { name: 'Segment: 2 segments' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Champions' }));
    await vi.waitFor(() => expect(within(table).queryByText('Ada Test')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Save this view' }));
    await user.type(dialog.getByLabelText('View name'), 'At risk{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'At risk' })).toBeInTheDocument();
    expect((await app.call('views.list', { entity: 'contact' }))[0]?.filter).toEqual({ segments: ['atRisk'] });
  });

  it('narrows the companies list too', async () => {
    const { user } = await openPage(() => '/companies');
    const table = await screen.findByRole('table', { name: 'Companies list' });
    await within(table).findByText('Acme');
    await user.click(screen.getByRole('button', { name: 'Segment: Any segment' }));
    await user.click(screen.getByRole('checkbox', { name: 'At risk' }));
    expect(await screen.findByText('No company matches these filters')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Champions' }));
    expect(await within(await screen.findByRole('table', { name: 'Companies list' })).findByText('Acme')).toBeVisible();
  });
});

describe('refunds on a won deal', () => {
  it('records a refund, refuses one above the amount, and takes it back to 0', async () => {
    const { user, app, seeded } = await openPage((s) => `/deals/${s.adaBigDeal}`);
    await screen.findByRole('heading', { level: 1, name: 'Order of 2026-10-01' });
    await user.click(screen.getByRole('button', { name: 'Record refund…' }));
    let dialog = within(await screen.findByRole('dialog', { name: 'Refund on “Order of 2026-10-01”' }));
    const field = dialog.getByLabelText('Refunded so far');
    expect(field).toHaveValue('0.00');
    expect(dialog.getByText(/at most \$800\.00/)).toBeInTheDocument();
    await user.clear(field);
    await user.type(field, '900');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(await dialog.findByText('A refund cannot be more than the amount of the deal')).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, '300');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Refunded $300.00 of $800.00')).toBeInTheDocument();
    expect((await app.call('deals.get', { id: seeded.adaBigDeal })).refunded).toBe(30_000);
    expect(await app.call('customers.value', { entityType: 'contact', id: seeded.ada })).toMatchObject({
      revenueEver: 100_000,
    });

    await user.click(screen.getByRole('button', { name: 'Record refund…' }));
    dialog = within(await screen.findByRole('dialog', { name: 'Refund on “Order of 2026-10-01”' }));
    expect(dialog.getByLabelText('Refunded so far')).toHaveValue('300.00');
    await user.clear(dialog.getByLabelText('Refunded so far'));
    await user.type(dialog.getByLabelText('Refunded so far'), '0');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Refund taken back')).toBeInTheDocument();
    expect(screen.queryByText(/^Refunded /)).not.toBeInTheDocument();
    expect((await app.call('deals.get', { id: seeded.adaBigDeal })).refunded).toBe(0);
  });

  it('is not offered on a deal that is not won', async () => {
    const { app, seeded } = await openPage(() => '/deals');
    const pipeline = (await app.call('pipelines.list', {}))[0]!;
    const open = await app.call('deals.create', {
      deal: dealInput({
        pipelineId: pipeline.id,
        stageId: pipeline.stages[0]!.id,
        title: 'Still talking',
        contactIds: [seeded.cy],
      }),
    });
    window.location.hash = `#/deals/${open.id}`;
    await screen.findByRole('heading', { level: 1, name: 'Still talking' });
    expect(screen.queryByRole('button', { name: 'Record refund…' })).not.toBeInTheDocument();
  });
});

describe('in Chinese', () => {
  it('shows the card, the suggestion and the segment filter in Chinese', async () => {
    const { user } = await openPage((s) => `/contacts/${s.ada}`, 'zh-CN');
    await screen.findByRole('heading', { level: 1, name: 'Ada Test' });
    const card = within(await screen.findByRole('region', { name: '客户价值' }));
    expect(await card.findByText('核心客户')).toBeInTheDocument();
    expect(card.getByText('近一年收入').nextElementSibling).toHaveTextContent('US$1,300.00');
    expect(card.getByText('最近购买').nextElementSibling).toHaveTextContent('2026年10月1日 · 52 天前');
    expect(card.getByText('联系节奏').nextElementSibling).toHaveTextContent('活动记录还不够，暂无法判断');
    expect(card.getByRole('meter', { name: '消费金额' })).toHaveAttribute('aria-valuetext', '4 / 5 · 累计消费了多少');
    const banner = within(screen.getByRole('region', { name: '客户阶段建议' }));
    expect(banner.getByText('建议：回头客（第 2 次购买）')).toBeInTheDocument();
    expect(banner.getByRole('button', { name: '接受' })).toBeInTheDocument();
    expect(banner.getByRole('button', { name: '忽略' })).toBeInTheDocument();

    window.location.hash = '#/contacts';
    await screen.findByRole('table');
    await user.click(await screen.findByRole('button', { name: '客户分群: 全部分群' }));
    await user.click(screen.getByRole('checkbox', { name: '流失风险' }));
    expect(await screen.findByRole('button', { name: '客户分群: 流失风险' })).toBeInTheDocument();
  });

  it('records a refund in Chinese', async () => {
    const { user } = await openPage((s) => `/deals/${s.adaBigDeal}`, 'zh-CN');
    await screen.findByRole('heading', { level: 1, name: 'Order of 2026-10-01' });
    await user.click(screen.getByRole('button', { name: '记录退款…' }));
    const dialog = within(await screen.findByRole('dialog', { name: '“Order of 2026-10-01”的退款' }));
    await user.clear(dialog.getByLabelText('累计退款'));
    await user.type(dialog.getByLabelText('累计退款'), '900');
    await user.click(dialog.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('退款不能超过该商机的金额')).toBeInTheDocument();
    await user.clear(dialog.getByLabelText('累计退款'));
    await user.type(dialog.getByLabelText('累计退款'), '300');
    await user.click(dialog.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已退款 US$300.00（共 US$800.00）')).toBeInTheDocument();
  });
});
