// Which modifier the platform's shortcuts use: ⌘ on macOS, Ctrl elsewhere.
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /mac/i.test(navigator.platform || navigator.userAgent);
}

/** True when the event carries the platform's command modifier (⌘ on macOS, Ctrl elsewhere). */
export function hasModKey(event: { metaKey: boolean; ctrlKey: boolean }): boolean {
  return isMac() ? event.metaKey : event.ctrlKey;
}

/** True while the user is typing in a field, where single-letter shortcuts must not fire. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
