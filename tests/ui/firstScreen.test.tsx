// Where Rapport opens: the welcome (contacts' empty state) for a new user; Today once there are customers.
import { screen } from '@testing-library/react';
import { person, renderApp } from './renderApp';

describe('the first screen', () => {
  it('welcomes a new user', async () => {
    await renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Welcome to Rapport' })).toBeInTheDocument();
  });

  it('opens on Today once there are customers', async () => {
    await renderApp('/', async (app) => {
      await app.call('contacts.create', { contact: person({ givenName: 'Ada', familyName: 'Lovelace' }) });
    });
    expect(await screen.findByRole('heading', { name: 'Today', level: 1 })).toBeInTheDocument();
    expect(window.location.hash).toBe('#/today');
  });
});
