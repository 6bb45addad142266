// Reading the values people type into contact spreadsheets: dates in every order and disguise (Excel serials,
// Outlook's year 1604, 1980年7月1日), tag lists, one-field names and country names. Pure functions: the import
// preview and the commit read a value the same way.
import { isValidDateOrMonthDay } from '@shared/validation/fields';

// ───────────────────────────── dates

export type DateOrder = 'ymd' | 'mdy' | 'dmy';

export type ParsedDate =
  /** "YYYY-MM-DD", or "--MM-DD" for a birthday without a year. */
  | { kind: 'date'; value: string }
  /** Day and month could be either way round (03/04/2024 with no order chosen): the user must say. */
  | { kind: 'ambiguous'; candidates: { order: 'mdy' | 'dmy'; value: string }[] }
  | { kind: 'invalid' }
  | { kind: 'empty' };

const EMPTY: ParsedDate = { kind: 'empty' };
const INVALID: ParsedDate = { kind: 'invalid' };

/**
 * Reads a date as people and programs write it. `order` is the column's day/month order (chosen by the user or
 * found by detectDateOrder); with 'auto' a date that reads both ways is reported as ambiguous, never guessed.
 */
export function parseDateValue(raw: string, order: 'auto' | DateOrder): ParsedDate {
  // NFKC turns full-width digits and slashes (２０２４／０３／０４, common in Chinese sheets) into ASCII.
  const text = raw.normalize('NFKC').trim();
  // Outlook writes an empty date as 0/0/00; some databases write 0000-00-00.
  if (text === '' || /^0+([-/.]0+){2}$/.test(text)) return EMPTY;
  const date = withoutTime(text);
  return (
    yearFirst(date) ??
    monthDayOnly(date) ??
    chineseDate(date) ??
    withMonthName(date) ??
    numericDate(date, order) ??
    excelSerialDate(date) ??
    INVALID
  );
}

/**
 * The order of a whole date column: one value whose first number is over 12 proves day-first, one whose second
 * is over 12 proves month-first. 'ambiguous' when nothing decides (or the column contradicts itself) and some
 * value reads both ways; 'ymd' when no value depends on the order at all (ISO dates, 1980年7月1日, empty).
 */
export function detectDateOrder(values: readonly string[]): DateOrder | 'ambiguous' {
  let dayFirst = 0;
  let monthFirst = 0;
  let undecided = 0;
  for (const raw of values) {
    const m = DAY_MONTH.exec(withoutTime(raw.normalize('NFKC').trim()));
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (m[3]?.length === 2 && a > 31) continue; // yy/mm/dd: the year comes first
    if (a > 12 && b <= 12) dayFirst++;
    else if (b > 12 && a <= 12) monthFirst++;
    else if (a !== b) undecided++;
  }
  if (dayFirst > 0 && monthFirst === 0) return 'dmy';
  if (monthFirst > 0 && dayFirst === 0) return 'mdy';
  return dayFirst + monthFirst + undecided > 0 ? 'ambiguous' : 'ymd';
}

/**
 * Excel's 1900 date system: serial 1 is 1900-01-01 and serial 60 is 1900-02-29, a day that never was (Lotus
 * 1-2-3 thought 1900 a leap year and Excel kept the bug), so every serial from 61 on is one day later than a
 * plain count. Null outside Excel's range and for the phantom day.
 */
export function excelSerialToIsoDate(serial: number): string | null {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > 2_958_465 || day === 60) return null;
  const epoch = day < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  return new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
}

// Excel's window for two-digit years: 00–29 are 2000–2029, 30–99 are 1930–1999. Using the same rule as the
// spreadsheet the file came from means "7/1/80" is read as the user saw it there.
function expandYear(year: string): number {
  const n = Number(year);
  if (year.length !== 2) return n;
  return n < 30 ? 2000 + n : 1900 + n;
}

function dateFrom(year: number | null, month: number, day: number): ParsedDate {
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  // Outlook.com writes a birthday without a year as year 1604; vCard and some phones as year 0000.
  const value = year === null || year === 0 || year === 1604 ? `--${mm}-${dd}` : `${year}-${mm}-${dd}`;
  return isValidDateOrMonthDay(value) ? { kind: 'date', value } : INVALID;
}

// "1980-07-01 00:00:00", "1980-07-01T00:00:00Z", "7/1/1980 12:00:00 AM": the time of a birthday is noise.
function withoutTime(text: string): string {
  return text
    .replace(/(?:T|\s+)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i, '')
    .trim();
}

