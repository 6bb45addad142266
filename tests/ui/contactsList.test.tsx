import { screen, within } from '@testing-library/react';
import { person, renderApp } from './renderApp';

describe('contacts list', () => {
  it('lists people, sorts by a column, filters by text, and opens a row', async () => {
    const { user } = await renderApp('/contacts', async (app) => {
      for (const [givenName, familyName, city] of [
        ['Ada', 'Lovelace', 'London'],
        ['Charles', 'Babbage', 'Cambridge'],
        ['Grace', 'Hopper', 'Arlington'],
      ] as const) {
        await app.call('contacts.create', {
          contact: person({
            givenName,
            familyName,
            addresses: [
              {
                label: 'work',
                street: '',
                city,
                region: '',
                postalCode: '',
                country: 'GB',
              },
            ],
          }),
        });
      }
    });
    const table = await screen.findByRole('table', { name: 'Contacts list' });
    expect(await screen.findByText('3 people')).toBeInTheDocument();
    const names = () =>
      within(table)
        .getAllByRole('link')
        .map((a) => a.textContent);
    await within(table).findByText('Ada Lovelace');
    expect(names()).toEqual(['Charles Babbage', 'Grace Hopper', 'Ada Lovelace']);

    await user.click(within(table).getByRole('button', { name: 'City' }));
    await screen.findByRole('columnheader', {
      name: /City/,
      current: undefined,
    });
    expect(within(table).getByRole('columnheader', { name: /City/ })).toHaveAttribute('aria-sort', 'ascending');
    await vi.waitFor(() => expect(names()).toEqual(['Grace Hopper', 'Charles Babbage', 'Ada Lovelace']));

    await user.type(screen.getByRole('searchbox', { name: 'Filter' }), 'hopper');
    await vi.waitFor(() => expect(names()).toEqual(['Grace Hopper']));
    expect(screen.getByText('1 person')).toBeInTheDocument();

    await user.click(
      within(table).getByText('Grace Hopper').closest('[role=row]')!.querySelector('[role=cell]:nth-child(3)')!,
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
  });

  it('shows the welcome screen on first start and loads sample data', async () => {
    const { user } = await renderApp('/contacts');
    expect(await screen.findByRole('heading', { name: 'Welcome to Rapport' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import a spreadsheet' })).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Load sample data' }));
    expect(await screen.findByRole('table', { name: 'Contacts list' }, { timeout: 5000 })).toBeInTheDocument();
  });
});
