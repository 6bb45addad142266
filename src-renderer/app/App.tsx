// The renderer's root: providers (i18n, settings, toasts) around the hash router.
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ToastProvider } from '../components/ToastProvider';
import { i18n } from '../i18n/i18n';
import { createAppRouter } from './routes';
import { SettingsProvider } from './SettingsProvider';

export function App() {
  const [router] = useState(createAppRouter);
  return (
    <I18nextProvider i18n={i18n}>
      <SettingsProvider>
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </SettingsProvider>
    </I18nextProvider>
  );
}