// 1980-07-01, 1980/7/1, 1980.07.01, 19800701, 1604-07-01, 0000-07-01.
function yearFirst(text: string): ParsedDate | undefined {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (!m) return undefined;
  return dateFrom(Number(m[1]), Number(m[2]), Number(m[3]));
}

// --07-01 (vCard, Google) and --0701 (vCard's basic format).
function monthDayOnly(text: string): ParsedDate | undefined {
  const m = /^--(\d{2})-?(\d{2})$/.exec(text);
  return m ? dateFrom(null, Number(m[1]), Number(m[2])) : undefined;
}

// 1980年7月1日, 80年7月1日, 7月1日, 7月1号.
function chineseDate(text: string): ParsedDate | undefined {
  const m = /^(?:(\d{4}|\d{2})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*[日号號]?$/.exec(text);
  if (!m?.[2] || !m[3]) return undefined;
  return dateFrom(m[1] === undefined ? null : expandYear(m[1]), Number(m[2]), Number(m[3]));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const FULL_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAY = /^(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|nesday|sday|urday)?$/;

function monthNumber(word: string): number | null {
  const i = MONTHS.indexOf(word.slice(0, 3));
  const full = FULL_MONTHS[i];
  // A prefix of the month's name ("jul", "july", "sept"), so "march" is a month and "mark" is not.
  return full !== undefined && word.length >= 3 && full.startsWith(word) ? i + 1 : null;
}

// July 1, 1980 · Jul 1st 1980 · 1 July 1980 · 1-Jul-80 (Excel) · Tue, July 1, 1980 · July 1 (no year).
function withMonthName(text: string): ParsedDate | undefined {
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const words = text
    .toLowerCase()
    .replace(/(\d)(st|nd|rd|th)\b/g, '$1')
    .split(/[\s,./-]+/)
    .filter((w) => w !== '');
  if (words[0] !== undefined && WEEKDAY.test(words[0])) words.shift();
  if (words.length < 2 || words.length > 3) return undefined;
  const [first = '', second = '', third] = words;
  const year = (w: string | undefined) => (w === undefined ? null : /^\d{2}$|^\d{4}$/.test(w) ? expandYear(w) : NaN);
  const day = (w: string) => (/^\d{1,2}$/.test(w) ? Number(w) : NaN);
  let parts: [number | null, number | null, number] | null = null;
  if (monthNumber(first) !== null) parts = [year(third), monthNumber(first), day(second)];
  else if (monthNumber(second) !== null && /^\d{4}$/.test(first) && third !== undefined)
    parts = [Number(first), monthNumber(second), day(third)];
  else if (monthNumber(second) !== null) parts = [year(third), monthNumber(second), day(first)];
  if (!parts) return undefined;
  const [y, m, d] = parts;
  if (m === null || Number.isNaN(d) || (y !== null && Number.isNaN(y))) return INVALID;
  return dateFrom(y, m, d);
}

// a/b/yyyy, a-b-yy, a.b.yyyy, and a/b with no year; yy/mm/dd when the order is ymd or the first number
// cannot be a day.
const DAY_MONTH = /^(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?$/;

function numericDate(text: string, order: 'auto' | DateOrder): ParsedDate | undefined {
  const m = DAY_MONTH.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const yearText = m[3];
  if (yearText?.length === 2 && (order === 'ymd' || a > 31)) return dateFrom(expandYear(m[1]), b, Number(yearText));
  const year = yearText === undefined ? null : expandYear(yearText);
  const monthFirst = dateFrom(year, a, b);
  const dayFirst = dateFrom(year, b, a);
  // Year-first writers (Chinese, Japanese) put the month first when they leave the year out: 7/1 is July 1.
  if (order === 'mdy' || (order === 'ymd' && year === null)) return monthFirst;
  if (order === 'dmy') return dayFirst;
  // 'auto', and 'ymd' (whose choice says nothing about a date written year-last): decide only when the
  // numbers do.
  if (monthFirst.kind !== 'date') return dayFirst;
  if (dayFirst.kind !== 'date' || a === b) return monthFirst;
  return {
    kind: 'ambiguous',
    candidates: [
      { order: 'mdy', value: monthFirst.value },
      { order: 'dmy', value: dayFirst.value },
    ],
  };
}

// A bare number is an Excel serial only where that makes a plausible date of birth: 3000 (1908-03-18) to 73050
// (2099-12-31). Below that a number is more likely a year ("1980") or a typo than a date in 1900–1908.
function excelSerialDate(text: string): ParsedDate | undefined {
  if (!/^\d{4,5}(\.\d+)?$/.test(text)) return undefined;
  const serial = Number(text);
  if (serial < 3000 || serial >= 73051) return INVALID;
  const iso = excelSerialToIsoDate(serial);
  return iso === null ? INVALID : { kind: 'date', value: iso };
}

// ───────────────────────────── tags

// Google puts every contact in "* myContacts" (legacy: "System Group: My Contacts"); as a tag it would say
// nothing. "* starred" is the user's own choice, so it is kept (as "starred"), like the other "* " system
// groups ("* friends", "* family").
const DROPPED_TAGS = new Set(['mycontacts']);

/**
 * One cell of tags to a list: split on ; , and Google's ":::", and on the Chinese list marks 、，； — trimmed,
 * duplicates (any case) removed, the first spelling kept.
 */
export function splitTags(raw: string): string[] {
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const piece of raw.split(/:::|[;,\r\n、，；]/)) {
    const written = piece.replace(/\s+/g, ' ').trim();
    const tag = written.replace(/^\*\s*|^system group:\s*/i, '');
    const key = tag.toLocaleLowerCase();
    const isSystem = tag !== written;
    if (tag === '' || seen.has(key) || (isSystem && DROPPED_TAGS.has(key.replace(/\s+/g, '')))) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}

// ───────────────────────────── names

export interface NameParts {
  fullName: string;
  givenName: string;
  middleName: string;
  familyName: string;
  namePrefix: string;
  nameSuffix: string;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const PREFIXES = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'rev',
  'fr',
  'hon',
  'lady',
  'lord',
]);
const SUFFIXES = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'dds',
  'esq',
  'mba',
  'cpa',
  'obe',
  'mbe',
  'qc',
  'kc',
]);
// Lower-case particles that start a family name: Ludwig van Beethoven, Maria de la Cruz, Osama bin Laden.
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'bin',
  'al',
  'ter',
  'ten',
]);

