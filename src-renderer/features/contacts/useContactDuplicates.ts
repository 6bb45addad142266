// Asks main, as the user types (debounced), whether someone with the same email or phone already exists.
import type { DuplicateHit } from '@shared/domain/contact';
import { isPlausiblePhone, emailValue } from '@shared/validation/fields';
import { useEffect, useState } from 'react';
import { api } from '../../api/api';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';

export function useContactDuplicates(
  emails: Array<{ value: string }> | undefined,
  phones: Array<{ value: string }> | undefined,
  excludeId: number | null,
): DuplicateHit[] {
  // Only complete-looking values are worth a lookup (and only those pass the contract's input check).
  const key = JSON.stringify({
    emails: (emails ?? []).map((e) => e.value.trim()).filter((v) => emailValue.safeParse(v).success),
    phones: (phones ?? []).map((p) => p.value.trim()).filter((v) => v.length <= 40 && isPlausiblePhone(v)),
  });
  const debounced = useDebouncedValue(key, 350);
  const [found, setFound] = useState<{ key: string; hits: DuplicateHit[] }>({
    key: '',
    hits: [],
  });

  useEffect(() => {
    const query = JSON.parse(debounced) as {
      emails: string[];
      phones: string[];
    };
    if (query.emails.length === 0 && query.phones.length === 0) return;
    let current = true;
    api.contacts
      .findDuplicates({
        emails: query.emails.slice(0, 20),
        phones: query.phones.slice(0, 20),
        excludeId,
      })
      .then(
        (hits) => current && setFound({ key: debounced, hits }),
        () => current && setFound({ key: debounced, hits: [] }),
      );
    return () => {
      current = false;
    };
  }, [debounced, excludeId]);

  return found.key === debounced ? found.hits : [];
}
