import { act, screen, within } from '@testing-library/react';
import { person, renderApp } from './renderApp';

const company = (name: string) => ({
  name,
  website: '',
  industry: '',
  phones: [],
  addresses: [],
  notes: '',
  tags: [],
});

describe('companies', () => {
  it('creates a company with Ctrl+Shift+N, warning about one with the same name', async () => {
    const { user } = await renderApp('/companies', async (app) => {
      await app.call('companies.create', { company: company('Acme Plumbing') });
    });
    await screen.findByRole('heading', { name: 'Companies' });
    await user.keyboard('{Control>}{Shift>}N{/Shift}{/Control}');
    const dialog = within(await screen.findByRole('dialog', { name: 'New company' }));

    await user.type(dialog.getByLabelText('Name'), 'acme plumbing');
    expect(await dialog.findByText('Probably already in Rapport:', {}, { timeout: 3000 })).toBeInTheDocument();
    expect(dialog.getByRole('link', { name: 'Acme Plumbing' })).toBeInTheDocument();

    await user.clear(dialog.getByLabelText('Name'));
    await user.type(dialog.getByLabelText('Name'), 'Babbage & Co');
    await user.type(dialog.getByLabelText('Website'), 'not a site');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await dialog.findByText('Not a valid web address')).toBeInTheDocument();

    await user.clear(dialog.getByLabelText('Website'));
    await user.type(dialog.getByLabelText('Website'), 'babbage.example');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Babbage & Co' })).toBeInTheDocument();
  });

  it("shows a company's people and the activity history with them", async () => {
    let id = 0;
    const { user } = await renderApp('/companies', async (app) => {
      const acme = await app.call('companies.create', {
        company: company('Acme Plumbing'),
      });
      id = acme.id;
      const ada = await app.call('contacts.create', {
        contact: person({
          givenName: 'Ada',
          familyName: 'Lovelace',
          companyId: acme.id,
          title: 'Engineer',
        }),
      });
      await app.call('activities.create', {
        activity: {
          kind: 'visit',
          occurredAt: '2026-03-01T10:00:00.000Z',
          summary: 'Walked the workshop',
          outcome: 'Wants a quote',
          contactId: ada.id,
          companyId: acme.id,
        },
      });
    });
    const table = await screen.findByRole('table', { name: 'Companies list' });
    await user.click(await within(table).findByRole('link', { name: 'Acme Plumbing' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Plumbing' })).toBeInTheDocument();
    expect(window.location.hash).toBe(`#/companies/${id}`);
    const people = await screen.findByRole('region', { name: 'People' });
    expect(await within(people).findByRole('link', { name: 'Ada Lovelace' })).toBeInTheDocument();
    const history = await screen.findByRole('list', { name: 'Activity' });
    expect(await within(history).findByText('Walked the workshop')).toBeInTheDocument();
    expect(within(history).getByText('Wants a quote')).toBeInTheDocument();
    expect(within(history).getByRole('link', { name: 'with Ada Lovelace' })).toBeInTheDocument();
  });
});

describe('native menu commands', () => {
  it('navigates and opens dialogs when main sends menu.command', async () => {
    const { app } = await renderApp('/contacts', async (a) => {
      await a.call('contacts.create', {
        contact: person({ givenName: 'Ada' }),
      });
    });
    await screen.findByRole('heading', { name: 'Contacts' });
    act(() => app.ctx.events.emit('menu.command', { command: 'go-settings' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    act(() => app.ctx.events.emit('menu.command', { command: 'new-contact' }));
    expect(await screen.findByRole('dialog', { name: 'New contact' })).toBeInTheDocument();
  });
});
