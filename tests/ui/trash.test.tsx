import { screen, within } from '@testing-library/react';
import { person, renderApp } from './renderApp';

describe('trash', () => {
  it('restores the selected people', async () => {
    const { user, app } = await renderApp('/trash', async (a) => {
      const ada = await a.call('contacts.create', {
        contact: person({ givenName: 'Ada', familyName: 'Lovelace' }),
      });
      const bob = await a.call('contacts.create', {
        contact: person({ givenName: 'Bob', familyName: 'Marley' }),
      });
      await a.call('contacts.delete', { ids: [ada.id, bob.id] });
    });
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Ada Lovelace')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select Ada Lovelace' }));
    await user.click(screen.getByRole('button', { name: 'Restore (1)' }));

    expect(await screen.findByText('1 item restored')).toBeInTheDocument();
    expect(within(table).queryByText('Ada Lovelace')).not.toBeInTheDocument();
    expect(within(table).getByText('Bob Marley')).toBeInTheDocument();
    expect((await app.call('trash.list', {})).map((i) => i.displayName)).toEqual(['Bob Marley']);
  });

  it('asks before emptying the Trash for good', async () => {
    const { user, app } = await renderApp('/trash', async (a) => {
      const ada = await a.call('contacts.create', {
        contact: person({ givenName: 'Ada', familyName: 'Lovelace' }),
      });
      await a.call('contacts.delete', { ids: [ada.id] });
    });
    await user.click(await screen.findByRole('button', { name: 'Empty Trash' }));
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Permanently delete 1 item?',
    });
    expect(within(dialog).getByText('This cannot be undone.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Empty Trash' }));
    expect(await screen.findByText('Trash is empty')).toBeInTheDocument();
    expect(await app.call('trash.list', {})).toEqual([]);
  });
});
