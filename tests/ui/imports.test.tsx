import { fireEvent, screen, within } from '@testing-library/react';
import { renderApp } from './renderApp';

// A Chinese-Excel style sheet saved as UTF-8: Chinese headers, Chinese and English people, one bad email.
const CSV = [
  '姓名,手机,邮箱,公司',
  '张三,13800138000,zhangsan@example.cn,北京星辰科技',
  'Ada Lovelace,+44 20 7946 0000,ada@example.com,Analytical Engines',
  '李四,13900139000,not-an-email,上海海风贸易',
].join('\r\n');

const csvFile = (name = 'clients.csv', text = CSV) => new File([text], name, { type: 'text/csv' });

describe('import screen', () => {
  it('imports a CSV through every step, and the people appear in the contacts list', async () => {
    const { user, app } = await renderApp('/import');
    expect(await screen.findByText('Drop a CSV, TXT or vCard file here, or choose a file')).toBeInTheDocument();
    await user.upload(screen.getByLabelText('File to import'), csvFile());

    // Check the text: the preview shows the decoded rows, and changes when another encoding is chosen.
    expect(await screen.findByRole('heading', { name: 'Check the text' })).toBeInTheDocument();
    const preview = screen.getByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('张三')).toBeInTheDocument();
    const encoding = screen.getByRole('combobox', { name: 'Encoding' });
    expect(encoding).toHaveValue('utf-8');
    await user.selectOptions(encoding, 'windows-1252');
    await vi.waitFor(() => expect(within(preview).queryByText('张三')).not.toBeInTheDocument());
    expect(within(preview).getByText(/^å¼ /)).toBeInTheDocument(); // UTF-8 bytes read as Windows-1252
    await user.selectOptions(encoding, 'utf-8');
    expect(await within(preview).findByText('张三')).toBeInTheDocument();

    // Match columns: suggestions from the Chinese headers.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'Match columns' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Import “姓名” as' })).toHaveValue('field:fullName');
    expect(screen.getByRole('combobox', { name: 'Import “手机” as' })).toHaveValue('phone:mobile');
    expect(screen.getByRole('combobox', { name: 'Import “公司” as' })).toHaveValue('field:company');
    expect(screen.getByRole('option', { name: 'Phone — mobile', selected: true })).toBeInTheDocument();

    // Review: counts, and the bad email with its row (the header is row 1) and column.
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'Review' })).toBeInTheDocument();
    const counts = screen.getByRole('list', { name: 'What the import will do' });
    expect(within(counts).getByText('new people').previousSibling).toHaveTextContent('2');
    expect(within(counts).getByText('cannot be imported').previousSibling).toHaveTextContent('1');
    const problems = screen.getByRole('table', { name: 'Problems' });
    const badRow = within(problems)
      .getByText(/not-an-email/)
      .closest('tr')!;
    expect(within(badRow).getByText('4')).toBeInTheDocument();
    expect(within(badRow).getByText('邮箱')).toBeInTheDocument();
    expect(badRow).toHaveTextContent('Not a valid email address: “not-an-email”.');

    // Rows that cannot be imported must be skipped knowingly.
    const importButton = screen.getByRole('button', { name: 'Import 2 people' });
    expect(importButton).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Skip the rows that cannot be imported' }));
    expect(importButton).toBeEnabled();
    await user.click(importButton);

    expect(await screen.findByRole('heading', { name: /^Imported 2 people/ })).toBeInTheDocument();
    const stored = await app.call('contacts.list', {
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      locale: 'en',
      offset: 0,
      limit: 10,
    });
    expect(stored.total).toBe(2);

    await user.click(screen.getByRole('link', { name: 'See them in Contacts' }));
    const table = await screen.findByRole('table', { name: 'Contacts list' });
    expect(await within(table).findByRole('link', { name: '张三' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(within(table).queryByRole('link', { name: '李四' })).not.toBeInTheDocument();
  });

  it('undoes a past import from the history after confirming', async () => {
    const { user, app } = await renderApp('/contacts', async (a) => {
      const opened = await a.call('imports.open', {
        fileName: 'clients.csv',
        contentBase64: Buffer.from(CSV).toString('base64'),
      });
      await a.call('imports.commit', { sessionId: opened.sessionId, skipInvalid: true });
    });
    const table = await screen.findByRole('table', { name: 'Contacts list' });
    expect(await within(table).findByRole('link', { name: '张三' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Import' }));
    const history = await screen.findByRole('table', { name: 'Past imports' });
    expect(within(history).getByText('clients.csv')).toBeInTheDocument();
    await user.click(within(history).getByRole('button', { name: 'Undo the import of clients.csv' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Undo the import of “clients.csv”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Undo import' }));

    expect(await screen.findByText(/^Import undone: \d+ removed, 0 restored$/)).toBeInTheDocument();
    expect(await within(history).findByText('Undone')).toBeInTheDocument();
    expect(within(history).queryByRole('button', { name: /Undo the import/ })).not.toBeInTheDocument();
    const left = await app.call('contacts.list', {
      filter: {},
      sort: { field: 'name', direction: 'asc' },
      locale: 'en',
      offset: 0,
      limit: 10,
    });
    expect(left.total).toBe(0);
  });

  it('takes a file dropped on the window, and Back returns to the drop zone', async () => {
    const { user } = await renderApp('/import');
    await screen.findByText('Drop a CSV, TXT or vCard file here, or choose a file');
    fireEvent.drop(window, { dataTransfer: { files: [csvFile('dropped.csv')], types: ['Files'] } });
    expect(await screen.findByRole('heading', { name: 'Check the text' })).toBeInTheDocument();
    expect(screen.getByText('dropped.csv')).toBeInTheDocument();
    expect(screen.getByRole('listitem', { current: 'step' })).toHaveTextContent('Check the text');

    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByText('Drop a CSV, TXT or vCard file here, or choose a file')).toBeInTheDocument();
  });

  it('explains a file it cannot read', async () => {
    const { user } = await renderApp('/import');
    await user.upload(await screen.findByLabelText('File to import'), csvFile('empty.csv', ''));
    expect(await screen.findByRole('alert')).toHaveTextContent(/empty/i);
  });

  it('opens from the welcome screen', async () => {
    const { user } = await renderApp('/contacts');
    await user.click(await screen.findByRole('button', { name: 'Import a spreadsheet' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Import contacts' })).toBeInTheDocument();
  });

  it('says the problems in Chinese on the Chinese screen', async () => {
    const { user } = await renderApp('/import', async (a) => {
      await a.call('settings.update', { language: 'zh-CN' });
    });
    await user.upload(await screen.findByLabelText('要导入的文件'), csvFile());
    await user.click(await screen.findByRole('button', { name: '下一步' }));
    await user.click(await screen.findByRole('button', { name: '下一步' }));
    const problems = await screen.findByRole('table', { name: '问题' });
    expect(
      within(problems)
        .getByText(/not-an-email/)
        .closest('td'),
    ).toHaveTextContent('邮箱地址无效：“not-an-email”。');
  });

  it('says what is wrong with the file itself in the screen language too', async () => {
    const ragged = `${CSV}\r\n王五,13700137000\r\n`;
    const { user } = await renderApp('/import', async (a) => {
      await a.call('settings.update', { language: 'zh-CN' });
    });
    await user.upload(await screen.findByLabelText('要导入的文件'), csvFile('ragged.csv', ragged));
    await user.click(await screen.findByRole('button', { name: '下一步' }));
    await user.click(await screen.findByRole('button', { name: '下一步' }));
    const problems = await screen.findByRole('table', { name: '问题' });
    const row = within(problems).getByText('这一行有 2 个单元格，而标题行有 4 个；缺少的单元格留空。').closest('tr');
    expect(row).toHaveTextContent(/^5/);
  });
});
