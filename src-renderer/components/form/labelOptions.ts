// The label choices offered for phones, emails and addresses. Stored as these language-neutral keys;
// anything else (from an import) is kept and shown as written.
export const PHONE_LABELS = ['mobile', 'work', 'home', 'main', 'fax', 'other'] as const;
export const EMAIL_LABELS = ['work', 'home', 'other'] as const;
export const ADDRESS_LABELS = ['work', 'home', 'other'] as const;

const KNOWN = new Set<string>([...PHONE_LABELS, ...EMAIL_LABELS]);

/** A stored label in the UI language: known keys are translated, others shown as written. */
export function labelText(label: string, t: (key: string) => string): string {
  const key = label.trim().toLowerCase();
  return KNOWN.has(key) ? t(`labels.${key}`) : label;
}

/** "Work" or " work " (as imported) becomes the key "work"; other labels stay as written. */
export function normalizeLabel(label: string): string {
  const key = label.trim().toLowerCase();
  return KNOWN.has(key) ? key : label;
}
