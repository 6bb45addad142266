import { screen, within } from '@testing-library/react';
import { person, renderApp } from './renderApp';

async function seedAda(app: Parameters<NonNullable<Parameters<typeof renderApp>[1]>>[0]) {
  const ada = await app.call('contacts.create', {
    contact: person({ givenName: 'Ada', familyName: 'Lovelace' }),
  });
  await app.call('activities.create', {
    activity: {
      kind: 'meeting',
      occurredAt: '2026-01-05T09:00:00.000Z',
      summary: 'First meeting',
      outcome: '',
      contactId: ada.id,
      companyId: null,
    },
  });
  return ada.id;
}

describe('contact page', () => {
  it('logs a call with two keystrokes: A, type, Enter — and it appears at the top of the history', async () => {
    let id = 0;
    const { user } = await renderApp('/contacts', async (app) => {
      id = await seedAda(app);
    });
    window.location.hash = `#/contacts/${id}`;
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    const history = await screen.findByRole('list', { name: 'Activity' });
    expect(within(history).getByText('First meeting')).toBeInTheDocument();

    // The composer is on screen (and its shortcut listening) before the key is pressed.
    const summary = await screen.findByLabelText('Summary');
    await user.keyboard('a');
    expect(summary).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Call' })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('Asked about the renewal{Enter}');

    await within(history).findByText('Asked about the renewal');
    const items = within(history).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Asked about the renewal');
    expect(items[0]).toHaveTextContent('Call');
    expect(items[1]).toHaveTextContent('First meeting');
    expect(summary).toHaveValue('');
  });

  it('moves a contact to the Trash with an Undo that brings them back', async () => {
    let id = 0;
    const { user, app } = await renderApp('/contacts', async (a) => {
      id = await seedAda(a);
    });
    window.location.hash = `#/contacts/${id}`;
    await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Moved to Trash')).toBeInTheDocument();
    expect((await app.call('trash.list', {})).map((i) => i.displayName)).toEqual(['Ada Lovelace']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Restored')).toBeInTheDocument();
    expect(await app.call('trash.list', {})).toEqual([]);
  });
});
