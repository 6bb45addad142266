import { screen, within } from '@testing-library/react';
import { person, renderApp } from './renderApp';

const seed = async (app: Parameters<NonNullable<Parameters<typeof renderApp>[1]>>[0]) => {
  await app.call('contacts.create', {
    contact: person({
      givenName: 'Ada',
      familyName: 'Lovelace',
      title: 'Analyst',
    }),
  });
  await app.call('contacts.create', {
    contact: person({ givenName: 'Charles', familyName: 'Babbage' }),
  });
  await app.call('companies.create', {
    company: {
      name: 'Analytical Engines Ltd',
      website: '',
      industry: '',
      phones: [],
      addresses: [],
      notes: '',
      tags: [],
    },
  });
};

describe('search palette', () => {
  it('shows results as you type, and one Enter opens the first one', async () => {
    const { user } = await renderApp('/contacts', seed);
    await screen.findByRole('heading', { name: 'Contacts' });
    await user.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: 'Search' });
    expect(input).toHaveFocus();

    await user.keyboard('Lovelace');
    expect(await screen.findByRole('option', { name: /Ada Lovelace/ })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Babbage/ })).not.toBeInTheDocument();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens the first result even when Enter comes before the results', async () => {
    const { user } = await renderApp('/contacts', seed);
    await screen.findByRole('heading', { name: 'Contacts' });
    await user.click(screen.getByRole('button', { name: /Search/ }));
    await screen.findByRole('combobox', { name: 'Search' });
    await user.keyboard('Babbage{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Charles Babbage' })).toBeInTheDocument();
  });

  it('moves with the arrow keys and closes with Escape', async () => {
    const { user } = await renderApp('/contacts', seed);
    await screen.findByRole('heading', { name: 'Contacts' });
    await user.keyboard('{Control>}k{/Control}');
    await screen.findByRole('combobox', { name: 'Search' });
    await user.keyboard('Ana');
    await screen.findByRole('option', { name: /Analytical Engines/ });
    const results = screen.getByRole('listbox', { name: 'Search results' });
    const options = within(results).getAllByRole('option');
    expect(options.length).toBe(2);
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown}');
    expect(within(results).getAllByRole('option')[1]).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
