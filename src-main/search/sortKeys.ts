// Sort keys that make SQLite's plain byte order agree with each UI language, so a sorted page of 100,000
// names comes straight off an index. zh-CN: Chinese names by pinyin, interleaved with Latin names (as a
// Chinese reader expects); en: Latin names first, Chinese names after them, among themselves by pinyin.
import { foldText, hasHan, pinyinSyllables } from './text';

/** The key of a blank value (no company, no city): after every real key in byte order. */
export const BLANK_SORT_KEY = '\uffff';

/** A city (or any single word) folded for sorting; blank → BLANK_SORT_KEY. */
export function sortKeyOfText(text: string | null): string {
  const key = text === null ? '' : latinised(text);
  return key === '' ? BLANK_SORT_KEY : key;
}

export interface SortKeys {
  sortEn: string;
  sortZh: string;
}

function latinised(text: string): string {
  if (!hasHan(text)) return foldText(text).trim();
  // Keep the Han characters' order by mapping each run to its pinyin, word by word.
  return text
    .split(/(\p{Script=Han}+)/u)
    .map((part) => (hasHan(part) ? pinyinSyllables(part, { isName: true }).join(' ') : foldText(part)))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `parts` are the name in sort order (family name first for people). */
export function sortKeysFor(parts: string[]): SortKeys {
  const text = parts.filter((p) => p.trim() !== '').join(' ');
  const key = latinised(text);
  // U+FFFF after a Chinese name's pinyin keeps e.g. 张三 next to, but after, a Latin "Zhang San".
  const sortZh = hasHan(text) ? `${key}\uffff${text}` : key;
  // "{" sorts after every Latin letter in byte order, so Chinese names follow the Latin ones in English.
  const sortEn = hasHan(text.trim().charAt(0)) ? `{${key}\uffff${text}` : key;
  return { sortEn, sortZh };
}
