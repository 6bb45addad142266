// Renders the whole renderer app at an address, on top of the REAL main-process services (a temp SQLite
// file behind window.rapport), so tests see what a user sees after real validation and SQL.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { emptyContactInput, type ContactInput } from '@shared/validation/contact';
import { createTestBridge } from '../support/inProcessBridge';
import { App } from '../../src-renderer/app/App';
import { resetStickyState } from '../../src-renderer/hooks/useStickyState';
import { i18n } from '../../src-renderer/i18n/i18n';

type Harness = Awaited<ReturnType<typeof createTestBridge>>;
const open: Harness[] = [];

afterEach(async () => {
  for (const harness of open.splice(0)) await harness.close();
});

export async function renderApp(route: string, seed?: (app: Harness['app']) => Promise<void>) {
  const harness = await createTestBridge();
  open.push(harness);
  await seed?.(harness.app);
  Object.assign(window, { rapport: harness.bridge });
  window.location.hash = `#${route}`;
  resetStickyState();
  await i18n.changeLanguage('en');
  const user = userEvent.setup();
  const view = render(<App />);
  return { ...view, user, app: harness.app };
}

export function person(patch: Partial<ContactInput>): ContactInput {
  return { ...emptyContactInput(), ...patch };
}