const wordKey = (word: string) => word.toLowerCase().replace(/\./g, '');
const emptyName = (): NameParts => ({
  fullName: '',
  givenName: '',
  middleName: '',
  familyName: '',
  namePrefix: '',
  nameSuffix: '',
});

/**
 * Splits a one-field name. A CJK name written without a space stays whole in fullName (family name first, and
 * where the family name ends cannot be known: 欧阳娜娜 is 欧阳 + 娜娜); with one space it is "family given".
 * Western names: "Smith, John" (family first), "John A. Smith", "Dr. John Smith Jr.", "Vincent van Gogh".
 */
export function splitFullName(full: string): NameParts {
  const text = full.replace(/\s+/g, ' ').trim();
  const name = emptyName();
  if (text === '') return name;
  if (CJK.test(text)) {
    const words = text.split(' ');
    const [family, given] = words;
    if (words.length === 2 && family && given && CJK.test(family) && CJK.test(given)) {
      return { ...name, familyName: family, givenName: given };
    }
    return { ...name, fullName: text };
  }

  // "John Smith, Jr." and "Smith, John, PhD": trailing comma parts that are suffixes.
  const commaParts = text.split(/\s*,\s*/).filter((p) => p !== '');
  const suffixes: string[] = [];
  while (commaParts.length > 1 && SUFFIXES.has(wordKey(commaParts[commaParts.length - 1] ?? ''))) {
    suffixes.unshift(commaParts.pop() ?? '');
  }
  let words: string[];
  let familyFirst: string | null = null;
  if (commaParts.length === 2) {
    // "Smith, John A." — the family name first, as in a list sorted by surname.
    familyFirst = commaParts[0] ?? '';
    words = (commaParts[1] ?? '').split(' ');
  } else {
    words = commaParts.join(' ').split(' ');
  }

  const prefixes: string[] = [];
  while (words.length > 1 && PREFIXES.has(wordKey(words[0] ?? ''))) prefixes.push(words.shift() ?? '');
  while (words.length > 1 && SUFFIXES.has(wordKey(words[words.length - 1] ?? ''))) suffixes.unshift(words.pop() ?? '');
  name.namePrefix = prefixes.join(' ');
  name.nameSuffix = suffixes.join(', ');

  if (familyFirst !== null) {
    name.familyName = familyFirst;
    name.givenName = words[0] ?? '';
    name.middleName = words.slice(1).join(' ');
    return name;
  }
  if (words.length === 1) {
    // "Dr. Smith" is a family name; "Madonna" or "Bob" alone is what the person is called.
    if (prefixes.length > 0) name.familyName = words[0] ?? '';
    else name.givenName = words[0] ?? '';
    return name;
  }
  let familyStart = words.length - 1;
  for (let i = 1; i < words.length - 1; i++) {
    if (PARTICLES.has(words[i] ?? '')) {
      familyStart = i;
      break;
    }
  }
  name.givenName = words[0] ?? '';
  name.middleName = words.slice(1, familyStart).join(' ');
  name.familyName = words.slice(familyStart).join(' ');
  return name;
}

