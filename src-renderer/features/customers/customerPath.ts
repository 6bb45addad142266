// Where a customer's page is.
import type { CustomerKind } from '@shared/domain/customers';

export const customerPath = (entityType: CustomerKind, id: number) =>
  entityType === 'contact' ? `/contacts/${id}` : `/companies/${id}`;
