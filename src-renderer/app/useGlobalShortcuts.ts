// Keyboard shortcuts and native-menu commands that work on every screen.
import type { MenuCommand } from '@shared/api/contract';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useNavigate } from 'react-router';
import { bridge } from '../api/bridge';
import { dialogStack } from '../components/dialogStack';
import { hasModKey } from '../hooks/platform';
import type { AppCommands } from './commandsContext';

export function useGlobalShortcuts(commands: AppCommands): void {
  const navigate = useNavigate();
  const ref = useRef({ commands, navigate });
  useLayoutEffect(() => {
    ref.current = { commands, navigate };
  });

  useEffect(() => {
    const run = (command: MenuCommand) => {
      const { commands: c, navigate: go } = ref.current;
      switch (command) {
        case 'search':
          return c.openSearch();
        case 'new-contact':
          return c.newContact();
        case 'new-company':
          return c.newCompany();
        case 'go-contacts':
          return void go('/contacts');
        case 'go-companies':
          return void go('/companies');
        case 'go-deals':
          return void go('/deals');
        case 'go-trash':
          return void go('/trash');
        case 'go-settings':
          return void go('/settings');
      }
    };

    const onKeyDown = (event: KeyboardEvent) => {
      if (!hasModKey(event) || event.altKey || dialogStack.anyOpen()) return;
      const key = event.key.toLowerCase();
      const command: MenuCommand | null =
        key === 'k'
          ? 'search'
          : key === 'n'
            ? event.shiftKey
              ? 'new-company'
              : 'new-contact'
            : event.code === 'Digit1'
              ? 'go-contacts'
              : event.code === 'Digit2'
                ? 'go-companies'
                : event.code === 'Digit3'
                  ? 'go-deals'
                  : key === ','
                    ? 'go-settings'
                    : null;
      if (!command) return;
      event.preventDefault();
      run(command);
    };
    window.addEventListener('keydown', onKeyDown);
    const off = bridge(false)?.on('menu.command', ({ command }) => {
      if (!dialogStack.anyOpen() || command.startsWith('go-')) run(command);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      off?.();
    };
  }, []);
}
