// Text normalisation shared by indexing and querying, so both sides of a match are folded the same way:
// full-width to half-width (NFKC), accents removed, lower case; Chinese characters also yield their pinyin.
import { pinyin } from 'pinyin-pro';

const HAN = /\p{Script=Han}/u;
const COMBINING = /\p{M}+/gu;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

// Printable ASCII and line breaks: nothing for the normalisations to change (half of an English file's text).
const PLAIN_ASCII = /^[\n\x20-\x7e]*$/;

/** Lower case, compatibility forms unified (全角 → ASCII), accents dropped: what search compares. */
export function foldText(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKC').normalize('NFD').replace(COMBINING, '').normalize('NFC').toLowerCase();
}

/** Pinyin syllables of the Chinese characters in `text` (other text is dropped). Surnames read as surnames. */
export function pinyinSyllables(text: string, options: { isName: boolean }): string[] {
  if (!hasHan(text)) return [];
  const parts = pinyin(text, {
    toneType: 'none',
    type: 'array',
    nonZh: 'removed',
    surname: options.isName ? 'head' : 'off',
    v: true,
  }) as string[];
  return parts.map((p) => p.trim().toLowerCase()).filter((p) => /^[a-z]+$/.test(p));
}

/** Digits only, so "138-0013-8000", "+86 138 0013 8000" and "13800138000" compare by what matters. */
export function phoneDigits(value: string): string {
  return value.replace(/(ext\.?|x|#|转)\s*\d{1,6}$/i, '').replace(/\D/g, '');
}

/** How many trailing digits two phone numbers must share to be the same number written two ways. */
export const PHONE_MATCH_DIGITS = 7;

/** "+86 138 0013 8000" and "138-0013-8000" are the same number: one's digits end with the other's (7+). */
export function samePhoneNumber(aDigits: string, bDigits: string): boolean {
  if (aDigits.length < PHONE_MATCH_DIGITS || bDigits.length < PHONE_MATCH_DIGITS) return false;
  return aDigits.endsWith(bDigits) || bDigits.endsWith(aDigits);
}

/** Splits a query into folded terms; a term written like a phone number is reduced to its digits. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/\s+/u)
    .filter((t) => t !== '')
    .map((term) => (/^[+\d\-()./]+$/.test(term) && /\d/.test(term) ? term.replace(/\D/g, '') : term));
}
