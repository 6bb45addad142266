import { screen, within } from '@testing-library/react';
import { person, renderApp } from './renderApp';

describe('contact form', () => {
  it('shows translated inline errors for a bad email, phone and birthday, and saves nothing', async () => {
    const { user, app } = await renderApp('/contacts');
    await screen.findByRole('heading', { name: 'Welcome to Rapport' });
    await user.keyboard('{Control>}n{/Control}');
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    const form = within(dialog);

    await user.type(form.getByLabelText('Given name'), 'Ada');
    await user.click(form.getByRole('button', { name: 'Add email' }));
    await user.type(form.getByLabelText('Email 1'), 'ada@@example');
    await user.click(form.getByRole('button', { name: 'Add phone' }));
    await user.type(form.getByLabelText('Phone 1'), 'call me maybe');
    await user.type(form.getByLabelText('Birthday'), '1990-02-30');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await form.findByText('Not a valid email address')).toBeInTheDocument();
    expect(form.getByText(/Not a valid phone number/)).toBeInTheDocument();
    expect(form.getByText(/Not a valid date/)).toBeInTheDocument();
    expect(form.getByLabelText('Email 1')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog', { name: 'New contact' })).toBeInTheDocument();
    expect((await app.call('app.info', {})).counts.contacts).toBe(0);
  });

  it('warns that a person with the same email is probably already in Rapport, with a link to them', async () => {
    let adaId = 0;
    const { user } = await renderApp('/contacts', async (app) => {
      const ada = await app.call('contacts.create', {
        contact: person({
          givenName: 'Ada',
          familyName: 'Lovelace',
          emails: [{ label: 'work', value: 'ada@example.com' }],
        }),
      });
      adaId = ada.id;
    });
    await screen.findByRole('heading', { name: 'Contacts' });
    await user.keyboard('{Control>}n{/Control}');
    const dialog = within(await screen.findByRole('dialog', { name: 'New contact' }));
    await user.type(dialog.getByLabelText('Given name'), 'Augusta');
    await user.click(dialog.getByRole('button', { name: 'Add email' }));
    await user.type(dialog.getByLabelText('Email 1'), 'ADA@example.com');

    expect(await dialog.findByText('Probably already in Rapport:', {}, { timeout: 3000 })).toBeInTheDocument();
    const link = dialog.getByRole('link', { name: 'Ada Lovelace' });
    expect(link).toHaveAttribute('href', `#/contacts/${adaId}`);
    expect(dialog.getByText(/same email/)).toBeInTheDocument();
    // Only a warning: saving still works.
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Augusta' })).toBeInTheDocument();
  });

  it('creates a contact and opens their page', async () => {
    const { user } = await renderApp('/contacts');
    await user.click(await screen.findByRole('button', { name: 'Add your first contact' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'New contact' }));
    await user.type(dialog.getByLabelText('Given name'), 'Grace');
    await user.type(dialog.getByLabelText('Family name'), 'Hopper');
    await user.type(dialog.getByLabelText('Job title'), 'Rear Admiral');
    await user.click(dialog.getByRole('button', { name: 'Add email' }));
    await user.type(dialog.getByLabelText('Email 1'), 'grace@navy.example');
    await user.selectOptions(dialog.getByLabelText('Stage'), 'Customer');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'grace@navy.example' })).toBeInTheDocument();
    expect(screen.getByText('Rear Admiral')).toBeInTheDocument();
    expect(screen.getByText('Customer')).toBeInTheDocument();
    expect(window.location.hash).toMatch(/^#\/contacts\/\d+$/);
  });

  it('takes a Chinese name as one full name', async () => {
    const { user } = await renderApp('/contacts');
    await screen.findByRole('heading', { name: 'Welcome to Rapport' });
    await user.keyboard('{Control>}n{/Control}');
    const dialog = within(await screen.findByRole('dialog', { name: 'New contact' }));
    await user.click(dialog.getByLabelText('One full name'));
    await user.type(dialog.getByLabelText('Full name'), '张三');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: '张三' })).toBeInTheDocument();
  });
});
