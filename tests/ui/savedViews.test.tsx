import { screen, within } from '@testing-library/react';
import { person, renderApp } from './renderApp';

describe('saved views', () => {
  it('saves the current filter as a view, lists it in the sidebar, reopens and deletes it', async () => {
    const { user, app } = await renderApp('/contacts', async (a) => {
      await a.call('contacts.create', {
        contact: person({
          givenName: 'Ada',
          familyName: 'Lovelace',
          lifecycle: 'customer',
        }),
      });
      await a.call('contacts.create', {
        contact: person({
          givenName: 'Bob',
          familyName: 'Marley',
          lifecycle: 'lead',
        }),
      });
    });
    const table = await screen.findByRole('table', { name: 'Contacts list' });
    await within(table).findByText('Bob Marley');

    await user.click(screen.getByRole('button', { name: /^Stage:/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Customer' }));
    await vi.waitFor(() => expect(within(table).queryByText('Bob Marley')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Save view' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Save this view' }));
    await user.type(dialog.getByLabelText('View name'), 'Customers{Enter}');

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    const link = await within(nav).findByRole('link', { name: 'Customers' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Customers' })).toBeInTheDocument();
    expect((await app.call('views.list', { entity: 'contact' }))[0]?.filter).toEqual({ lifecycle: ['customer'] });

    // Back to everyone, then the view again.
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await within(screen.getByRole('table')).findByText('Bob Marley');
    await user.click(link);
    await vi.waitFor(() => expect(within(screen.getByRole('table')).queryByText('Bob Marley')).not.toBeInTheDocument());
    expect(within(screen.getByRole('table')).getByText('Ada Lovelace')).toBeInTheDocument();

    await user.click(within(nav).getByRole('button', { name: 'Delete view “Customers”' }));
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Delete',
      }),
    );
    await vi.waitFor(() => expect(within(nav).queryByRole('link', { name: 'Customers' })).not.toBeInTheDocument());
    expect(await app.call('views.list', { entity: 'contact' })).toEqual([]);
  });

  it("shows a view on top of the user's own filter, and going back to Contacts brings that filter back", async () => {
    const { user } = await renderApp('/contacts', async (a) => {
      await a.call('contacts.create', { contact: person({ givenName: 'Ada', lifecycle: 'customer', tags: ['VIP'] }) });
      await a.call('contacts.create', { contact: person({ givenName: 'Bob', lifecycle: 'lead' }) });
      await a.call('contacts.create', { contact: person({ givenName: 'Cy', lifecycle: 'lead', tags: ['VIP'] }) });
      await a.call('views.save', {
        entity: 'contact',
        name: 'Customers',
        filter: { lifecycle: ['customer'] },
        sort: { field: 'name', direction: 'asc' },
      });
    });
    const table = await screen.findByRole('table', { name: 'Contacts list' });
    await within(table).findByText('Bob');
    // The user's own filter: leads.
    await user.click(screen.getByRole('button', { name: /^Stage:/ }));
    await user.click(screen.getByRole('checkbox', { name: 'Lead' }));
    await vi.waitFor(() => expect(within(table).queryByText('Ada')).not.toBeInTheDocument());

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    await user.click(await within(nav).findByRole('link', { name: 'Customers' }));
    await screen.findByRole('heading', { level: 1, name: 'Customers' });
    await vi.waitFor(() => expect(within(screen.getByRole('table')).queryByText('Bob')).not.toBeInTheDocument());
    expect(within(screen.getByRole('table')).getByText('Ada')).toBeInTheDocument();

    await user.click(within(nav).getByRole('link', { name: 'Contacts' }));
    await screen.findByRole('heading', { level: 1, name: 'Contacts' });
    await within(screen.getByRole('table')).findByText('Bob');
    expect(within(screen.getByRole('table')).getByText('Cy')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).queryByText('Ada')).not.toBeInTheDocument();
  });
});
