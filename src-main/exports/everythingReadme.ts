// The README.txt of "Export everything": what Rapport is, when and by which version the archive was made, what each
// file is and what each column means (from everythingCatalogue.ts), how the tables relate (from the database's own
// foreign keys), and how to read the values — in English, then in Simplified Chinese. Plain text, so it still opens
// when every program that wrote it is gone.
import { describeColumn, LEFT_OUT_TABLES, TABLE_DESCRIPTIONS, type Described } from './everythingCatalogue';

export interface ExportedColumn {
  name: string;
  /** The declared SQLite type, lower case: integer, text, real. */
  type: string;
  /** 1-based place in the primary key; 0 when not part of it. */
  primaryKey: number;
}

export interface ExportedTable {
  name: string;
  columns: ExportedColumn[];
  foreignKeys: Array<{ column: string; table: string; to: string }>;
  rows: number;
}

export interface ReadmeFacts {
  exportedAt: Date;
  /** The computer's IANA time zone at the time. */
  timeZone: string;
  appVersion: string;
  schemaVersion: number;
  /** Cards in contacts.vcf and items in calendar.ics. */
  contacts: number;
  calendarItems: number;
  tables: ExportedTable[];
  /** Tables of the database that were not exported. */
  leftOut: string[];
}

export const README_FILE = 'README.txt';
export const CONTACTS_FILE = 'contacts.vcf';
export const CALENDAR_FILE = 'calendar.ics';
export const tableFile = (table: string) => `tables/${table}.csv`;

const WIDTH = 100;
type Lang = 0 | 1;

/** The README, lines ending in CR LF (Notepad, TextEdit and every editor since show them right). */
export function readmeText(facts: ReadmeFacts): string {
  return [...english(facts), '', '', ...chinese(facts)].join('\r\n') + '\r\n';
}

function english(f: ReadmeFacts): string[] {
  const at = f.exportedAt.toISOString();
  return [
    ...heading('RAPPORT — EVERYTHING, EXPORTED', '='),
    '',
    ...para(
      'Rapport is a desktop CRM for small businesses. It keeps the people and companies a business deals with, the history of calls, meetings, visits, emails and notes, a calendar with reminders, the deals being pursued, and mailing-label settings, in one SQLite database file on the business’s own computer. This archive holds everything that file held, in plain, open formats that spreadsheets, address books, calendars and text editors read without Rapport.',
    ),
    '',
    `Exported:  ${at} (UTC); the computer’s time zone was ${f.timeZone}.`,
    `By:        Rapport ${f.appVersion}, database version ${f.schemaVersion}.`,
    'Chinese:   简体中文说明见本文件后半部分。',
    '',
    ...heading('FILES'),
    ...fileList(f, 0),
    '',
    ...heading('HOW TO READ THE CSV FILES'),
    ...bullets([
      `One file per table of Rapport’s database, named after the table. The first row holds the column names (explained under TABLES AND COLUMNS); every other row is one record. Values are separated by commas and rows end with CR LF. Quoting follows RFC 4180: a value holding a comma, a double quote or a line break is put in double quotes, and a double quote inside it is written twice.`,
      'Text encoding: UTF-8 with a byte order mark (the bytes EF BB BF) at the start, so Excel shows Chinese and every other script correctly when the file is opened with a double click. README.txt is UTF-8 with a byte order mark too; contacts.vcf and calendar.ics are UTF-8 without one, as their standards want.',
      'No value and empty text: a cell with nothing in it, not even quotes, means “no value” (NULL in the database); empty text is written as two double quotes (""). Most spreadsheets show both as an empty cell.',
      "Text that looks like a formula: text starting with =, +, -, @, a tab or a carriage return (after any apostrophes) is written with one apostrophe (') in front, so that no spreadsheet runs it as a formula. Take that one apostrophe off to get the text exactly as it was stored. Numbers are never changed.",
      'Numbers: a full stop as the decimal point and no thousands separators (1234.5). In the yes/no columns (all_day, cancelled, missed) 1 means yes and 0 means no. Binary data, should a column ever hold any, is written as hexadecimal digits.',
      'Columns whose names end in _json hold JSON (RFC 8259) text.',
      'Records in the Trash are included: their deleted_at is filled in. contacts.vcf and calendar.ics leave them out.',
    ]),
    '',
    ...heading('DATES AND TIMES'),
    ...bullets([
      'Moments (the columns ending in _at) are ISO 8601 in UTC, for example 2026-11-22T10:00:00.000Z: the Z says UTC. Local time is UTC plus the zone’s offset (Beijing: +8 hours; New York: −5, or −4 in summer).',
      'Dates (birthday, expected_close, closed_on) are ISO 8601 dates, YYYY-MM-DD. A birthday whose year is not known is written --MM-DD.',
      'Calendar items (event.csv, event_exception.csv) keep the wall-clock time they were entered in, beside the IANA time zone they were meant in: start_local 2026-11-23T09:00 with time_zone Asia/Shanghai is nine o’clock in Shanghai, whichever zone the reader is in. All-day items have dates only, and their end is the day after their last day.',
    ]),
    '',
    ...heading('MONEY'),
    ...para(
      'Amounts are whole numbers of the currency’s smallest unit (cents, fen), with the ISO 4217 currency code beside them, so that sums are exact: deal.amount 347000 with currency USD is $3,470.00, and 12800 CNY is ¥128.00. Currencies without a smaller unit (JPY, KRW) count whole units: 5000 JPY is ¥5,000. Deal lines are in their deal’s currency. Amounts in different currencies are never converted.',
    ),
    '',
    ...heading('HOW THE TABLES RELATE'),
    ...para(
      'A table with an id column numbers its rows with it: whole numbers, unique within the table. A column ending in _id holds the id of a row of another table (empty: none):',
    ),
    ...relations(f, 0),
    ...para(
      'Where entity_type and entity_id appear together (event_link, import_item), entity_type names the table (contact, company or deal) and entity_id is the id of the row in it. Tables named after two others (contact_tag, company_tag, deal_tag, deal_contact) link them, one row per pair. Rows of contact_point and address belong to a person (contact_id) or a company (company_id), never both.',
    ),
    '',
    ...heading('TABLES AND COLUMNS'),
    ...tableDetails(f, 0),
    ...heading('LEFT OUT, AND WHY'),
    ...para(
      'These tables of the database are not in the archive: they hold only what Rapport works out again from the tables above, or the program’s own bookkeeping.',
    ),
    ...leftOut(f, 0),
  ];
}

