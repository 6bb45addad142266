// The words spreadsheets use for a person's fields, in English and Chinese, and the exact column titles that
// Google Contacts (current and legacy CSV) and Outlook (the 92-column export) write. Headers are compared by a
// key that ignores case, spaces and punctuation, so "E-mail Address", "email address" and "EMAIL_ADDRESS" are
// one header. suggestMapping.ts turns these into a mapping; this module only knows words.
import type { AddressPart, ColumnTarget, PersonField } from './columnMapping';

/**
 * The comparison key of a header: NFKC (full-width letters and digits become ASCII), lower case, and no
 * whitespace, punctuation, symbols or invisible format characters (a BOM glued to the first header).
 */
export function headerKey(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]+/gu, '');
}

/**
 * A synonym's target, plus what only the whole header row can settle: `generic` marks words whose meaning
 * depends on their neighbours ("Address" is the whole address alone, but the street next to City and ZIP;
 * "Title" is a job title, but Outlook's name prefix when a "Job Title" column exists too).
 */
export interface Synonym {
  target: ColumnTarget;
  generic?: 'address' | 'title' | 'name';
}

const table = new Map<string, Synonym>();

function add(headers: readonly string[], synonym: (key: string) => Synonym): void {
  for (const header of headers) {
    const key = headerKey(header);
    // First entry wins, so a specific list written earlier is never overridden by a broad one below.
    if (key !== '' && !table.has(key)) table.set(key, synonym(key));
  }
}

const field = (f: PersonField) => (): Synonym => ({ target: { kind: 'field', field: f } });
const note = (): Synonym => ({ target: { kind: 'note' } });
const ignore = (): Synonym => ({ target: { kind: 'ignore' } });
// A phone or email column's group is its own key: "Business Phone" and "Business Phone 2" are two numbers
// with the same label, and a duplicated header simply adds values to the same group.
const phone =
  (label: string) =>
  (key: string): Synonym => ({ target: { kind: 'phone', group: key, label } });
const email =
  (label: string) =>
  (key: string): Synonym => ({ target: { kind: 'email', group: key, label } });
const address = (group: string, label: string, part: AddressPart) => (): Synonym => ({
  target: { kind: 'address', group, label, part },
});
const wholeAddress = (group: string, label: string) => (): Synonym => ({
  target: { kind: 'address', group, label, part: 'formatted' },
  generic: 'address',
});

// ── Outlook (desktop, 92 columns). Written first: its titles are exact, and a few ("Title", "Other Phone")
// would otherwise fall to a vaguer English synonym.
add(['Title'], () => ({ target: { kind: 'field', field: 'title' }, generic: 'title' }));
add(['Suffix'], field('nameSuffix'));
add(['Job Title'], field('title'));
const OUTLOOK_ADDRESS_GROUPS = [
  ['Business', 'work'],
  ['Home', 'home'],
  ['Other', 'other'],
] as const;
for (const [prefix, group] of OUTLOOK_ADDRESS_GROUPS) {
  add([`${prefix} Street`, `${prefix} Street 2`, `${prefix} Street 3`, `${prefix} Address PO Box`], () => ({
    target: { kind: 'address', group, label: group, part: 'street' },
  }));
  add([`${prefix} City`], address(group, group, 'city'));
  add([`${prefix} State`, `${prefix} Province`, `${prefix} Region`], address(group, group, 'region'));
  add([`${prefix} Postal Code`, `${prefix} ZIP`, `${prefix} ZIP Code`, `${prefix} Postcode`], () => ({
    target: { kind: 'address', group, label: group, part: 'postalCode' },
  }));
  add([`${prefix} Country/Region`, `${prefix} Country`], address(group, group, 'country'));
  add([`${prefix} Address`], wholeAddress(group, group));
}
add(['Business Phone', 'Business Phone 2', 'Company Main Phone', 'Work Phone', 'Office Phone'], phone('work'));
add(['Home Phone', 'Home Phone 2'], phone('home'));
add(['Mobile Phone', 'Mobile', 'Cell', 'Cell Phone', 'Cellphone', 'Mobile Number', 'Cell Number'], phone('mobile'));
add(['Primary Phone', 'Main Phone'], phone('main'));
add(['Business Fax', 'Home Fax', 'Other Fax', 'Fax', 'Fax Number', 'Work Fax'], phone('fax'));
// Numbers the person can be reached on, whatever the device; Rapport's labels have no "car" or "pager".
add(['Other Phone', 'Car Phone', 'Callback', 'ISDN', 'Pager', 'Radio Phone', 'TTY/TDD Phone'], phone('other'));
add(['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'], email(''));
add(['E-mail Type', 'E-mail 2 Type', 'E-mail 3 Type'], ignore); // always "SMTP"
add(['E-mail Display Name', 'E-mail 2 Display Name', 'E-mail 3 Display Name'], ignore); // "Name (address)"
add(['Web Page', 'Personal Web Page', 'Business Web Page'], field('website'));
add(['Categories'], field('tags'));
// Facts a salesperson uses ("Spouse: Mary", "Referred By: Bob") but Rapport has no field for: kept as notes.
add(
  [
    "Assistant's Phone",
    "Assistant's Name",
    "Manager's Name",
    'Anniversary',
    'Spouse',
    'Children',
    'Referred By',
    'Hobby',
    'Profession',
    'Office Location',
    'User 1',
    'User 2',
    'User 3',
    'User 4',
  ],
  note,
);
// Bookkeeping that means nothing outside Outlook, or that Rapport should not hold without being asked
// (government ids).
add(
  [
    'Account',
    'Billing Information',
    'Directory Server',
    'Gender',
    'Government ID Number',
    'Initials',
    'Internet Free Busy',
    'Keywords',
    'Language',
    'Location',
    'Mileage',
    'Organizational ID Number',
    'Priority',
    'Private',
    'Sensitivity',
    'Telex',
  ],
  ignore,
);

