// Money in minor units: amounts are stored and summed as integers of the currency's smallest unit (cents, fen;
// yen have none), so totals are exact; only the edges (forms, screens) see decimals.

/** The currencies offered in pickers (any ISO 4217 code is accepted). */
export const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CNY',
  'HKD',
  'TWD',
  'JPY',
  'KRW',
  'SGD',
  'AUD',
  'CAD',
  'CHF',
  'INR',
] as const;

const digitsCache = new Map<string, number>();

/** How many decimals the currency has (USD 2, JPY 0, KWD 3), as Intl knows it. */
export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits ?? 2);
  }
  return digits ?? 2;
}

/** 12.5 USD -> 1250 */
export function toMinor(major: number, currency: string): number {
  return Math.round(major * 10 ** minorDigits(currency));
}

/** 1250 USD -> 12.5 */
export function toMajor(minor: number, currency: string): number {
  return minor / 10 ** minorDigits(currency);
}

/** A deal line's total: unit price × quantity less the discount, rounded half away from zero to the minor unit. */
export function lineTotal(line: { unitPrice: number; quantity: number; discountPercent: number }): number {
  const exact = (line.unitPrice * line.quantity * (100 - line.discountPercent)) / 100;
  return Math.sign(exact) * Math.round(Math.abs(exact) + 1e-9);
}

/** A deal's amount when it has lines. */
export function linesTotal(lines: ReadonlyArray<{ unitPrice: number; quantity: number; discountPercent: number }>) {
  return lines.reduce((sum, line) => sum + lineTotal(line), 0);
}

/** The weighted value of an amount at a probability (0–100), in minor units. */
export function weighted(amount: number, probability: number): number {
  return Math.round((amount * probability) / 100);
}