/**
 * The three name fields a Rapport contact has, from whatever name columns a row filled. The middle name joins
 * the given name; a prefix or suffix (Contact has no field for them) keeps the whole name in fullName so
 * "Dr." is not lost. A fullName that merely repeats the parts (Google legacy's "Name") is dropped, since the
 * parts sort by family name; one that differs is a chosen display form and kept.
 */
export function contactNameFrom(parts: NameParts): { givenName: string; familyName: string; fullName: string } {
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  const p: NameParts = {
    fullName: clean(parts.fullName),
    givenName: clean(parts.givenName),
    middleName: clean(parts.middleName),
    familyName: clean(parts.familyName),
    namePrefix: clean(parts.namePrefix),
    nameSuffix: clean(parts.nameSuffix),
  };
  const hasParts = p.givenName !== '' || p.middleName !== '' || p.familyName !== '';
  if (!hasParts && p.fullName !== '') {
    const split = splitFullName(p.fullName);
    if (split.fullName !== '') return { givenName: '', familyName: '', fullName: split.fullName };
    return contactNameFrom({
      ...split,
      namePrefix: p.namePrefix || split.namePrefix,
      nameSuffix: p.nameSuffix || split.nameSuffix,
    });
  }
  const cjk = CJK.test(p.givenName + p.familyName + p.middleName);
  const join = (words: string[]) => words.filter((w) => w !== '').join(cjk ? '' : ' ');
  const givenName = join([p.givenName, p.middleName]);
  const familyName = p.familyName;
  const written = cjk ? join([familyName, givenName]) : join([givenName, familyName]);
  const decorated =
    p.namePrefix !== '' || p.nameSuffix !== ''
      ? [p.namePrefix, written, p.nameSuffix].filter((w) => w !== '').join(' ')
      : '';
  const sameName = (a: string, b: string) =>
    a.replace(/[\s,.]+/g, '').toLowerCase() === b.replace(/[\s,.]+/g, '').toLowerCase();
  const repeatsParts =
    p.fullName === '' ||
    sameName(p.fullName, written) ||
    sameName(p.fullName, join([familyName, givenName])) ||
    (decorated !== '' && sameName(p.fullName, decorated));
  const fullName = repeatsParts ? decorated : p.fullName;
  return { givenName, familyName, fullName };
}

// ───────────────────────────── countries

// Every ISO 3166-1 alpha-2 code (2024), so "IS" or "uy" is accepted as written.
const ISO_CODES = new Set(
  `AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA
  CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB
  GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
  KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV
  MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB
  SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US
  UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW`.split(/\s+/),
);