function chinese(f: ReadmeFacts): string[] {
  const at = f.exportedAt.toISOString();
  return [
    ...heading('RAPPORT —— 全部数据导出（简体中文说明）', '='),
    '',
    ...para(
      'Rapport 是一款面向小型企业的桌面客户管理软件（CRM）。它把与企业有往来的联系人和公司、通话、会议、拜访、邮件和备注记录、带提醒的日历、正在跟进的商机以及邮寄标签设置，保存在企业自己电脑上的一个 SQLite 数据库文件中。本压缩包包含该文件中的全部数据，采用通用的开放格式，无需 Rapport，用电子表格、通讯录、日历软件或文本编辑器即可打开。',
      1,
    ),
    '',
    `导出时间：${at}（UTC）；当时电脑所在时区为 ${f.timeZone}。`,
    `导出程序：Rapport ${f.appVersion}，数据库版本 ${f.schemaVersion}。`,
    '',
    ...heading('文件'),
    ...fileList(f, 1),
    '',
    ...heading('如何阅读 CSV 文件'),
    ...bullets(
      [
        '数据库中的每个表对应一个文件，文件名即表名。第一行是列名（含义见“表和列”一节），其后每行是一条记录。各值之间用英文逗号分隔，每行以 CR LF 结尾。引号规则遵循 RFC 4180：含逗号、双引号或换行的值用双引号括起，值中的双引号写成两个。',
        '文本编码：UTF-8，文件开头带字节顺序标记（BOM，即字节 EF BB BF），双击用 Excel 打开时中文等文字都能正确显示。README.txt 同样是带 BOM 的 UTF-8；contacts.vcf 和 calendar.ics 按其标准要求为不带 BOM 的 UTF-8。',
        '“无值”与“空文本”：完全空白（连引号都没有）的单元格表示“无值”（数据库中的 NULL）；空文本写成两个双引号（""）。大多数电子表格把两者都显示为空单元格。',
        "像公式的文本：以 =、+、-、@、制表符或回车开头（前面的撇号不计）的文本，导出时在前面加一个撇号（'），以免电子表格把它当作公式执行。去掉这一个撇号即得到原样保存的文本。数字不会被改动。",
        '数字：小数点为英文句点，没有千位分隔符（1234.5）。在是/否列（all_day、cancelled、missed）中，1 表示是，0 表示否。如有二进制数据，以十六进制数字写出。',
        '列名以 _json 结尾的列保存 JSON（RFC 8259）文本。',
        '回收站中的记录也包含在内，其 deleted_at 有值。contacts.vcf 和 calendar.ics 不包含回收站中的记录。',
      ],
      1,
    ),
    '',
    ...heading('日期和时间'),
    ...bullets(
      [
        '时刻（以 _at 结尾的列）采用 ISO 8601 格式的 UTC 时间，例如 2026-11-22T10:00:00.000Z，Z 表示 UTC。当地时间 = UTC 加上时区偏移（北京 +8 小时）。',
        '日期（birthday、expected_close、closed_on）采用 ISO 8601 日期格式 YYYY-MM-DD。不知道年份的生日写作 --MM-DD。',
        '日程（event.csv、event_exception.csv）保存录入时的当地时间，并注明所属的 IANA 时区：start_local 为 2026-11-23T09:00、time_zone 为 Asia/Shanghai，即上海时间九点，与读者所在时区无关。全天日程只有日期，结束日期为最后一天的次日。',
      ],
      1,
    ),
    '',
    ...heading('金额'),
    ...para(
      '金额以货币最小单位（分、美分）的整数保存，旁边注明 ISO 4217 货币代码，因此求和准确无误：deal.amount 为 347000、currency 为 USD 即 3,470.00 美元；12800 CNY 即 128.00 元人民币。没有更小单位的货币（JPY、KRW）按整数单位计：5000 JPY 即 5,000 日元。商机明细使用其商机的货币。不同货币的金额从不换算。',
      1,
    ),
    '',
    ...heading('表之间的关系'),
    ...para(
      '有 id 列的表用它为每行编号：整数，在本表中唯一。以 _id 结尾的列保存另一个表中某行的 id（为空表示没有）：',
      1,
    ),
    ...relations(f, 1),
    ...para(
      'entity_type 和 entity_id 成对出现时（event_link、import_item），entity_type 表示表名（contact、company 或 deal），entity_id 是该表中的 id。以两个表名组合命名的表（contact_tag、company_tag、deal_tag、deal_contact）把两者关联起来，每对一行。contact_point 和 address 的每一行属于一个联系人（contact_id）或一家公司（company_id），不会同时属于两者。',
      1,
    ),
    '',
    ...heading('表和列'),
    ...tableDetails(f, 1),
    ...heading('未导出的表及原因'),
    ...para('数据库中的以下表未放入压缩包：它们只保存 Rapport 可由上述表重新生成的内容，或程序自身的内部记录。', 1),
    ...leftOut(f, 1),
  ];
}

