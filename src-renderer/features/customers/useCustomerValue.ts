// A person's or company's value from main, refetched whenever what it is made of changes: deals (won, refunded,
// to the Trash), activities, the record itself (its lifecycle, the Trash) and Settings (currency, follow-up days).
import type { CustomerKind } from '@shared/domain/customers';
import { api } from '../../api/api';
import type { ChangedEntity } from '../../api/dataEvents';
import { useApiQuery } from '../../api/useApiQuery';

const VALUE_INPUTS: readonly ChangedEntity[] = ['deal', 'activity', 'contact', 'company', 'settings'];

export function useCustomerValue(entityType: CustomerKind, id: number) {
  return useApiQuery(
    `customers.value:${entityType}:${id}`,
    () => api.customers.value({ entityType, id }),
    VALUE_INPUTS,
  );
}
