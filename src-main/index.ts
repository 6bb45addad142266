// Rapport's main process: one instance, open (and migrate) the database, register the contract over IPC,
// then show the window. Everything domain-shaped lives in the domain folders; this file only wires Electron.
import { electronShell } from './electron/systemShell';
import { electronPrinter } from './electron/printing';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, nativeTheme, powerMonitor } from 'electron';
import { RapportError } from '@shared/api/result';
import { registerIpc, webContentsEvents } from './electron/ipc';
import { installMenu } from './electron/menu';
import { applySessionPolicy, lockDownAllContents, setTrustedBase } from './electron/security';
import { createMainWindow } from './electron/window';
import { openApp, type OpenedApp } from './openApp';
import { defaultDataDir, locateDatabase } from './paths';
import { refuseMissingDatabase } from './electron/missingDatabase';
import type { EventSink } from './ports';
import { getSettings } from './settings/settingsService';
import { showReminderNotifications } from './electron/notifications';
import { startReminders } from './reminders/startReminders';
import { createTrayControl } from './electron/tray';
import { safeStorageSecrets } from './electron/secretStore';
import { workerBackupRunner } from './backups/backupRunner';
import { startBackups, type BackupScheduler } from './backups/backupScheduler';

const here = dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL ?? null;
let opened: OpenedApp | null = null;
let mainWindow: BrowserWindow | null = null;
let quitting = false;
let backups: BackupScheduler | null = null;
let backedUpBeforeQuit = false;
const systemLanguage = (): 'en' | 'zh-CN' => (app.getLocale().startsWith('zh') ? 'zh-CN' : 'en');
const trayControl = createTrayControl({
  open: () => showWindow(),
  openReminders: () => {
    showWindow();
    opened?.ctx.events.emit('app.navigate', { path: '/today' });
  },
  quit: () => app.quit(),
});
let showWindow: () => void = () => undefined;

// Keep Electron's own userData (caches, window state) in the same folder as the database.
app.setPath('userData', defaultDataDir());

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  lockDownAllContents();
  app.whenReady().then(start, fail);
}

async function start(): Promise<void> {
  const rendererDir = join(here, '../renderer');
  setTrustedBase(devServerUrl ?? pathToFileURL(rendererDir).href);
  applySessionPolicy({ dev: devServerUrl !== null });
  const toWindows = webContentsEvents(() => BrowserWindow.getAllWindows().map((w) => w.webContents));
  const events: EventSink = {
    emit(event, payload) {
      toWindows.emit(event, payload);
      // The OS-drawn parts (title bar, menus, dialogs) follow the theme chosen in Settings.
      if (event === 'data.changed' && opened && (payload as { entities: string[] }).entities.includes('settings')) {
        void getSettings(opened.ctx).then((s) => {
          nativeTheme.themeSource = s.theme;
          trayControl.apply(s, s.language ?? systemLanguage());
        });
        void backups?.wake(); // the schedule may have changed
      }
    },
  };
  // Where Settings moved it, unless RAPPORT_DB names it; a moved database that is missing is not re-created empty.
  const located = locateDatabase();
  if (located.problem !== null) return refuseMissingDatabase(located);
  opened = await openApp(located.file, { events });
  const settings = await getSettings(opened.ctx);
  nativeTheme.themeSource = settings.theme;
  opened.ctx.printer = electronPrinter();
  opened.ctx.shell = electronShell();
  if (located.dataDir !== null) opened.ctx.databaseHome = { dataDir: located.dataDir };
  // After a move: start again, so the connections, reminders and backups all open the database at its new place.
  opened.ctx.restart = () => {
    app.relaunch();
    void (opened?.close() ?? Promise.resolve()).finally(() => app.exit(0));
  };
  // Backups run in a worker thread (its own bundle beside this one); the passphrase lives in the OS keychain.
  opened.ctx.backups = {
    runner: workerBackupRunner(join(here, 'backupWorker.js')),
    secrets: safeStorageSecrets(join(defaultDataDir(), 'secrets')),
  };
  registerIpc(opened.ctx);
  const language = settings.language ?? systemLanguage();
  installMenu(events, { language });
  const focus = () => {
    if (!mainWindow) open();
    mainWindow?.show();
    mainWindow?.focus();
    return mainWindow;
  };
  showWindow = () => void focus();
  const scheduler = await startReminders(opened.ctx, (alerts) =>
    showReminderNotifications(alerts, { language, events, focus }),
  );
  // Reminders due while the computer slept come as missed the moment it wakes; a clock or zone change is
  // noticed at the next wake or within the hour (the scheduler's longest wait).
  powerMonitor.on('resume', () => void scheduler.wake());
  powerMonitor.on('unlock-screen', () => void scheduler.wake());
  // Daily and weekly backups; one due while Rapport was closed (or the computer asleep) runs at once.
  backups = startBackups(opened.ctx);
  powerMonitor.on('resume', () => void backups?.wake());
  const open = () => {
    mainWindow = createMainWindow({
      stateFile: join(app.getPath('userData'), 'window-state.json'),
      devServerUrl,
      rendererDir,
      preload: join(here, '../preload/index.cjs'),
    });
    mainWindow.on('closed', () => (mainWindow = null));
    // With the tray on, closing the window hides it: the app (and its reminders) keep running.
    mainWindow.on('close', (event) => {
      if (trayControl.keepsRunning() && !quitting) {
        event.preventDefault();
        mainWindow?.hide();
      }
    });
  };
  trayControl.apply(settings, language);
  // Started at login: stay in the tray; otherwise show the window.
  if (!(app.getLoginItemSettings().wasOpenedAtLogin && settings.keepRunningInTray)) open();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) open();
  });
}

function fail(error: unknown): void {
  const message = error instanceof RapportError || error instanceof Error ? error.message : String(error);
  dialog.showErrorBox('Rapport cannot start', message);
  app.exit(1);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin' && !trayControl.keepsRunning()) app.quit();
});

app.on('before-quit', (event) => {
  quitting = true;
  // With the "when Rapport closes" schedule, quitting waits for that backup (in its worker) once.
  if (backups && !backedUpBeforeQuit) {
    backedUpBeforeQuit = true;
    event.preventDefault();
    void backups.beforeQuit().finally(() => app.quit());
  }
});

app.on('will-quit', () => {
  void opened?.close();
});
