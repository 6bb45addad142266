// The deal settings screen against the real services: editing a pipeline's stages (and where a removed stage's
// deals go), pipelines added and deleted, the product catalogue, lost reasons, the stale-deal setting, Chinese.
import { screen, waitFor, within } from '@testing-library/react';
import type { Pipeline } from '@shared/domain/deals';
import { dealInput, pipelineInput } from '../support/fixtures';
import { renderApp } from './renderApp';

type App = Awaited<ReturnType<typeof renderApp>>['app'];

const salesPipeline = async (app: App) => (await app.call('pipelines.list', {}))[0]!;
const stageId = (pipeline: Pipeline, key: string) => pipeline.stages.find((s) => s.defaultKey === key)!.id;
/** Stages as the board names them: the user's name, else the default key. */
const stageNames = (pipeline: Pipeline) => pipeline.stages.map((s) => s.name ?? s.defaultKey);

/** The unit price box of the product dialog (found by its label once MoneyInput's label points at it). */
function priceInput(dialog: HTMLElement): HTMLInputElement {
  return (within(dialog).queryByRole('textbox', { name: 'Unit price' }) ??
    dialog.querySelector('.money-input input'))! as HTMLInputElement;
}

async function addDeal(app: App, title: string, stageKey: string) {
  const pipeline = await salesPipeline(app);
  const deal = dealInput({ pipelineId: pipeline.id, stageId: stageId(pipeline, stageKey), title, amount: 50_000 });
  return app.call('deals.create', { deal });
}

