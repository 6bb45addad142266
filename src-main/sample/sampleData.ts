// Realistic sample customers (English and Chinese), generated deterministically from a seed, so a newcomer can
// try every screen at once. The same generator feeds the benchmarks at 100,000 rows.
import type { ActivityKind } from '@shared/domain/activity';
import type { LifecycleStage } from '@shared/domain/contact';
import type { CompanyInput, ContactInput } from '@shared/validation/contact';

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EN_GIVEN = [
  'James',
  'Mary',
  'Robert',
  'Patricia',
  'John',
  'Jennifer',
  'Michael',
  'Linda',
  'David',
  'Elizabeth',
  'William',
  'Barbara',
  'Richard',
  'Susan',
  'Joseph',
  'Jessica',
  'Thomas',
  'Sarah',
  'Charles',
  'Karen',
  'Daniel',
  'Nancy',
  'Matthew',
  'Lisa',
  'Anthony',
  'Betty',
  'Mark',
  'Sandra',
  'Paul',
  'Ashley',
  'Steven',
  'Emily',
  'Andrew',
  'Michelle',
  'Joshua',
  'Amanda',
  'Kevin',
  'Melissa',
  'Brian',
  'Rebecca',
  'George',
  'Laura',
  'Oliver',
  'Chloé',
  'Zoë',
  'Renée',
  'José',
  'Hannah',
];
const EN_FAMILY = [
  'Smith',
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Garcia',
  'Miller',
  'Davis',
  'Rodriguez',
  'Martinez',
  'Wilson',
  'Anderson',
  'Taylor',
  'Thomas',
  'Moore',
  'Jackson',
  'Martin',
  'Lee',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Robinson',
  'Walker',
  'Young',
  'Allen',
  'King',
  'Wright',
  'Scott',
  'Green',
  'Baker',
  'Adams',
  'Nelson',
  'Hill',
  'Campbell',
  "O'Brien",
  'Murphy',
  'Cooper',
  'Reed',
  'Bailey',
  'Kelly',
  'Howard',
  'Ward',
  'Cox',
  'Fischer',
  'Müller',
  'Dubois',
];
const ZH_FAMILY = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '萧',
  '田',
  '董',
  '潘',
  '袁',
  '蔡',
  '蒋',
  '余',
  '欧阳',
  '司马',
];
const ZH_GIVEN = [
  '伟',
  '芳',
  '娜',
  '秀英',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '小明',
  '建国',
  '志强',
  '海燕',
  '丽华',
  '文',
  '晓东',
  '雪',
  '佳怡',
  '子涵',
  '浩然',
  '梓萱',
  '一鸣',
  '思远',
  '晨',
  '宇轩',
  '欣怡',
  '三',
  '四',
];
const EN_COMPANY_A = [
  'Acme',
  'Northwind',
  'Blue Harbor',
  'Summit',
  'Redwood',
  'Maple',
  'Silverline',
  'Brightside',
  'Evergreen',
  'Cornerstone',
  'Riverbend',
  'Oak & Iron',
  'Keystone',
  'Harbor Light',
  'Pioneer',
  'Lakeside',
  'Golden Gate',
  'Ironwood',
];
const EN_COMPANY_B = [
  'Bakery',
  'Hardware',
  'Dental Care',
  'Florists',
  'Printing Co.',
  'Auto Repair',
  'Coffee Roasters',
  'Landscaping',
  'Plumbing',
  'Books',
  'Catering',
  'Fitness',
  'Optics',
  'Tailors',
  'Design Studio',
  'Pet Supplies',
];
const ZH_COMPANY_A = [
  '华信',
  '东方',
  '金桥',
  '鼎盛',
  '恒通',
  '新世纪',
  '长城',
  '明珠',
  '瑞丰',
  '宏达',
  '天诚',
  '远航',
  '百合',
  '嘉禾',
  '同创',
  '锦绣',
];
const ZH_COMPANY_B = [
  '贸易有限公司',
  '科技有限公司',
  '餐饮管理有限公司',
  '印刷厂',
  '装饰工程有限公司',
  '文化传媒有限公司',
  '五金店',
  '茶叶店',
  '眼镜店',
  '花店',
  '汽车维修中心',
  '家具城',
];
const INDUSTRIES_EN = [
  'Retail',
  'Food & drink',
  'Construction',
  'Health',
  'Services',
  'Manufacturing',
  'Education',
  'Hospitality',
];
const INDUSTRIES_ZH = ['零售', '餐饮', '建筑', '医疗', '服务', '制造', '教育', '酒店'];
const US_CITIES = [
  ['New York', 'NY', '100'],
  ['Chicago', 'IL', '606'],
  ['Austin', 'TX', '787'],
  ['Seattle', 'WA', '981'],
  ['Boston', 'MA', '021'],
  ['Denver', 'CO', '802'],
  ['Portland', 'OR', '972'],
  ['San Diego', 'CA', '921'],
] as const;
const UK_CITIES = [
  ['London', '', 'SW1A'],
  ['Manchester', '', 'M1'],
  ['Bristol', '', 'BS1'],
  ['Leeds', '', 'LS1'],
] as const;
const CN_CITIES = [
  ['上海', '上海市', '200'],
  ['北京', '北京市', '100'],
  ['广州', '广东省', '510'],
  ['深圳', '广东省', '518'],
  ['杭州', '浙江省', '310'],
  ['成都', '四川省', '610'],
  ['南京', '江苏省', '210'],
  ['武汉', '湖北省', '430'],
] as const;
const EN_STREETS = ['Main St', 'Oak Ave', 'Maple Rd', 'Cedar Ln', 'Park Blvd', 'High Street', 'Church Rd', 'Mill Lane'];
const ZH_STREETS = ['南京路', '中山路', '人民路', '解放路', '建设路', '淮海中路', '长安街', '天府大道'];
const ZH_DISTRICTS = ['黄浦区', '朝阳区', '天河区', '南山区', '西湖区', '武侯区', '鼓楼区', '江汉区'];
const TITLES_EN = [
  'Owner',
  'Manager',
  'Purchasing Manager',
  'Office Manager',
  'Director',
  'Accountant',
  'Chef',
  'Sales Lead',
  '',
];
const TITLES_ZH = ['总经理', '经理', '采购经理', '行政主管', '董事长', '会计', '店长', '销售总监', ''];
const TAGS_EN = ['VIP', 'Wholesale', 'Newsletter', 'Referral', 'Trade show', 'Late payer', 'Christmas card'];
const TAGS_ZH = ['VIP', '批发', '老客户', '转介绍', '展会', '节日贺卡'];
const LIFECYCLES: LifecycleStage[] = ['lead', 'prospect', 'customer', 'customer', 'repeat', 'repeat', 'lapsed'];
const ACTIVITY_TEXT_EN: Record<ActivityKind, string[]> = {
  call: [
    'Called about the spring order',
    'Follow-up call on quote',
    'Asked about delivery times',
    'Returned their call',
  ],
  meeting: ['Met to review the annual contract', 'Lunch meeting', 'Product demo at their office'],
  visit: ['Visited the shop', 'Dropped off samples', 'Site visit for measurements'],
  email: ['Sent price list', 'Sent invoice copy', 'Emailed the catalogue'],
  note: ['Prefers calls in the morning', 'Birthday card sent', 'Asked not to be called on Mondays'],
};
const ACTIVITY_TEXT_ZH: Record<ActivityKind, string[]> = {
  call: ['电话沟通春季订单', '跟进报价', '询问交货时间', '回电'],
  meeting: ['会面讨论年度合同', '商务午餐', '在客户公司做产品演示'],
  visit: ['到店拜访', '送样品', '上门测量'],
  email: ['发送价目表', '发送发票副本', '发送产品目录'],
  note: ['喜欢上午联系', '已寄生日贺卡', '周一不方便接电话'],
};
const OUTCOMES_EN = [
  'Will order next week',
  'Needs a revised quote',
  'Happy with the service',
  'No answer, try again',
  '',
];
const OUTCOMES_ZH = ['下周下单', '需要重新报价', '对服务很满意', '未接通，稍后再打', ''];

