// The web host's SystemShell: a browser has no system dialogs, so by default there are none (the screens then let
// a path be typed). A test can queue what the "user" picks in the next dialogs, and see what was shown in a folder.
import type { SystemShell } from '../../../src-main/ports';

export type ScriptedShell = SystemShell & {
  /** What the next dialogs answer, in order (null: the user cancelled). */
  answers: Array<string | null>;
  /** Every dialog opened: its title and starting folder. */
  asked: Array<{ title: string; defaultPath?: string }>;
  /** Every path shown in its folder. */
  shown: string[];
};

export function scriptedShell(): ScriptedShell {
  const shell: ScriptedShell = {
    answers: [],
    asked: [],
    shown: [],
    async chooseFolder(options) {
      if (shell.answers.length === 0) return undefined;
      shell.asked.push(options);
      return shell.answers.shift() ?? null;
    },
    async chooseFile(options) {
      if (shell.answers.length === 0) return undefined;
      shell.asked.push(options);
      return shell.answers.shift() ?? null;
    },
    async showInFolder(path) {
      shell.shown.push(path);
    },
  };
  return shell;
}
