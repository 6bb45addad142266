// App-wide commands any screen (and the keyboard / native menu) can trigger.
import { createContext, useContext } from 'react';

export interface AppCommands {
  openSearch: () => void;
  newContact: (preset?: { companyId: number; companyName: string }) => void;
  newCompany: () => void;
}

export const CommandsContext = createContext<AppCommands>({
  openSearch: () => {},
  newContact: () => {},
  newCompany: () => {},
});

export function useCommands(): AppCommands {
  return useContext(CommandsContext);
}