describe('deal settings: stages', () => {
  it('renames, re-weights, reorders and adds stages, and saves them all at once', async () => {
    const { user, app } = await renderApp('/deals/settings');
    const qualified = await screen.findByRole('textbox', { name: 'Stage 2 name' });
    expect(qualified).toHaveValue('');
    expect(qualified).toHaveAttribute('placeholder', 'Qualified');

    await user.type(qualified, 'Discovery call');
    const proposalOdds = screen.getByRole('spinbutton', { name: 'Win probability of stage 3' });
    await user.clear(proposalOdds);
    await user.type(proposalOdds, '60');
    await user.click(screen.getByRole('button', { name: 'Move Negotiation up' }));
    await user.click(screen.getByRole('button', { name: 'Add a stage' }));
    const added = screen.getByRole('textbox', { name: 'Stage 5 name' });
    expect(added).toHaveFocus();
    await user.type(added, 'Contract sent');
    await user.type(screen.getByRole('textbox', { name: 'Name of the won stage' }), 'Signed');
    expect(within(screen.getByRole('region', { name: 'Sales' })).getByText('Unsaved changes')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Pipeline saved')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Sales' })).getByText('No unsaved changes')).toBeInTheDocument();

    const saved = await salesPipeline(app);
    expect(stageNames(saved)).toEqual([
      'lead',
      'Discovery call',
      'negotiation',
      'proposal',
      'Contract sent',
      'Signed',
      'lost',
    ]);
    expect(saved.stages.find((s) => s.defaultKey === 'proposal')!.probability).toBe(60);
    // Lead kept its default (translated) name: nothing was typed over it.
    expect(saved.stages[0]!.name).toBeNull();
  });

  it('reorders stages from the keyboard with the drag handle', async () => {
    // jsdom has no layout: give each row a place, 50 px apart, so the keyboard sensor can move between them.
    const rect = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const row = this.closest('.sortable-row');
      const index = row ? [...row.parentElement!.children].indexOf(row) : 0;
      return DOMRect.fromRect({ x: 0, y: index * 50, width: 600, height: 44 });
    });
    try {
      const { user, app } = await renderApp('/deals/settings');
      const handle = await screen.findByRole('button', { name: 'Drag to reorder Lead' });
      handle.focus();
      await user.keyboard('[Space]');
      await user.keyboard('[ArrowDown]');
      await user.keyboard('[Space]');
      await waitFor(() =>
        expect(screen.getByRole('textbox', { name: 'Stage 2 name' })).toHaveAttribute('placeholder', 'Lead'),
      );
      await user.click(screen.getByRole('button', { name: 'Save' }));
      expect(await screen.findByText('Pipeline saved')).toBeInTheDocument();
      expect(stageNames(await salesPipeline(app)).slice(0, 2)).toEqual(['qualified', 'lead']);
    } finally {
      rect.mockRestore();
    }
  });

  it('refuses a new stage without a name, and Cancel puts everything back', async () => {
    const { user, app } = await renderApp('/deals/settings');
    await user.click(await screen.findByRole('button', { name: 'Add a stage' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This field is required')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Stage 1 name' }), 'Inbound');
    await user.click(screen.getByRole('button', { name: 'Remove Negotiation' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.getByRole('textbox', { name: 'Stage 1 name' })).toHaveValue('');
    expect(screen.queryByRole('textbox', { name: 'Stage 5 name' })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Stage 4 name' })).toHaveAttribute('placeholder', 'Negotiation');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(stageNames(await salesPipeline(app))).toEqual([
      'lead',
      'qualified',
      'proposal',
      'negotiation',
      'won',
      'lost',
    ]);
  });

  it('asks where the deals of a removed stage go, and moves them there on save', async () => {
    let dealIds: number[] = [];
    const { user, app } = await renderApp('/deals/settings', async (a) => {
      dealIds = [(await addDeal(a, 'Shop fit-out', 'proposal')).id, (await addDeal(a, 'Van fleet', 'proposal')).id];
    });
    expect(await screen.findByText('2 deals')).toBeInTheDocument();

    // A stage without deals goes at once.
    await user.click(screen.getByRole('button', { name: 'Remove Negotiation' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove Proposal' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove the stage “Proposal”?' });
    expect(
      within(dialog).getByText('“Proposal” has 2 open deals. Which stage should they move to?'),
    ).toBeInTheDocument();
    const target = within(dialog).getByRole('combobox', { name: 'Move deals to' });
    expect(target).toHaveDisplayValue('Qualified'); // the stage just above
    await user.selectOptions(target, 'Lead');
    await user.click(within(dialog).getByRole('button', { name: 'Remove stage' }));

    expect(screen.getByText('Removed when you save:')).toBeInTheDocument();
    const leadBefore = screen.getByRole('textbox', { name: 'Stage 1 name' }).closest('li')!;
    expect(within(leadBefore).getByTitle('2 deals move here when you save')).toHaveTextContent('+2');
    expect(screen.getByText('Proposal: its 2 deals move to Lead')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Pipeline saved')).toBeInTheDocument();

    const saved = await salesPipeline(app);
    expect(stageNames(saved)).toEqual(['lead', 'qualified', 'won', 'lost']);
    for (const id of dealIds) {
      const deal = await app.call('deals.get', { id });
      expect(deal.stageId).toBe(stageId(saved, 'lead'));
      expect(deal.history.at(-1)).toMatchObject({ toStageId: stageId(saved, 'lead') });
    }
    const leadRow = screen.getByRole('textbox', { name: 'Stage 1 name' }).closest('li')!;
    await waitFor(() => expect(within(leadRow).getByText('2 deals')).toBeInTheDocument());
  });
});

describe('deal settings: pipelines', () => {
  it('adds a pipeline with copied stages, renames it, and deletes it; one with open deals is refused', async () => {
    const { user, app } = await renderApp('/deals/settings', async (a) => {
      await addDeal(a, 'Shop fit-out', 'lead');
    });
    await user.click(await screen.findByRole('button', { name: 'New pipeline' }));
    const dialog = await screen.findByRole('dialog', { name: 'New pipeline' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('This field is required')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Pipeline name' }), 'Renewals');
    expect(within(dialog).getByText('Negotiation')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Pipeline “Renewals” created')).toBeInTheDocument();

    const nav = screen.getByRole('navigation', { name: 'Pipelines' });
    await waitFor(() =>
      expect(within(nav).getByRole('button', { name: /Renewals/ })).toHaveAttribute('aria-current', 'true'),
    );
    const renewals = (await app.call('pipelines.list', {})).find((p) => p.name === 'Renewals')!;
    expect(stageNames(renewals)).toEqual(['Lead', 'Qualified', 'Proposal', 'Negotiation', 'won', 'lost']);

    const name = await screen.findByRole('textbox', { name: 'Pipeline name' });
    await waitFor(() => expect(name).toHaveValue('Renewals'));
    await user.clear(name);
    await user.type(name, 'Renewals 2027');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Pipeline saved')).toBeInTheDocument();
    expect((await app.call('pipelines.list', {})).map((p) => p.name)).toEqual([null, 'Renewals 2027']);

    // Sales has an open deal: main refuses, and says why.
    await user.click(within(nav).getByRole('button', { name: /Sales/ }));
    await user.click(await screen.findByRole('button', { name: 'Delete pipeline' }));
    let confirm = await screen.findByRole('alertdialog', { name: 'Delete the pipeline “Sales”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete pipeline' }));
    expect(await within(confirm).findByRole('alert')).toHaveTextContent(
      'This pipeline still has 1 open deals: move them to another pipeline, or close them, first.',
    );
    // The footer's Close (the title bar has one too).
    await user.click(within(confirm).getAllByRole('button', { name: 'Close' }).at(-1)!);
    expect(await app.call('pipelines.list', {})).toHaveLength(2);

    await user.click(within(nav).getByRole('button', { name: /Renewals 2027/ }));
    await user.click(await screen.findByRole('button', { name: 'Delete pipeline' }));
    confirm = await screen.findByRole('alertdialog', { name: 'Delete the pipeline “Renewals 2027”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete pipeline' }));
    expect(await screen.findByText('Pipeline “Renewals 2027” deleted')).toBeInTheDocument();
    expect((await app.call('pipelines.list', {})).map((p) => p.defaultKey)).toEqual(['sales']);
    await waitFor(() => expect(within(nav).queryByRole('button', { name: /Renewals/ })).not.toBeInTheDocument());
  });

  it('asks before leaving a pipeline with unsaved changes', async () => {
    const { user } = await renderApp('/deals/settings', async (a) => {
      const sales = await salesPipeline(a);
      await a.call('pipelines.create', {
        pipeline: pipelineInput({ name: 'Renewals', stages: [{ id: null, name: 'Due', probability: 50 }] }),
      });
      expect(sales.defaultKey).toBe('sales');
    });
    await user.type(await screen.findByRole('textbox', { name: 'Stage 1 name' }), 'Inbound');
    await user.click(screen.getByRole('button', { name: /Renewals/ }));
    const ask = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.click(within(ask).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('textbox', { name: 'Stage 1 name' })).toHaveValue('Inbound');

    await user.click(screen.getByRole('button', { name: /Renewals/ }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Stage 1 name' })).toHaveValue('Due'));

    // Other tabs keep the edits; leaving the screen asks.
    await user.type(screen.getByRole('textbox', { name: 'Stage 1 name' }), ' soon');
    await user.click(screen.getByRole('tab', { name: /Products/ }));
    await user.click(screen.getByRole('tab', { name: /Pipelines/ }));
    expect(screen.getByRole('textbox', { name: 'Stage 1 name' })).toHaveValue('Due soon');
    await user.click(screen.getByRole('link', { name: 'Contacts' }));
    const leave = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    await user.click(within(leave).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('textbox', { name: 'Stage 1 name' })).toHaveValue('Due soon');
    await user.click(screen.getByRole('link', { name: 'Contacts' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(window.location.hash).toBe('#/contacts'));
  });
});

describe('deal settings: products', () => {
  it('adds, edits, archives and restores products; a SKU already in use is refused on its field', async () => {
    const { user, app } = await renderApp('/deals/settings?tab=products');
    expect(await screen.findByText('No products yet')).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Add product' })[0]!);
    let dialog = await screen.findByRole('dialog', { name: 'New product' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Oak shelving unit');
    await user.type(within(dialog).getByRole('textbox', { name: 'SKU' }), 'OAK-120');
    const price = priceInput(dialog);
    await user.clear(price);
    await user.type(price, '1,250.50');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('“Oak shelving unit” added to the catalogue')).toBeInTheDocument();

    const table = await screen.findByRole('table');
    const row = within(table).getByRole('row', { name: /Oak shelving unit/ });
    expect(within(row).getByText('OAK-120')).toBeInTheDocument();
    expect(within(row).getByText('$1,250.50')).toBeInTheDocument();
    expect(within(row).getByText('Not used yet')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add product' }));
    dialog = await screen.findByRole('dialog', { name: 'New product' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Pine shelving');
    await user.type(within(dialog).getByRole('textbox', { name: 'SKU' }), 'oak-120');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText('Another product already has this SKU')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'SKU' })).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await user.click(within(row).getByRole('button', { name: 'Edit Oak shelving unit' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit product' });
    const editPrice = priceInput(dialog);
    expect(editPrice).toHaveValue('1250.50');
    await user.clear(editPrice);
    await user.type(editPrice, '1199');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(table).findByText('$1,199.00')).toBeInTheDocument();
    const [oak] = await app.call('products.list', { includeArchived: false });
    expect(oak).toMatchObject({ name: 'Oak shelving unit', sku: 'OAK-120', unitPrice: 119_900, currency: 'USD' });

    await user.click(within(row).getByRole('button', { name: 'Archive Oak shelving unit' }));
    expect(await screen.findByText('“Oak shelving unit” archived')).toBeInTheDocument();
    expect(await screen.findByText('No products yet')).toBeInTheDocument();
    expect(await app.call('products.list', { includeArchived: false })).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    const archivedRow = await screen.findByRole('row', { name: /Oak shelving unit/ });
    expect(within(archivedRow).getByText('Archived')).toBeInTheDocument();
    await user.click(within(archivedRow).getByRole('button', { name: 'Restore Oak shelving unit' }));
    await waitFor(() => expect(within(archivedRow).queryByText('Archived')).not.toBeInTheDocument());
    expect((await app.call('products.list', { includeArchived: false })).map((p) => p.name)).toEqual([
      'Oak shelving unit',
    ]);
  });

  it('prices a new product in the user’s currency', async () => {
    const { user, app } = await renderApp('/deals/settings?tab=products', async (a) => {
      await a.call('settings.update', { currency: 'CNY' });
    });
    await user.click((await screen.findAllByRole('button', { name: 'Add product' }))[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'New product' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), '安装服务');
    const price = priceInput(dialog);
    await user.clear(price);
    await user.type(price, '880');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('CN¥880.00')).toBeInTheDocument();
    expect((await app.call('products.list', { includeArchived: false }))[0]).toMatchObject({
      unitPrice: 88_000,
      currency: 'CNY',
    });
  });
});

describe('deal settings: lost reasons', () => {
  it('renames, adds, removes and reorders reasons, and puts a removed one back', async () => {
    const { user, app } = await renderApp('/deals/settings?tab=lostReasons');
    const first = await screen.findByRole('textbox', { name: 'Reason 1' });
    expect(first).toHaveAttribute('placeholder', 'Price');
    await user.type(first, 'Too expensive');
    await user.click(screen.getByRole('button', { name: 'Remove Bad timing' }));
    await user.click(screen.getByRole('button', { name: 'Add a reason' }));
    await user.type(screen.getByRole('textbox', { name: 'Reason 6' }), 'Built it in-house');
    await user.click(screen.getByRole('button', { name: 'Move Built it in-house up' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Lost reasons saved')).toBeInTheDocument();

    const label = (r: { name: string | null; defaultKey: string | null }) => r.name ?? r.defaultKey;
    expect((await app.call('lostReasons.list', { includeArchived: false })).map(label)).toEqual([
      'Too expensive',
      'competitor',
      'noBudget',
      'noDecision',
      'Built it in-house',
      'other',
    ]);
    const all = await app.call('lostReasons.list', { includeArchived: true });
    expect(all.filter((r) => r.archived).map(label)).toEqual(['timing']);

    await user.click(await screen.findByRole('button', { name: 'Put back Bad timing' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await app.call('lostReasons.list', { includeArchived: false })).map(label)).toContain('timing'),
    );
  });
});

describe('deal settings: stale deals', () => {
  it('saves after how many days without activity a deal is flagged', async () => {
    const { user, app } = await renderApp('/deals/settings?tab=stale');
    const days = await screen.findByRole('spinbutton', { name: 'Flag a deal as stale after' });
    expect(days).toHaveValue(14);
    await user.clear(days);
    await user.type(days, '0');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Must be more than zero')).toBeInTheDocument();

    await user.clear(days);
    await user.type(days, '30');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Deals are now flagged after 30 days without activity')).toBeInTheDocument();
    expect((await app.call('settings.get', {})).staleDealDays).toBe(30);
  });
});

describe('deal settings in Chinese', () => {
  it('shows the default stage, pipeline and reason names in Chinese', async () => {
    const { user } = await renderApp('/deals/settings', async (a) => {
      await a.call('settings.update', { language: 'zh-CN' });
    });
    expect(await screen.findByRole('heading', { level: 1, name: '商机设置' })).toBeInTheDocument();
    expect(await screen.findByPlaceholderText('线索')).toBeInTheDocument();
    expect(screen.getByPlaceholderText('已确认需求')).toBeInTheDocument();
    expect(screen.getByPlaceholderText('方案报价')).toBeInTheDocument();
    expect(screen.getByPlaceholderText('谈判')).toBeInTheDocument();
    expect(screen.getByPlaceholderText('赢单')).toBeInTheDocument();
    expect(screen.getByPlaceholderText('输单')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /销售/ })).toHaveAttribute('aria-current', 'true');
    await user.click(screen.getByRole('tab', { name: '输单原因' }));
    expect(await screen.findByPlaceholderText('选择了竞争对手')).toBeInTheDocument();
  });
});
