import { screen, within } from '@testing-library/react';
import { renderApp } from './renderApp';

describe('in Simplified Chinese', () => {
  it('shows validation messages and labels in Chinese', async () => {
    const { user } = await renderApp('/contacts', async (app) => {
      await app.call('settings.update', { language: 'zh-CN' });
    });
    expect(await screen.findByRole('heading', { name: '欢迎使用 Rapport' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '添加第一位联系人' }));
    const dialog = within(await screen.findByRole('dialog', { name: '新建联系人' }));
    // Chinese users get one full-name field by default.
    await user.type(dialog.getByLabelText('姓名'), '王小明');
    await user.click(dialog.getByRole('button', { name: '添加邮箱' }));
    await user.type(dialog.getByLabelText('邮箱 1'), 'wang@');
    await user.type(dialog.getByLabelText('生日'), '13-01');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await dialog.findByText('邮箱地址无效')).toBeInTheDocument();
    expect(dialog.getByText(/日期无效/)).toBeInTheDocument();

    await user.clear(dialog.getByLabelText('邮箱 1'));
    await user.type(dialog.getByLabelText('邮箱 1'), 'wang@example.cn');
    await user.clear(dialog.getByLabelText('生日'));
    await user.type(dialog.getByLabelText('生日'), '--03-08');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByRole('heading', { level: 1, name: '王小明' })).toBeInTheDocument();
    expect(screen.getByText('3月8日')).toBeInTheDocument();
  });
});
