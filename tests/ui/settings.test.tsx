import { screen } from '@testing-library/react';
import { renderApp } from './renderApp';

describe('settings', () => {
  it('switches the whole UI to Simplified Chinese at once and remembers it', async () => {
    const { user, app } = await renderApp('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(screen.getByRole('link', { name: 'Contacts' })).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Language'), '简体中文');

    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '联系人' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '回收站' })).toBeInTheDocument();
    expect(screen.getByLabelText('语言')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect((await app.call('settings.get', {})).language).toBe('zh-CN');
  });

  it('applies the theme to the document', async () => {
    const { user } = await renderApp('/settings');
    await user.click(await screen.findByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
  });
});
