// Asks main, as the user types (debounced), whether someone with the same email or phone already exists.
import type { DuplicateHit } from '@shared/domain/contact';
import { isPlausiblePhone, emailValue } from '@shared/validation/fields';
import { api } from '../../api/api';
import { useDebouncedLookup } from '../../hooks/useDebouncedLookup';

export function useContactDuplicates(
  emails: Array<{ value: string }> | undefined,
  phones: Array<{ value: string }> | undefined,
  excludeId: number | null,
): DuplicateHit[] {
  // Only complete-looking values are worth a lookup (and only those pass the contract's input check).
  const key = JSON.stringify({
    emails: (emails ?? []).map((e) => e.value.trim()).filter((v) => emailValue.safeParse(v).success),
    phones: (phones ?? []).map((p) => p.value.trim()).filter((v) => v.length <= 40 && isPlausiblePhone(v)),
    excludeId,
  });
  return useDebouncedLookup<DuplicateHit>(
    key,
    (asked) => {
      const query = JSON.parse(asked) as { emails: string[]; phones: string[]; excludeId: number | null };
      return api.contacts.findDuplicates({
        emails: query.emails.slice(0, 20),
        phones: query.phones.slice(0, 20),
        excludeId: query.excludeId,
      });
    },
    { skip: (asked) => asked.startsWith('{"emails":[],"phones":[],') },
  );
}
