// An amount of money typed in major units ("1,234.50") and held in minor units (123450), as deals store it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { minorDigits, toMajor } from '@shared/deals/money';
import { Field } from '../Field';

/** "1,234.5" / "1234,50" / "1 234" → minor units; NaN when it is not an amount. */
export function parseMoney(text: string, currency: string): number {
  const compact = text.replace(/[\s\u00a0'’]/g, '');
  if (compact === '') return 0;
  // The last . or , followed by at most the currency's decimals is the decimal mark; others group thousands.
  const digits = minorDigits(currency);
  const match = /^(\d{1,3}(?:[.,]\d{3})*|\d+)(?:[.,](\d*))?$/.exec(compact);
  if (!match) return NaN;
  let whole = match[1]!.replace(/[.,]/g, '');
  let fraction = match[2] ?? '';
  if (fraction.length > digits) {
    // "1,234" in a two-decimal currency is a thousand and more, not 1.234.
    if (fraction.length === 3 && match[2] !== undefined && digits < 3) {
      whole += fraction;
      fraction = '';
    } else return NaN;
  }
  return Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || 0);
}

export function formatMoneyInput(minor: number, currency: string): string {
  return toMajor(minor, currency).toFixed(minorDigits(currency));
}

interface MoneyInputProps {
  label: string;
  currency: string;
  value: number;
  onChange(minor: number): void;
  error?: string;
  hint?: string;
  disabled?: boolean;
  hideLabel?: boolean;
  id?: string;
}

export function MoneyInput({
  label,
  currency,
  value,
  onChange,
  error,
  hint,
  disabled,
  hideLabel,
  id,
}: MoneyInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => formatMoneyInput(value, currency));
  const [invalid, setInvalid] = useState(false);
  // Follow the value when it changes from outside (lines recomputed it, a reset), not while typing.
  const [shown, setShown] = useState({ value, currency });
  if (shown.value !== value || shown.currency !== currency) {
    setShown({ value, currency });
    if (parseMoney(text, currency) !== value) {
      setText(formatMoneyInput(value, currency));
      setInvalid(false);
    }
  }
  return (
    <Field
      label={label}
      error={error ?? (invalid ? t('validation.number') : undefined)}
      hint={hint}
      hideLabel={hideLabel}
    >
      <MoneyBox
        id={id}
        currency={currency}
        text={text}
        disabled={disabled}
        invalid={invalid || error !== undefined}
        onText={(next) => {
          setText(next);
          const minor = parseMoney(next, currency);
          setInvalid(Number.isNaN(minor));
          if (!Number.isNaN(minor)) onChange(minor);
        }}
        onBlur={() => {
          if (!invalid) setText(formatMoneyInput(value, currency));
        }}
      />
    </Field>
  );
}

/** The input with its currency beside it; Field hands it the id and aria attributes, which go on the input
 *  (so the label names the input itself). */
function MoneyBox(props: {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
  currency: string;
  text: string;
  disabled?: boolean;
  invalid: boolean;
  onText: (text: string) => void;
  onBlur: () => void;
}) {
  return (
    <div className="money-input">
      <input
        id={props.id}
        className="input"
        inputMode="decimal"
        value={props.text}
        disabled={props.disabled}
        aria-invalid={props['aria-invalid'] ?? props.invalid}
        aria-describedby={props['aria-describedby']}
        onChange={(e) => props.onText(e.target.value)}
        onBlur={props.onBlur}
      />
      <span className="money-input-currency" aria-hidden="true">
        {props.currency}
      </span>
    </div>
  );
}