// ── Google Contacts singles (the repeating "Phone 1 - Value" groups are read by pattern in suggestMapping).
add(['Name Prefix', 'Prefix', 'Salutation', '称谓', '称呼', '稱謂', '稱呼'], field('namePrefix'));
add(['Name Suffix'], field('nameSuffix'));
add(['Organization Name'], field('company'));
add(['Organization Title'], field('title'));
add(['Organization Department'], field('department'));
add(['Group Membership', 'Labels'], field('tags'));
add(['Nickname', 'Maiden Name', 'Occupation'], note);
add(
  [
    'Phonetic First Name',
    'Phonetic Middle Name',
    'Phonetic Last Name',
    'Yomi Name',
    'Given Name Yomi',
    'Additional Name Yomi',
    'Family Name Yomi',
    'File As',
    'Photo',
    'Short Name',
    'Subject',
  ],
  ignore,
);

// ── Generic English and Chinese (Simplified, with Traditional where the characters differ).
add(['Name', 'Display Name', 'Contact', '名字'], () => ({
  target: { kind: 'field', field: 'fullName' },
  generic: 'name',
}));
add(
  [
    'Full Name',
    'Contact Name',
    'Contact Person',
    'Customer Name',
    'Client Name',
    '姓名',
    '联系人',
    '联系人姓名',
    '客户姓名',
    '聯絡人',
    '聯繫人',
    '聯絡人姓名',
  ],
  field('fullName'),
);
add(['First Name', 'Given Name', 'First', 'Forename', '名'], field('givenName'));
add(['Last Name', 'Family Name', 'Surname', 'Last', '姓', '姓氏'], field('familyName'));
add(['Middle Name', 'Additional Name', 'Middle', 'Middle Initial', '中间名', '中間名'], field('middleName'));
add(
  [
    'Company',
    'Company Name',
    'Organization',
    'Organisation',
    'Organisation Name',
    'Org',
    'Business',
    'Business Name',
    'Employer',
    '公司',
    '公司名称',
    '公司名',
    '单位',
    '工作单位',
    '单位名称',
    '所在单位',
    '企业',
    '企业名称',
    '公司名稱',
    '單位',
    '工作單位',
    '單位名稱',
    '企業',
    '企業名稱',
  ],
  field('company'),
);
add(
  ['Position', 'Role', 'Job', '职位', '职务', '头衔', '岗位', '職位', '職務', '頭銜', '職稱', '职称'],
  field('title'),
);
add(['Department', 'Dept', '部门', '部門', '所在部门'], field('department'));
add(
  ['Birthday', 'Date of Birth', 'DOB', 'Birth Date', 'Birthdate', 'Born', '生日', '出生日期', '出生年月', '出生年月日'],
  field('birthday'),
);
add(
  ['Notes', 'Note', 'Comments', 'Comment', 'Remarks', 'Remark', '备注', '说明', '备忘', '附注', '備註', '說明', '附註'],
  field('notes'),
);
add(
  [
    'Tags',
    'Tag',
    'Labels',
    'Label',
    'Groups',
    'Group',
    'Category',
    '标签',
    '分组',
    '分类',
    '类别',
    '標籤',
    '分組',
    '分類',
    '類別',
  ],
  field('tags'),
);
add(
  [
    'Website',
    'Web Site',
    'Web',
    'URL',
    'Homepage',
    'Home Page',
    '网址',
    '网站',
    '主页',
    '网页',
    '網址',
    '網站',
    '主頁',
    '網頁',
  ],
  field('website'),
);
// Rapport's own export writes "Stage"; other CRMs say lifecycle stage.
add(
  ['Stage', 'Lifecycle', 'Lifecycle Stage', 'Customer Stage', '阶段', '客户阶段', '生命周期', '階段'],
  field('lifecycle'),
);

