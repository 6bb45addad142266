// The deal form with real components against the real main-process services: product lines set the amount,
// a deal made from a company's page is linked to it, and a lost deal needs its reason before it saves.
import { screen, within } from '@testing-library/react';
import { renderApp } from './renderApp';

const company = {
  name: 'Acme Retail',
  website: '',
  industry: '',
  phones: [],
  addresses: [],
  notes: '',
  tags: [],
};

describe('the deal form', () => {
  it('makes the amount the total of its product lines, and saves a deal linked to the company it was started from', async () => {
    let companyId = 0;
    const { user, app } = await renderApp('/companies', async (a) => {
      companyId = (await a.call('companies.create', { company })).id;
      await a.call('products.create', {
        product: { name: 'Shelf unit', sku: 'SH-1', unitPrice: 19_999, currency: 'USD' },
      });
    });
    window.location.hash = `#/companies/${companyId}`;
    const deals = await screen.findByRole('region', { name: 'Deals' });
    expect(await within(deals).findByText('No deals yet.')).toBeInTheDocument();
    await user.click(within(deals).getByRole('button', { name: 'New deal' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New deal' }));
    await user.type(dialog.getByLabelText('What is being sold'), 'Shelving for the new shop');
    await user.selectOptions(
      dialog.getByLabelText('Add a product…'),
      dialog.getByRole('option', { name: /Shelf unit/ }),
    );
    const quantity = dialog.getByLabelText('Qty');
    await user.clear(quantity);
    await user.type(quantity, '3');
    await user.type(dialog.getByLabelText('Discount %'), '10');
    // 3 × $199.99 less 10% = $539.97; the amount follows and cannot be typed over.
    expect(dialog.getAllByText('$539.97').length).toBeGreaterThan(0);
    expect(dialog.getByLabelText('Amount')).toHaveValue('539.97');
    expect(dialog.getByLabelText('Amount')).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Shelving for the new shop' })).toBeInTheDocument();
    const [deal] = await app.call('deals.ofRecord', { entityType: 'company', id: companyId });
    expect(deal).toMatchObject({ title: 'Shelving for the new shop', amount: 53_997, companyName: 'Acme Retail' });
    const saved = await app.call('deals.get', { id: deal!.id });
    expect(saved.lines).toEqual([
      {
        productId: expect.any(Number),
        name: 'Shelf unit',
        sku: 'SH-1',
        unitPrice: 19_999,
        quantity: 3,
        discountPercent: 10,
        total: 53_997,
      },
    ]);
  });

  it('refuses to save a lost deal without its reason, on the field, in words', async () => {
    const { user, app } = await renderApp('/deals');
    await user.click(await screen.findByRole('button', { name: 'New deal' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New deal' }));
    await user.type(dialog.getByLabelText('What is being sold'), 'Counter refit');
    await user.selectOptions(dialog.getByLabelText('Stage'), dialog.getByRole('option', { name: 'Lost' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await dialog.findByText('Choose why it was lost')).toBeInTheDocument();
    const [pipeline] = await app.call('pipelines.list', {});
    expect(pipeline!.openDeals).toBe(0);
    expect(
      (
        await app.call('deals.list', {
          pipelineId: pipeline!.id,
          filter: { closePeriod: 'any', tag: null, source: null, q: '' },
          status: 'all',
          sort: { field: 'title', direction: 'asc' },
          offset: 0,
          limit: 10,
        })
      ).total,
    ).toBe(0);
    await user.selectOptions(dialog.getByLabelText('Lost reason'), dialog.getByRole('option', { name: 'Price' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Counter refit' })).toBeInTheDocument();
  });
});
