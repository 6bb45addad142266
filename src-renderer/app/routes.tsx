// Every screen and its address. Hash routing: the app is loaded from a file (Electron) or a static host.
import { TodayPage } from '../features/calendar/TodayPage';
import { CalendarPage } from '../features/calendar/CalendarPage';
import { createHashRouter } from 'react-router';
import { CompaniesPage } from '../features/companies/CompaniesPage';
import { CompanyPage } from '../features/companies/CompanyPage';
import { ContactPage } from '../features/contacts/ContactPage';
import { ContactsPage } from '../features/contacts/ContactsPage';
import { ImportPage } from '../features/imports/ImportPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { TrashPage } from '../features/trash/TrashPage';
import { DealsPage } from '../features/deals/DealsPage';
import { DealPage } from '../features/deals/DealPage';
import { DealsDashboardPage } from '../features/deals/dashboard/DealsDashboardPage';
import { CustomerInsightsPage } from '../features/customers/insights/CustomerInsightsPage';
import { DealSettingsPage } from '../features/deals/settings/DealSettingsPage';
import { LabelsPage } from '../features/labels/LabelsPage';
import { EnvelopesPage } from '../features/labels/EnvelopesPage';
import { AppShell } from './AppShell';
import { FirstScreen } from './FirstScreen';
import { NotFound } from './NotFound';

export function createAppRouter() {
  return createHashRouter([
    {
      path: '/',
      element: <AppShell />,
      children: [
        { index: true, element: <FirstScreen /> },
        { path: 'contacts', element: <ContactsPage /> },
        { path: 'contacts/:id', element: <ContactPage /> },
        { path: 'companies', element: <CompaniesPage /> },
        { path: 'companies/:id', element: <CompanyPage /> },
        { path: 'customers/insights', element: <CustomerInsightsPage /> },
        { path: 'today', element: <TodayPage /> },
        { path: 'calendar', element: <CalendarPage /> },
        { path: 'deals', element: <DealsPage /> },
        { path: 'deals/numbers', element: <DealsDashboardPage /> },
        { path: 'deals/settings', element: <DealSettingsPage /> },
        { path: 'deals/:id', element: <DealPage /> },
        { path: 'labels', element: <LabelsPage /> },
        { path: 'labels/envelopes', element: <EnvelopesPage /> },
        { path: 'import', element: <ImportPage /> },
        { path: 'trash', element: <TrashPage /> },
        { path: 'settings', element: <SettingsPage /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ]);
}