// The countries Rapport's users mostly write, with the names, abbreviations and alpha-3 codes they use, in
// English and Chinese (Simplified and Traditional). Anything else falls back to the runtime's own country
// names (Intl.DisplayNames), which know every code in English and Chinese.
const COUNTRY_NAMES: Record<string, string> = {
  CN: "China|CHN|PRC|People's Republic of China|PR China|Mainland China|中国|中華人民共和國|中华人民共和国|中國|中国大陆|中國大陸|大陆|内地",
  HK: 'Hong Kong|HKG|Hong Kong SAR|Hong Kong SAR China|Hong Kong China|香港|中国香港|中國香港|香港特别行政区|香港特別行政區',
  MO: 'Macau|Macao|MAC|Macao SAR China|澳门|澳門|中国澳门|中國澳門|澳门特别行政区',
  TW: 'Taiwan|TWN|Taiwan ROC|Republic of China|台湾|台灣|臺灣|中国台湾|中國台灣|中华民国|中華民國',
  US: 'United States|USA|US|U.S.|U.S.A.|United States of America|America|美国|美國|美利坚合众国',
  GB: 'United Kingdom|UK|U.K.|GBR|Great Britain|Britain|England|Scotland|Wales|Northern Ireland|英国|英國|英格兰|苏格兰',
  CA: 'Canada|CAN|加拿大',
  AU: 'Australia|AUS|澳大利亚|澳洲|澳大利亞',
  NZ: 'New Zealand|NZL|新西兰|紐西蘭|新西蘭',
  IE: 'Ireland|IRL|Republic of Ireland|Eire|爱尔兰|愛爾蘭',
  DE: 'Germany|DEU|Deutschland|德国|德國',
  FR: 'France|FRA|法国|法國',
  IT: 'Italy|ITA|Italia|意大利|義大利',
  ES: 'Spain|ESP|España|西班牙',
  PT: 'Portugal|PRT|葡萄牙',
  NL: 'Netherlands|NLD|The Netherlands|Holland|Nederland|荷兰|荷蘭',
  BE: 'Belgium|BEL|比利时|比利時',
  LU: 'Luxembourg|LUX|卢森堡|盧森堡',
  CH: 'Switzerland|CHE|Schweiz|Suisse|瑞士',
  AT: 'Austria|AUT|Österreich|奥地利|奧地利',
  SE: 'Sweden|SWE|瑞典',
  NO: 'Norway|NOR|挪威',
  DK: 'Denmark|DNK|丹麦|丹麥',
  FI: 'Finland|FIN|芬兰|芬蘭',
  PL: 'Poland|POL|波兰|波蘭',
  CZ: 'Czech Republic|Czechia|CZE|捷克',
  HU: 'Hungary|HUN|匈牙利',
  RO: 'Romania|ROU|罗马尼亚|羅馬尼亞',
  GR: 'Greece|GRC|希腊|希臘',
  TR: 'Turkey|Türkiye|TUR|土耳其',
  RU: 'Russia|RUS|Russian Federation|俄罗斯|俄羅斯|俄国',
  UA: 'Ukraine|UKR|乌克兰|烏克蘭',
  JP: 'Japan|JPN|日本',
  KR: 'South Korea|Korea|KOR|Republic of Korea|Korea, Republic of|韩国|韓國|南韩|南韓|大韩民国',
  KP: 'North Korea|PRK|朝鲜|北韩|北韓',
  MN: 'Mongolia|MNG|蒙古|蒙古国',
  SG: 'Singapore|SGP|新加坡',
  MY: 'Malaysia|MYS|马来西亚|馬來西亞',
  TH: 'Thailand|THA|泰国|泰國',
  VN: 'Vietnam|Viet Nam|VNM|越南',
  PH: 'Philippines|PHL|菲律宾|菲律賓',
  ID: 'Indonesia|IDN|印度尼西亚|印尼|印度尼西亞',
  KH: 'Cambodia|KHM|柬埔寨',
  LA: 'Laos|LAO|老挝|寮國',
  MM: 'Myanmar|Burma|MMR|缅甸|緬甸',
  IN: 'India|IND|印度',
  PK: 'Pakistan|PAK|巴基斯坦',
  BD: 'Bangladesh|BGD|孟加拉国|孟加拉',
  AE: 'United Arab Emirates|UAE|ARE|Emirates|阿联酋|阿拉伯联合酋长国|阿聯酋',
  SA: 'Saudi Arabia|SAU|沙特阿拉伯|沙特|沙烏地阿拉伯',
  IL: 'Israel|ISR|以色列',
  EG: 'Egypt|EGY|埃及',
  ZA: 'South Africa|ZAF|南非',
  NG: 'Nigeria|NGA|尼日利亚|奈及利亞',
  KE: 'Kenya|KEN|肯尼亚|肯亞',
  MX: 'Mexico|MEX|México|墨西哥',
  BR: 'Brazil|BRA|Brasil|巴西',
  AR: 'Argentina|ARG|阿根廷',
  CL: 'Chile|CHL|智利',
  CO: 'Colombia|COL|哥伦比亚|哥倫比亞',
  PE: 'Peru|PER|秘鲁|秘魯',
};

// Case, accents, dots, spaces and a leading "the" do not matter: "U.S.A." = "usa", "Türkiye" = "turkiye".
function countryKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/^the\s+/, '')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

let countryIndex: Map<string, string> | null = null;

function buildCountryIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const [code, names] of Object.entries(COUNTRY_NAMES)) {
    for (const name of names.split('|')) index.set(countryKey(name), code);
  }
  for (const locale of ['en', 'zh-Hans', 'zh-Hant']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const code of ISO_CODES) {
      const name = names.of(code);
      const key = name === undefined ? '' : countryKey(name);
      // The hand-written table wins: the runtime's names change between ICU versions ("Turkey" → "Türkiye").
      if (key !== '' && !index.has(key)) index.set(key, code);
    }
  }
  return index;
}

/** ISO 3166-1 alpha-2 code for a country as people write it ("USA", "England", "中国", "de"); '' when unknown. */
export function countryCode(raw: string): string {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return '';
  if (/^[a-z]{2}$/i.test(text) && ISO_CODES.has(text.toUpperCase())) return text.toUpperCase();
  countryIndex ??= buildCountryIndex();
  return countryIndex.get(countryKey(text)) ?? '';
}
