// The address layout editor on the labels page, against the real services: a country's layout starts as its
// post's own, placeholders go in with a click, mistakes are named per line as one types (and saving waits until
// they are fixed), the example shows the address as it will print, and the saved layout changes the labels.
import { screen, waitFor, within } from '@testing-library/react';
import { person, renderApp } from './renderApp';

const address = {
  label: 'work',
  street: '12 Market Street',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
};

describe('address layouts', () => {
  it('edits the layout for one country, checks it line by line, and every label follows it', async () => {
    const { user, app } = await renderApp('/labels', async (a) => {
      await a.call('contacts.create', {
        contact: person({ givenName: 'Jane', familyName: 'Doe', addresses: [address] }),
      });
    });
    const preview = await screen.findByRole('group', { name: /Preview of page 1/ });
    await waitFor(() => expect(preview).toHaveTextContent('SPRINGFIELD, IL 62701'));
    expect(screen.getByText('Every country’s addresses print in its post’s own order.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Address layouts…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Address layouts' });
    // The sender's country comes first, with its post's layout and an example.
    expect(within(dialog).getByRole('combobox', { name: 'Layout for mail to' })).toHaveValue('US');
    const lines = within(dialog).getByRole('textbox', { name: /Lines of the address/ });
    expect(lines).toHaveValue('{name}\n{title}\n{company}\n{street}\n{CITY}, {REGION} {postalCode}\n{COUNTRY}');
    const example = within(dialog).getByTestId('layout-example');
    expect(example).toHaveTextContent('SPRINGFIELD, IL 62701');

    // A typo is named with its line and the placeholder meant; saving waits.
    await user.clear(lines);
    await user.type(lines, '{{name}{enter}{{street}{enter}{{city} {{REGION} {{zip}');
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'Line 3: there is no placeholder {zip} — did you mean {postalCode}?',
    );
    expect(within(dialog).getByRole('button', { name: 'Save layouts' })).toBeDisabled();

    // Fixed with the placeholder button, inserted where the cursor is.
    for (let n = 0; n < '{zip}'.length; n++) await user.type(lines, '{backspace}');
    await user.click(within(dialog).getByRole('button', { name: 'Postcode' }));
    expect(lines).toHaveValue('{name}\n{street}\n{city} {REGION} {postalCode}');
    expect(within(dialog).queryByRole('alert')).toBeNull();
    expect(example).toHaveTextContent(/^Jane Doe12 Market StreetSuite 4Springfield IL 62701$/);
    await user.click(within(dialog).getByRole('button', { name: 'Save layouts' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await app.call('settings.get', {})).addressLayouts).toEqual({
      US: '{name}\n{street}\n{city} {REGION} {postalCode}',
    });
    await waitFor(() => expect(preview).toHaveTextContent('Springfield IL 62701'));
    expect(screen.getByText(/Your own layout for 1 country/)).toBeInTheDocument();

    // Back to the post's own: the country's own layout is gone again.
    await user.click(screen.getByRole('button', { name: 'Address layouts…' }));
    const again = await screen.findByRole('dialog', { name: 'Address layouts' });
    expect(within(again).getByRole('combobox', { name: 'Layout for mail to' })).toHaveValue('US');
    await user.click(within(again).getByRole('button', { name: 'Use the post’s own layout' }));
    await user.click(within(again).getByRole('button', { name: 'Save layouts' }));
    await waitFor(async () => expect((await app.call('settings.get', {})).addressLayouts).toEqual({}));
    await waitFor(() => expect(preview).toHaveTextContent('SPRINGFIELD, IL 62701'));
  });

  it('shows a Chinese layout with a Chinese example, and speaks Chinese', async () => {
    const { user } = await renderApp('/labels', async (app) => {
      await app.call('settings.update', { language: 'zh-CN' });
    });
    await user.click(await screen.findByRole('button', { name: '地址格式…' }));
    const dialog = await screen.findByRole('dialog', { name: '地址格式' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '寄往' }), 'CN');
    expect(within(dialog).getByRole('textbox', { name: /地址各行/ })).toHaveValue(
      '{postalCode}\n{region}{city}{street}\n{company}\n{name} {title} {shou}\n{COUNTRY}',
    );
    // Sent from China (the Chinese screen's default), so no country line; the name last, with 收.
    expect(within(dialog).getByTestId('layout-example')).toHaveTextContent(
      /^200120上海市浦东新区世纪大道1号瑞宝贸易有限公司王小明 经理 收$/,
    );
    expect(within(dialog).getByRole('button', { name: '邮编' })).toBeInTheDocument();
  });
});
