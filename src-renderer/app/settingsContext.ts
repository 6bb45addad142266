// The user's settings as React context; SettingsProvider loads them and applies language and theme.
import { DEFAULT_SETTINGS, type Settings } from '@shared/domain/settings';
import { createContext, useContext } from 'react';

export interface SettingsApi {
  settings: Settings;
  update: (patch: Partial<Settings>) => Promise<void>;
}

export const SettingsContext = createContext<SettingsApi>({
  settings: DEFAULT_SETTINGS,
  update: async () => {},
});

export function useSettings(): SettingsApi {
  return useContext(SettingsContext);
}
