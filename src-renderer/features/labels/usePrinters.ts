// The printers this computer knows, and the one chosen for labels: the last one picked while it still exists,
// else the system's default. Where the system lists none, the name is typed (calibrations are kept by name).
import { useStickyState } from '../../hooks/useStickyState';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';

export interface PrinterChoice {
  /** Known printers, default first; empty when the system lists none. */
  printers: Array<{ name: string; displayName: string; isDefault: boolean }>;
  /** The printer labels go to and calibrations are kept for ('' = none named). */
  printer: string;
  setPrinter: (name: string) => void;
  /** The chosen printer as the system shows it to people. */
  printerLabel: string;
}

export function usePrinters(): PrinterChoice {
  const list = useApiQuery('labels.printers', () => api.labels.printers({}), []);
  const [chosen, setPrinter] = useStickyState('labels.printer', '');
  const printers = list.data ?? [];
  const printer =
    printers.length === 0 || printers.some((p) => p.name === chosen)
      ? chosen
      : (printers.find((p) => p.isDefault) ?? printers[0])!.name;
  const printerLabel = printers.find((p) => p.name === printer)?.displayName ?? printer;
  return { printers, printer, setPrinter, printerLabel };
}