// Phones. "电话" in a Chinese sheet is the landline next to 手机 (mobile), usually the office one; the English
// "Phone" says nothing about which number it is, so it carries no label.
add(['手机', '手机号', '手机号码', '移动电话', '手機', '手機號', '手機號碼', '行動電話', '移動電話'], phone('mobile'));
add(
  [
    '电话',
    '座机',
    '固定电话',
    '办公电话',
    '工作电话',
    '单位电话',
    '公司电话',
    '商务电话',
    '電話',
    '座機',
    '固定電話',
    '辦公電話',
    '公司電話',
    '商務電話',
  ],
  phone('work'),
);
add(['住宅电话', '家庭电话', '家里电话', '住宅電話', '家庭電話'], phone('home'));
add(['传真', '商务传真', '住宅传真', '傳真'], phone('fax'));
add(
  ['Phone', 'Telephone', 'Tel', 'Phone Number', 'Contact Number', 'Contact Phone', '联系电话', '联系方式', '聯絡電話'],
  phone(''),
);
add(['Work Email', 'Business Email', 'Office Email', '工作邮箱', '公司邮箱', '企业邮箱'], email('work'));
add(['Home Email', 'Personal Email', 'Private Email', '个人邮箱', '私人邮箱'], email('home'));
add(['Other Email'], email('other'));
add(
  [
    'Email',
    'E-mail',
    'Email Address',
    'Mail',
    '邮箱',
    '电子邮件',
    '电子邮箱',
    '邮件',
    '邮箱地址',
    '电子邮件地址',
    '郵箱',
    '電子郵件',
    '電郵',
    '電子郵箱',
    '郵件',
  ],
  email(''),
);

// Addresses. Unqualified parts build one address (group "main").
add(
  ['Work Address', 'Office Address', '公司地址', '单位地址', '办公地址', '工作地址', '公司地址'],
  wholeAddress('work', 'work'),
);
add(['家庭地址', '家庭住址', '住址', '住宅地址', '家庭地址'], wholeAddress('home', 'home'));
add(
  [
    'Address',
    'Full Address',
    'Mailing Address',
    'Postal Address',
    'Street Address',
    '地址',
    '详细地址',
    '通讯地址',
    '联系地址',
    '邮寄地址',
    '收货地址',
    '詳細地址',
    '通訊地址',
    '聯絡地址',
  ],
  wholeAddress('main', ''),
);
add(
  [
    'Street',
    'Address 1',
    'Address 2',
    'Address 3',
    'Address Line 1',
    'Address Line 2',
    'Address Line 3',
    '街道',
    '街道地址',
  ],
  address('main', '', 'street'),
);
add(
  ['Town', 'City', 'City/Town', 'Suburb', '市', '城市', '所在城市', '所在地市', '地级市'],
  address('main', '', 'city'),
);
add(
  ['State', 'Province', 'Region', 'County', 'State/Province', '省', '省份', '所在省份', '省/直辖市', '州', '省市'],
  address('main', '', 'region'),
);
add(['区', '县', '区县', '区/县', '县区', '區', '縣', '區縣'], address('main', '', 'district'));
add(
  [
    'ZIP',
    'ZIP Code',
    'Postal Code',
    'Postcode',
    'Post Code',
    'ZIP/Postal Code',
    '邮编',
    '邮政编码',
    '郵編',
    '郵政編碼',
    '郵遞區號',
  ],
  address('main', '', 'postalCode'),
);
add(['Country', 'Country/Region', 'Nation', '国家', '国家/地区', '國家', '國家/地區'], address('main', '', 'country'));

// Row numbers the spreadsheet's author added; a note "序号: 17" would only be noise.
add(['序号', '序號', 'No', 'Row'], ignore);
// Rapport keeps no gender, and should not collect one in passing.
add(['性别', '性別', 'Sex'], ignore);

/** What a header means on its own, or undefined when it is not a known word. */
export function lookupSynonym(key: string): Synonym | undefined {
  return table.get(key);
}

/**
 * A contact label as the file wrote it ("Mobile", "* Work", "手机", "Business") reduced to one of the labels
 * the contact form offers, or the file's own text when it is a custom label ("Assistant", "WeChat"). Google
 * marks the primary value with a leading "* ".
 */
export function canonicalContactLabel(raw: string): string {
  const text = raw.replace(/^\s*\*\s*/, '').trim();
  return LABEL_WORDS.get(headerKey(text)) ?? text;
}

const LABEL_WORDS = new Map<string, string>();
const labelWords: Record<string, readonly string[]> = {
  mobile: ['mobile', 'cell', 'cellphone', 'mobile phone', '手机', '移动电话', '手機', '行動電話'],
  work: ['work', 'business', 'office', 'company', '工作', '单位', '公司', '办公', '商务', '單位', '辦公', '商務'],
  home: ['home', 'personal', 'private', '家', '家庭', '住宅', '个人', '個人'],
  main: ['main', 'primary', '主要'],
  fax: ['fax', 'work fax', 'home fax', 'other fax', 'business fax', '传真', '傳真'],
  other: ['other', '其他', '其它'],
};
/** The labels the contact form offers, which canonicalContactLabel reduces known words to. */
export const KNOWN_LABELS: ReadonlySet<string> = new Set(Object.keys(labelWords));
for (const [label, words] of Object.entries(labelWords)) {
  for (const word of words) LABEL_WORDS.set(headerKey(word), label);
}
