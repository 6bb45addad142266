// The main window, with the secure webPreferences of Electron's checklist.
import { join } from 'node:path';
import { BrowserWindow, nativeTheme } from 'electron';
import { loadWindowState, trackWindowState } from './windowState';

export function createMainWindow(options: {
  stateFile: string;
  devServerUrl: string | null;
  rendererDir: string;
  preload: string;
}): BrowserWindow {
  const state = loadWindowState(options.stateFile);
  const win = new BrowserWindow({
    ...(state.centered ? { width: state.bounds.width, height: state.bounds.height, center: true } : state.bounds),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Rapport',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1c1e' : '#ffffff',
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
    },
  });
  if (state.maximized) win.maximize();
  trackWindowState(win, options.stateFile);
  win.once('ready-to-show', () => win.show());
  if (options.devServerUrl) void win.loadURL(options.devServerUrl);
  else void win.loadFile(join(options.rendererDir, 'index.html'));
  return win;
}
