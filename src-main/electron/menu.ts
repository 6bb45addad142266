// The native menu. Items that belong to the app's screens send a menu.command event to the renderer.
import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '@shared/api/contract';
import type { EventSink } from '../ports';

export function installMenu(events: EventSink, labels: { language: 'en' | 'zh-CN' }): void {
  const zh = labels.language === 'zh-CN';
  const send = (command: MenuCommand) => () => events.emit('menu.command', { command });
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: zh ? '文件' : 'File',
      submenu: [
        { label: zh ? '新建联系人' : 'New Contact', accelerator: 'CmdOrCtrl+N', click: send('new-contact') },
        { label: zh ? '新建公司' : 'New Company', accelerator: 'CmdOrCtrl+Shift+N', click: send('new-company') },
        { type: 'separator' },
        { label: zh ? '设置…' : 'Settings…', accelerator: 'CmdOrCtrl+,', click: send('go-settings') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: zh ? '退出' : 'Quit' },
      ],
    },
    { role: 'editMenu', label: zh ? '编辑' : 'Edit' },
    {
      label: zh ? '前往' : 'Go',
      submenu: [
        { label: zh ? '搜索…' : 'Search…', accelerator: 'CmdOrCtrl+K', click: send('search') },
        { label: zh ? '联系人' : 'Contacts', accelerator: 'CmdOrCtrl+1', click: send('go-contacts') },
        { label: zh ? '公司' : 'Companies', accelerator: 'CmdOrCtrl+2', click: send('go-companies') },
        { label: zh ? '商机' : 'Deals', accelerator: 'CmdOrCtrl+3', click: send('go-deals') },
        { label: zh ? '回收站' : 'Trash', click: send('go-trash') },
      ],
    },
    { role: 'viewMenu', label: zh ? '视图' : 'View' },
    { role: 'windowMenu', label: zh ? '窗口' : 'Window' },
    {
      role: 'help',
      label: zh ? '帮助' : 'Help',
      submenu: [
        {
          label: zh ? '打开数据文件夹' : 'Show Data Folder',
          click: () => void shell.openPath(app.getPath('userData')),
        },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
