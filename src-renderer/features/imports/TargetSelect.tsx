// The select of where one column goes, its choices grouped (Name, Company, Phone, Email, Address, More, Keep).
import type { ColumnMapping, ColumnTarget } from '@shared/import/columnMapping';
import { useTranslation } from 'react-i18next';
import { CHOICE_GROUPS, choiceOf, targetOf } from './columnTargets';

interface TargetSelectProps {
  mapping: ColumnMapping;
  onChange: (target: ColumnTarget) => void;
  id?: string;
  'aria-describedby'?: string;
}

export function TargetSelect({ mapping, onChange, ...rest }: TargetSelectProps) {
  const { t } = useTranslation();
  const current = choiceOf(mapping.target);
  const known = CHOICE_GROUPS.some((g) => g.choices.includes(current));
  const labelOf = (choice: string) => choiceLabel(choice, choice === current ? mapping.target : undefined, t);

  return (
    <select
      className="input select"
      value={current}
      onChange={(e) => onChange(targetOf(e.target.value, mapping))}
      {...rest}
    >
      {!known && <option value={current}>{labelOf(current)}</option>}
      {CHOICE_GROUPS.map(({ group, choices }) => (
        <optgroup key={group} label={t(`imports.targets.groups.${group}`)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {labelOf(choice)}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
}

type T = (key: string, options?: Record<string, unknown>) => string;

/**
 * A choice as the user reads it: "Phone — mobile", "Address — city". For the column's own target it also says
 * which value the column belongs to when the file tells ("Address (work) — city", "Label of phone 2").
 */
function choiceLabel(choice: string, target: ColumnTarget | undefined, t: T): string {
  const [kind, rest = ''] = choice.split(':', 2) as [string, string?];
  switch (kind) {
    case 'field':
      return t(`imports.targets.fields.${rest}`);
    case 'phone':
    case 'email': {
      const what = t(`imports.targets.${kind}`);
      return rest === '' ? what : `${what} — ${labelName(rest, t)}`;
    }
    case 'address': {
      const label = target?.kind === 'address' && target.label ? labelName(target.label, t) : '';
      const what = label ? t('imports.targets.addressOf', { label }) : t('imports.targets.address');
      return `${what} — ${t(`imports.targets.addressParts.${rest}`)}`;
    }
    case 'label':
      return target?.kind === 'label'
        ? t('imports.targets.labelOf', { what: t(`imports.targets.${target.of}`), group: target.group })
        : choice;
    default:
      return t(`imports.targets.${kind}`);
  }
}

const KNOWN_LABELS = new Set(['mobile', 'work', 'home', 'main', 'fax', 'other']);
function labelName(label: string, t: T): string {
  return KNOWN_LABELS.has(label) ? t(`labels.${label}`).toLowerCase() : label;
}