function fileList(f: ReadmeFacts, lang: Lang): string[] {
  const rows: Array<[string, string]> = [
    [README_FILE, ['This description.', '本说明。'][lang]!],
    [
      CONTACTS_FILE,
      [
        `${f.contacts} ${f.contacts === 1 ? 'person' : 'people'} (everyone not in the Trash), as vCards (version 3.0) for Apple Contacts, Outlook, Google Contacts and phones. tables/contact.csv and the tables beside it hold the same people with everything else.`,
        `回收站以外的 ${f.contacts} 位联系人，vCard 格式（3.0 版），可导入苹果通讯录、Outlook、Google 通讯录和手机。tables/contact.csv 及相关表中是同样的联系人及其全部信息。`,
      ][lang]!,
    ],
    [
      CALENDAR_FILE,
      [
        `${f.calendarItems} calendar item${f.calendarItems === 1 ? '' : 's'} (all not in the Trash), as iCalendar (RFC 5545) for Outlook, Google Calendar and Apple Calendar: events as VEVENT, tasks as VTODO, repeats as RRULE, reminders as VALARM, time zones spelt out.`,
        `回收站以外的 ${f.calendarItems} 项日程，iCalendar 格式（RFC 5545），可导入 Outlook、Google 日历和苹果日历：事件为 VEVENT，任务为 VTODO，重复为 RRULE，提醒为 VALARM，并写明时区。`,
      ][lang]!,
    ],
    ...f.tables.map((t): [string, string] => [
      tableFile(t.name),
      `${rowCount(t.rows, lang)}${lang === 0 ? ' ' : ''}${TABLE_DESCRIPTIONS[t.name]?.about[lang] ?? missing(lang)}`,
    ]),
  ];
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  return rows.flatMap(([name, text]) => hanging(name.padEnd(width), text, lang));
}

function relations(f: ReadmeFacts, lang: Lang): string[] {
  const place = (t: ExportedTable, column: string) => t.columns.findIndex((c) => c.name === column);
  const links = f.tables.flatMap((t) =>
    [...t.foreignKeys]
      .sort((a, b) => place(t, a.column) - place(t, b.column))
      .map((fk) => [`${t.name}.${fk.column}`, `${fk.table}.${fk.to}`] as const),
  );
  const width = Math.max(0, ...links.map(([from]) => from.length)) + 2;
  const lines = links.map(([from, to]) => `    ${from.padEnd(width)}→ ${to}`);
  return [...(lines.length > 0 ? lines : [['    (none)', '    （无）'][lang]!]), ''];
}

