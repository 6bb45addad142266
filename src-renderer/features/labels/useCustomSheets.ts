// The label sheets the user measured ("custom-N" ids), reloaded whenever main says label data changed.
import type { CustomSheet } from '@shared/labels/geometry';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';

export interface StoredCustomSheet {
  id: string;
  sheet: CustomSheet;
}

export function useCustomSheets() {
  return useApiQuery<StoredCustomSheet[]>('labels.customSheets', () => api.labels.customSheets({}), ['labels']);
}
