// The app's SystemShell: the operating system's own folder and file pickers, sheets of the window the user is in,
// and "show in Finder / Explorer".
import { BrowserWindow, dialog, shell } from 'electron';
import type { SystemShell } from '../ports';

export function electronShell(): SystemShell {
  const parent = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
  return {
    async chooseFolder({ title, defaultPath }) {
      const options: Electron.OpenDialogOptions = {
        title,
        properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
        ...(defaultPath ? { defaultPath } : {}),
      };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseFile({ title, defaultPath, filters }) {
      const options: Electron.OpenDialogOptions = {
        title,
        properties: ['openFile'],
        filters,
        ...(defaultPath ? { defaultPath } : {}),
      };
      const window = parent();
      const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showInFolder(path) {
      shell.showItemInFolder(path);
    },
  };
}