function tableDetails(f: ReadmeFacts, lang: Lang): string[] {
  const lines: string[] = [];
  for (const t of f.tables) {
    lines.push(`${tableFile(t.name)} — ${rowCount(t.rows, lang)}`);
    lines.push(...para(TABLE_DESCRIPTIONS[t.name]?.about[lang] ?? missing(lang), lang, '  '));
    const key = t.columns
      .filter((c) => c.primaryKey > 0)
      .sort((a, b) => a.primaryKey - b.primaryKey)
      .map((c) => c.name);
    if (key.length > 0)
      lines.push(
        lang === 0
          ? `  Key: ${key.join(' + ')}${key.length > 1 ? ' (together unique)' : ''}.`
          : `  主键：${key.join(' + ')}${key.length > 1 ? '（组合唯一）' : ''}。`,
      );
    const nameWidth = Math.max(...t.columns.map((c) => c.name.length)) + 2;
    for (const c of t.columns) {
      const label = `    ${c.name.padEnd(nameWidth)}${padDisplay(typeName(c.type, lang), lang === 0 ? 16 : 6)}`;
      lines.push(...hanging(label, describeColumn(t.name, c.name)?.[lang] ?? missing(lang), lang));
    }
    lines.push('');
  }
  return lines;
}

function leftOut(f: ReadmeFacts, lang: Lang): string[] {
  const groups = new Map<string, string[]>();
  for (const name of f.leftOut) {
    const owner = leftOutOwner(name);
    groups.set(owner, [...(groups.get(owner) ?? []), name]);
  }
  const lines: string[] = [];
  for (const [owner, names] of groups) {
    lines.push(...wrap(names.join(', '), WIDTH, '    ', '    ', 0));
    lines.push(...para(leftOutReason(owner)?.[lang] ?? missing(lang), lang, '        '));
  }
  return lines;
}

/** The entry of LEFT_OUT_TABLES a left-out table falls under (FTS5 keeps its index in tables named after it). */
function leftOutOwner(table: string): string {
  if (LEFT_OUT_TABLES[table]) return table;
  const owner = Object.keys(LEFT_OUT_TABLES).find((name) => table.startsWith(`${name}_`));
  if (owner) return owner;
  return table.startsWith('sqlite_') ? 'sqlite_' : table;
}

const SQLITE_OWN: Described = [
  'SQLite’s own description of the database’s structure.',
  'SQLite 自身对数据库结构的描述。',
];

/** Why a table was left out; undefined when nobody said (a test makes sure that never happens). */
export function leftOutReason(table: string): Described | undefined {
  const owner = leftOutOwner(table);
  return owner === 'sqlite_' ? SQLITE_OWN : LEFT_OUT_TABLES[owner];
}

function rowCount(rows: number, lang: Lang): string {
  return lang === 0 ? `${rows} row${rows === 1 ? '' : 's'}.` : `${rows} 行。`;
}

function typeName(type: string, lang: Lang): string {
  const names: Record<string, Described> = {
    integer: ['whole number', '整数'],
    text: ['text', '文本'],
    real: ['decimal number', '小数'],
  };
  return names[type.toLowerCase()]?.[lang] ?? type.toLowerCase();
}

const missing = (lang: Lang) => ['(no description)', '（无说明）'][lang]!;

function heading(text: string, underline = '-'): string[] {
  return [text, underline.repeat(displayWidth(text))];
}

function para(text: string, lang: Lang = 0, indent = ''): string[] {
  return wrap(text, WIDTH, indent, indent, lang);
}

function bullets(items: string[], lang: Lang = 0): string[] {
  return items.flatMap((item) => wrap(item, WIDTH, '- ', '  ', lang));
}

/** A label, then the text wrapped beside it with every further line indented to the label's width. */
function hanging(label: string, text: string, lang: Lang): string[] {
  return wrap(text, WIDTH, label, ' '.repeat(displayWidth(label)), lang);
}

function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Wide (CJK) characters take two columns in a fixed-width font. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch)
      ? 2
      : 1;
  return width;
}

/**
 * Greedy word wrap. Latin words stay whole; Chinese may break between any two characters (but not before the
 * punctuation that must end a line's content, like ，。）).
 */
function wrap(text: string, width: number, first: string, rest: string, lang: Lang): string[] {
  const tokens =
    lang === 1
      ? (text.match(/(?:[\u2e80-\ua4cf\uff00-\uffef]|[^\s\u2e80-\ua4cf\uff00-\uffef]+)[，。；：、！？）》”]*|\s+/g) ??
        [])
      : text.split(/(\s+)/);
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const token of tokens) {
    if (token === '') continue;
    if (/^\s+$/.test(token)) {
      if (!empty) line += ' ';
      continue;
    }
    const candidate = line + token;
    if (!empty && displayWidth(candidate) > width) {
      lines.push(line.trimEnd());
      line = rest + token;
    } else {
      line = candidate;
    }
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}
