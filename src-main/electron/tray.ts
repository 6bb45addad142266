// The tray (Windows, Linux) / menu bar (macOS) icon that keeps Rapport running with its window closed, so
// reminders keep coming; and "start at login". Both follow Settings → Calendar and reminders.
import { join } from 'node:path';
import { app, Menu, nativeImage, Tray } from 'electron';
import type { Settings } from '@shared/domain/settings';

/** resources/ beside the app when packaged (extraResources), in the repository when run from source. */
function resourcePath(name: string): string {
  return app.isPackaged ? join(process.resourcesPath, 'resources', name) : join(app.getAppPath(), 'resources', name);
}

export interface TrayControl {
  /** Applies the settings: shows or removes the icon, registers or removes the login item. */
  apply(settings: Settings, language: 'en' | 'zh-CN'): void;
  /** Whether closing the window should leave the app running. */
  keepsRunning(): boolean;
}

export function createTrayControl(actions: { open(): void; openReminders(): void; quit(): void }): TrayControl {
  let tray: Tray | null = null;
  let keep = false;
  return {
    apply(settings, language) {
      keep = settings.keepRunningInTray;
      // Only a packaged app registers itself to start at login (a development build would register Electron).
      if (app.isPackaged) app.setLoginItemSettings({ openAtLogin: settings.startAtLogin, openAsHidden: true });
      if (!keep) {
        tray?.destroy();
        tray = null;
        return;
      }
      const zh = language === 'zh-CN';
      if (!tray) {
        const icon = nativeImage.createFromPath(resourcePath('tray.png'));
        if (process.platform === 'darwin') icon.setTemplateImage(true);
        tray = new Tray(icon);
        tray.on('click', actions.open);
      }
      tray.setToolTip('Rapport');
      tray.setContextMenu(
        Menu.buildFromTemplate([
          { label: zh ? '打开 Rapport' : 'Open Rapport', click: actions.open },
          { label: zh ? '今天' : 'Today', click: actions.openReminders },
          { type: 'separator' },
          { label: zh ? '退出 Rapport' : 'Quit Rapport', click: actions.quit },
        ]),
      );
    },
    keepsRunning: () => keep,
  };
}
