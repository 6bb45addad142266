// A keyboard shortcut as keycaps, e.g. ⌘K on macOS and Ctrl K elsewhere.
import { isMac } from '../hooks/platform';

export function Kbd({ keys }: { keys: string }) {
  const text = keys.replace('Mod+', isMac() ? '⌘' : 'Ctrl ');
  return <kbd className="kbd">{text}</kbd>;
}