export interface SampleActivity {
  contactIndex: number;
  kind: ActivityKind;
  occurredAt: string;
  summary: string;
  outcome: string;
}

export interface SampleData {
  companies: CompanyInput[];
  /** companyIndex refers to `companies`; the loader turns it into the real id. */
  contacts: Array<ContactInput & { companyIndex: number | null }>;
  activities: SampleActivity[];
}

export function generateSampleData(options: {
  contacts: number;
  seed: number;
  now: Date;
  activitiesPerContact?: number;
}): SampleData {
  const rnd = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('');

  const companyCount = Math.max(3, Math.round(options.contacts / 5));
  const companies: Array<CompanyInput & { chinese: boolean }> = [];
  for (let i = 0; i < companyCount; i++) {
    const chinese = rnd() < 0.45;
    const [city, region, zip] = chinese ? pick(CN_CITIES) : rnd() < 0.75 ? pick(US_CITIES) : pick(UK_CITIES);
    const country = chinese ? 'CN' : UK_CITIES.some((c) => c[0] === city) ? 'GB' : 'US';
    const name = chinese
      ? `${city}${pick(ZH_COMPANY_A)}${pick(ZH_COMPANY_B)}`
      : `${pick(EN_COMPANY_A)} ${pick(EN_COMPANY_B)}`;
    companies.push({
      chinese,
      name: companyCount > 200 ? `${name} ${i}` : name,
      website: chinese ? '' : `https://www.${name.toLowerCase().replace(/[^a-z]+/g, '')}.com`,
      industry: chinese ? pick(INDUSTRIES_ZH) : pick(INDUSTRIES_EN),
      phones: [
        { label: chinese ? '总机' : 'Main', value: chinese ? `021-${digits(8)}` : `(${digits(3)}) 555-${digits(4)}` },
      ],
      addresses: [
        chinese
          ? {
              label: '',
              street: `${pick(ZH_DISTRICTS)}${pick(ZH_STREETS)}${1 + Math.floor(rnd() * 999)}号`,
              city,
              region,
              postalCode: `${zip}${digits(3)}`,
              country,
            }
          : {
              label: 'Work',
              street: `${1 + Math.floor(rnd() * 9999)} ${pick(EN_STREETS)}`,
              city,
              region,
              postalCode: country === 'US' ? `${zip}${digits(2)}` : `${zip} ${digits(1)}AA`,
              country,
            },
      ],
      notes: '',
      tags: rnd() < 0.2 ? [chinese ? pick(TAGS_ZH) : pick(TAGS_EN)] : [],
    });
  }

  const contacts: SampleData['contacts'] = [];
  const activities: SampleActivity[] = [];
  const perContact = options.activitiesPerContact ?? 3;
  for (let i = 0; i < options.contacts; i++) {
    const chinese = rnd() < 0.45;
    const companyIndex = rnd() < 0.8 ? Math.floor(rnd() * companyCount) : null;
    const company = companyIndex === null ? null : companies[companyIndex]!;
    const sameRegion = company && company.chinese === chinese ? company.addresses[0] : undefined;
    const [city, region, zip] = chinese ? pick(CN_CITIES) : pick(US_CITIES);
    const given = chinese ? pick(ZH_GIVEN) : pick(EN_GIVEN);
    const family = chinese ? pick(ZH_FAMILY) : pick(EN_FAMILY);
    const emailLocal = chinese
      ? `user${digits(5)}`
      : `${given}.${family}`
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^a-z.]/g, '');
    const mobile = chinese
      ? `1${pick(['38', '39', '58', '86', '35'])}${digits(4)}${digits(4)}`
      : `(${digits(3)}) 555-${digits(4)}`;
    const fmtMobile =
      chinese && rnd() < 0.5 ? `${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}` : mobile;
    const year = 1950 + Math.floor(rnd() * 50);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const birthday =
      rnd() < 0.5
        ? `${rnd() < 0.8 ? year : '-'}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
        : null;
    contacts.push({
      givenName: chinese ? '' : given,
      familyName: chinese ? '' : family,
      fullName: chinese ? `${family}${given}` : '',
      title: chinese ? pick(TITLES_ZH) : pick(TITLES_EN),
      companyId: null,
      companyIndex,
      phones: [{ label: chinese ? '手机' : 'Mobile', value: fmtMobile }],
      emails:
        rnd() < 0.85
          ? [
              {
                label: chinese ? '工作' : 'Work',
                value: `${emailLocal}${i}@${chinese ? pick(['qq.com', '163.com', 'example.cn']) : pick(['example.com', 'mail.example.org'])}`,
              },
            ]
          : [],
      addresses:
        sameRegion && rnd() < 0.5
          ? [{ ...sameRegion }]
          : rnd() < 0.8
            ? [
                chinese
                  ? {
                      label: '家',
                      street: `${pick(ZH_DISTRICTS)}${pick(ZH_STREETS)}${1 + Math.floor(rnd() * 999)}号`,
                      city,
                      region,
                      postalCode: `${zip}${digits(3)}`,
                      country: 'CN',
                    }
                  : {
                      label: 'Home',
                      street: `${1 + Math.floor(rnd() * 9999)} ${pick(EN_STREETS)}`,
                      city,
                      region,
                      postalCode: `${zip}${digits(2)}`,
                      country: 'US',
                    },
              ]
            : [],
      birthday,
      notes:
        rnd() < 0.3
          ? chinese
            ? '通过朋友介绍认识，注重售后服务。'
            : 'Met at the spring trade show; cares about fast delivery.'
          : '',
      tags: rnd() < 0.4 ? [chinese ? pick(TAGS_ZH) : pick(TAGS_EN)] : [],
      lifecycle: pick(LIFECYCLES),
    });
    const n = Math.floor(rnd() * (perContact * 2 + 1));
    for (let k = 0; k < n; k++) {
      const kind = pick(['call', 'call', 'meeting', 'visit', 'email', 'note'] as const);
      const daysAgo = Math.floor(rnd() * rnd() * 400);
      const at = new Date(options.now.getTime() - daysAgo * 86_400_000 - Math.floor(rnd() * 8 * 3_600_000));
      activities.push({
        contactIndex: i,
        kind,
        occurredAt: at.toISOString(),
        summary: pick(chinese ? ACTIVITY_TEXT_ZH[kind] : ACTIVITY_TEXT_EN[kind]),
        outcome: kind === 'note' ? '' : pick(chinese ? OUTCOMES_ZH : OUTCOMES_EN),
      });
    }
  }
  return { companies: companies.map(({ chinese: _chinese, ...c }) => c), contacts, activities };
}
