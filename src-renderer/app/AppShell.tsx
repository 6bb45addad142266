// The window's frame: sidebar, the current screen, and the app-wide dialogs (search, new contact/company).
import { BackupBanner } from '../features/backups/BackupBanner';
import { useEffect, useMemo, useState } from 'react';
import { bridge } from '../api/bridge';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { CompanyFormDialog } from '../features/companies/CompanyFormDialog';
import { ContactFormDialog } from '../features/contacts/ContactFormDialog';
import { SearchPalette } from '../features/search/SearchPalette';
import { type AppCommands, CommandsContext } from './commandsContext';
import { ErrorBoundary } from './ErrorBoundary';
import { Sidebar } from './Sidebar';
import { useGlobalShortcuts } from './useGlobalShortcuts';

type OpenDialog =
  | { kind: 'search' }
  | { kind: 'contact'; preset?: { companyId: number; companyName: string } }
  | { kind: 'company' }
  | null;

export function AppShell() {
  const [dialog, setDialog] = useState<OpenDialog>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const close = () => setDialog(null);

  const commands = useMemo<AppCommands>(
    () => ({
      openSearch: () => setDialog({ kind: 'search' }),
      newContact: (preset) => setDialog({ kind: 'contact', preset }),
      newCompany: () => setDialog({ kind: 'company' }),
    }),
    [],
  );
  useGlobalShortcuts(commands);
  // A clicked reminder notification asks for the item's screen.
  useEffect(() => {
    const b = bridge(false);
    return b ? b.on('app.navigate', ({ path }) => void navigate(path)) : () => {};
  }, [navigate]);

  return (
    <CommandsContext.Provider value={commands}>
      <div className="shell">
        <Sidebar />
        <main className="main" id="main">
          <BackupBanner />
          <ErrorBoundary resetKey={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
      {dialog?.kind === 'search' && <SearchPalette onClose={close} />}
      {dialog?.kind === 'contact' && (
        <ContactFormDialog
          preset={dialog.preset}
          onClose={close}
          onSaved={(contact) => {
            close();
            void navigate(`/contacts/${contact.id}`);
          }}
        />
      )}
      {dialog?.kind === 'company' && (
        <CompanyFormDialog
          onClose={close}
          onSaved={(company) => {
            close();
            void navigate(`/companies/${company.id}`);
          }}
        />
      )}
    </CommandsContext.Provider>
  );
}
