// Loads settings once, applies the language (i18n) and theme (data-theme on <html>) whenever they change.
import { DEFAULT_SETTINGS, type Settings } from '@shared/domain/settings';
import { type ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { api } from '../api/api';
import { onDataChanged } from '../api/dataEvents';
import { applyLanguage } from '../i18n/i18n';
import { SettingsContext } from './settingsContext';

function applyTheme(theme: Settings['theme']) {
  document.documentElement.dataset.theme = theme;
}

export function SettingsProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings | null>(null);

  const load = useCallback(() => {
    api.settings.get({}).then(setSettings, () => setSettings((s) => s ?? DEFAULT_SETTINGS));
  }, []);

  useEffect(() => {
    load();
    return onDataChanged((entities) => entities.includes('settings') && load());
  }, [load]);

  useEffect(() => {
    if (!settings) return;
    applyLanguage(settings.language);
    applyTheme(settings.theme);
  }, [settings]);

  const update = useCallback(async (patch: Partial<Settings>) => {
    // Apply at once so the switch feels instant; main's answer is the truth afterwards.
    setSettings((s) => (s ? { ...s, ...patch } : s));
    setSettings(await api.settings.update(patch));
  }, []);

  const value = useMemo(() => (settings ? { settings, update } : null), [settings, update]);
  if (!value) return null;
  return <SettingsContext.Provider value={value}>{children}</SettingsContext.Provider>;
}
