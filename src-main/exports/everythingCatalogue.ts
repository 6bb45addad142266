// What each table and column in "Export everything" means, in English and Simplified Chinese. The README.txt inside
// the zip is written from this table, so it is kept here beside the code that writes the CSVs. A unit test fails
// when a table or column of the database has no description here, or a description names a column that is gone:
// a new column cannot reach the archive unexplained.

/** English, then Simplified Chinese. */
export type Described = readonly [en: string, zh: string];

export interface TableDescription {
  /** What one row is. */
  about: Described;
  /** Columns this table describes in its own words; the rest fall back to COMMON_COLUMNS. */
  columns: Readonly<Record<string, Described>>;
}

/** Columns that mean the same wherever they appear. */
export const COMMON_COLUMNS: Readonly<Record<string, Described>> = {
  id: [
    'This row’s number, unique within this table; other tables refer to the row by it.',
    '本行的编号，在本表中唯一；其他表通过它引用本行。',
  ],
  created_at: ['When the row was created (UTC).', '创建时间（UTC）。'],
  updated_at: ['When the row was last changed (UTC).', '最后修改时间（UTC）。'],
  deleted_at: [
    'When it was moved to the Trash (UTC); empty when it is not in the Trash. Rows in the Trash are included.',
    '移到回收站的时间（UTC）；不在回收站中则为空。回收站中的记录也包含在内。',
  ],
  position: ['Order among its siblings: 0 comes first.', '在同组中的顺序：0 排在最前。'],
  sort_en: [
    'Sort key for English lists (lower case, Chinese as pinyin); made from the name, can be ignored.',
    '英文界面的排序键（小写，中文转为拼音）；由名称生成，可忽略。',
  ],
  sort_zh: [
    'Sort key for Chinese lists (pinyin order); made from the name, can be ignored.',
    '中文界面的排序键（按拼音排序）；由名称生成，可忽略。',
  ],
  city_sort: [
    'Sort key made from the city; the character U+FFFF when there is none. Can be ignored.',
    '由城市生成的排序键；没有城市时为字符 U+FFFF。可忽略。',
  ],
  last_activity_at: ['When the latest activity happened (UTC).', '最近一次活动的时间（UTC）。'],
  tag_id: ['The tag (tag.id).', '标签（tag.id）。'],
  contact_id: ['The person (contact.id).', '联系人（contact.id）。'],
  company_id: ['The company (company.id).', '公司（company.id）。'],
  deal_id: ['The deal (deal.id).', '商机（deal.id）。'],
  event_id: ['The calendar item (event.id).', '日程（event.id）。'],
  notes: ['Free-text notes.', '备注（自由文本）。'],
};

const OWNER: Readonly<Record<string, Described>> = {
  contact_id: [
    'The person it belongs to (contact.id); empty when it belongs to a company.',
    '所属联系人（contact.id）；属于公司时为空。',
  ],
  company_id: [
    'The company it belongs to (company.id); empty when it belongs to a person.',
    '所属公司（company.id）；属于联系人时为空。',
  ],
};

const ENTITY_REF: Readonly<Record<string, Described>> = {
  entity_type: [
    'Which table entity_id points into: contact, company or deal.',
    'entity_id 指向哪个表：contact、company 或 deal。',
  ],
  entity_id: [
    'The id of that row in contact.csv, company.csv or deal.csv.',
    '该行在 contact.csv、company.csv 或 deal.csv 中的编号。',
  ],
};

/** Every table the export writes, by name. */
export const TABLE_DESCRIPTIONS: Readonly<Record<string, TableDescription>> = {
  contact: {
    about: [
      'People: one row per person (customers, leads, anyone the business deals with).',
      '联系人：每人一行（客户、潜在客户以及所有业务往来的人）。',
    ],
    columns: {
      given_name: ['Given (first) name, when the name is kept in parts.', '名（分开保存姓名时）。'],
      family_name: ['Family (last) name, when the name is kept in parts.', '姓（分开保存姓名时）。'],
      full_name: [
        'The name as one field, as written (Chinese names: family name first, no space); used instead of the parts when filled.',
        '完整姓名，按原样保存（中文姓名姓在前、无空格）；填写后优先于分开的姓和名。',
      ],
      display_name: [
        'The name as Rapport shows it, made from the fields above.',
        'Rapport 显示的姓名，由以上字段生成。',
      ],
      title: ['Job title.', '职位。'],
      company_id: [
        'The company the person works for (company.id); empty when none.',
        '所在公司（company.id）；没有则为空。',
      ],
      birthday: [
        'Birthday: YYYY-MM-DD, or --MM-DD when the year is not known.',
        '生日：YYYY-MM-DD；不知道年份时为 --MM-DD。',
      ],
      lifecycle: [
        'Stage: lead, prospect, customer, repeat (repeat customer) or lapsed.',
        '客户阶段：lead（潜在客户）、prospect（意向客户）、customer（客户）、repeat（回头客）或 lapsed（流失客户）。',
      ],
      company_sort_en: [
        'The company’s sort_en, copied for sorting by company; U+FFFF when none.',
        '公司的 sort_en 副本，用于按公司排序；没有公司时为 U+FFFF。',
      ],
      company_sort_zh: [
        'The company’s sort_zh, copied for sorting by company; U+FFFF when none.',
        '公司的 sort_zh 副本，用于按公司排序；没有公司时为 U+FFFF。',
      ],
      city: [
        'City of the first address, copied for lists (every address: address.csv).',
        '第一个地址的城市副本，用于列表（全部地址见 address.csv）。',
      ],
      country: [
        'Country code of the first address (ISO 3166-1, e.g. US, CN).',
        '第一个地址的国家代码（ISO 3166-1，如 US、CN）。',
      ],
      email: [
        'The first email address, copied for lists (every one: contact_point.csv).',
        '第一个邮箱地址的副本，用于列表（全部见 contact_point.csv）。',
      ],
      phone: [
        'The first phone number, copied for lists (every one: contact_point.csv).',
        '第一个电话号码的副本，用于列表（全部见 contact_point.csv）。',
      ],
    },
  },
  company: {
    about: ['Companies and other organisations: one row each.', '公司及其他机构：每家一行。'],
    columns: {
      name: ['The company’s name.', '公司名称。'],
      website: ['Website address.', '网站地址。'],
      industry: ['Industry, as typed.', '行业（按输入保存）。'],
      city: [
        'City of the first address, copied for lists (every address: address.csv).',
        '第一个地址的城市副本，用于列表（全部地址见 address.csv）。',
      ],
      country: [
        'Country code of the first address (ISO 3166-1, e.g. US, CN).',
        '第一个地址的国家代码（ISO 3166-1，如 US、CN）。',
      ],
      phone: [
        'The first phone number, copied for lists (every one: contact_point.csv).',
        '第一个电话号码的副本，用于列表（全部见 contact_point.csv）。',
      ],
    },
  },
  contact_point: {
    about: [
      'Phone numbers and email addresses of people and companies; each row belongs to exactly one person or one company.',
      '联系人和公司的电话号码与邮箱地址；每行只属于一个联系人或一家公司。',
    ],
    columns: {
      ...OWNER,
      kind: ['phone or email.', 'phone（电话）或 email（邮箱）。'],
      label: [
        'Its label: mobile, work, home, fax, main, other, or the user’s own words; may be empty.',
        '标签：mobile、work、home、fax、main、other 或用户自定义文字；可为空。',
      ],
      value: ['The number or address, as written.', '号码或地址（按原样保存）。'],
      normalized: [
        'The value reduced for matching: emails in lower case, phone numbers as digits only.',
        '用于比对的简化值：邮箱转为小写，电话只保留数字。',
      ],
    },
  },
  address: {
    about: [
      'Postal addresses of people and companies; each row belongs to exactly one person or one company.',
      '联系人和公司的邮寄地址；每行只属于一个联系人或一家公司。',
    ],
    columns: {
      ...OWNER,
      label: [
        'Its label: work, home, other, or the user’s own words; may be empty.',
        '标签：work、home、other 或用户自定义文字；可为空。',
      ],
      street: ['Street address (may hold line breaks).', '街道地址（可包含换行）。'],
      city: ['City.', '城市。'],
      region: ['State, province or region.', '州、省或地区。'],
      postal_code: ['Postal code.', '邮政编码。'],
      country: [
        'Country code (ISO 3166-1, e.g. US, CN); empty when not known.',
        '国家代码（ISO 3166-1，如 US、CN）；未知时为空。',
      ],
    },
  },
  tag: {
    about: ['Tags that people, companies and deals can carry.', '可以加在联系人、公司和商机上的标签。'],
    columns: { name: ['The tag as shown (unique, ignoring case).', '标签文字（不区分大小写，不重复）。'] },
  },
  contact_tag: {
    about: ['Which person carries which tag: one row per pair.', '联系人与标签的对应关系：每对一行。'],
    columns: {},
  },
  company_tag: {
    about: ['Which company carries which tag: one row per pair.', '公司与标签的对应关系：每对一行。'],
    columns: {},
  },
  activity: {
    about: [
      'The history: calls, meetings, visits, emails and notes that were logged.',
      '活动记录：记录下来的通话、会议、拜访、邮件和备注。',
    ],
    columns: {
      kind: [
        'call, meeting, visit, email or note.',
        'call（通话）、meeting（会议）、visit（拜访）、email（邮件）或 note（备注）。',
      ],
      occurred_at: ['When it happened (UTC).', '发生时间（UTC）。'],
      summary: ['What happened.', '经过。'],
      outcome: ['What came of it; may be empty.', '结果；可为空。'],
      contact_id: ['The person it is about (contact.id); may be empty.', '相关联系人（contact.id）；可为空。'],
      company_id: ['The company it is filed under (company.id); may be empty.', '归入的公司（company.id）；可为空。'],
      deal_id: [
        'The deal it is about (deal.id); may be empty. At least one of the three is filled.',
        '相关商机（deal.id）；可为空。三者至少填写一个。',
      ],
    },
  },
  saved_view: {
    about: [
      'Saved views: named filters of the contacts or companies list.',
      '已保存的视图：联系人或公司列表的命名筛选条件。',
    ],
    columns: {
      name: ['The view’s name.', '视图名称。'],
      entity: ['Which list it filters: contact or company.', '筛选哪个列表：contact（联系人）或 company（公司）。'],
      filter_json: [
        'The filter (tags, stage, city, country, days without activity…), as JSON.',
        '筛选条件（标签、阶段、城市、国家、多少天无活动等），JSON 格式。',
      ],
      sort_json: ['The sort order (field and direction), as JSON.', '排序方式（字段和方向），JSON 格式。'],
    },
  },
  setting: {
    about: [
      'Settings of this Rapport (language, theme, currency, return address, address layouts, backups…): one JSON value per key. A setting not listed has its default value.',
      'Rapport 的设置（语言、外观、货币、寄件人地址、地址格式、备份等）：每个键一个 JSON 值。未列出的设置为默认值。',
    ],
    columns: {
      key: ['The setting’s name.', '设置名称。'],
      value_json: ['Its value, as JSON.', '设置值，JSON 格式。'],
    },
  },
  import_batch: {
    about: [
      'Import history: one row per spreadsheet or vCard file imported.',
      '导入记录：每导入一个电子表格或 vCard 文件一行。',
    ],
    columns: {
      file_name: ['The imported file’s name.', '导入文件的名称。'],
      format: ['csv or vcard.', 'csv 或 vcard。'],
      encoding: ['The file’s text encoding (utf-8, gb18030…).', '文件的文本编码（utf-8、gb18030 等）。'],
      on_duplicate: [
        'What was done with people already in Rapport: skip, update (fill empty fields), overwrite or create.',
        '对已存在联系人的处理：skip（跳过）、update（只填空白字段）、overwrite（覆盖）或 create（另建）。',
      ],
      rows_read: ['Rows (or cards) read from the file.', '从文件读取的行数（或名片数）。'],
      created_count: ['Records created.', '新建的记录数。'],
      updated_count: ['Records updated.', '更新的记录数。'],
      skipped_count: ['Rows skipped as duplicates.', '作为重复项跳过的行数。'],
      rejected_count: ['Rows that could not be imported.', '无法导入的行数。'],
      created_at: ['When the import ran (UTC).', '导入时间（UTC）。'],
      undone_at: ['When the import was undone (UTC); empty when it was not.', '撤销导入的时间（UTC）；未撤销则为空。'],
    },
  },
  import_item: {
    about: [
      'What one import did to one record, kept so the import can be undone.',
      '一次导入对一条记录做了什么；保存下来以便撤销导入。',
    ],
    columns: {
      batch_id: ['The import (import_batch.id).', '所属导入（import_batch.id）。'],
      entity_type: [
        'contact or company: which table entity_id points into.',
        'contact 或 company：entity_id 指向哪个表。',
      ],
      entity_id: [
        'The id of the record in contact.csv or company.csv (it may since have been deleted).',
        '记录在 contact.csv 或 company.csv 中的编号（之后可能已被删除）。',
      ],
      action: ['created or updated.', 'created（新建）或 updated（更新）。'],
      before_json: [
        'The record as it was before the update, as JSON; empty for created records.',
        '更新前的记录，JSON 格式；新建的记录为空。',
      ],
    },
  },
  import_mapping: {
    about: [
      'Column choices remembered per spreadsheet header row, offered again for the next file with the same columns.',
      '按表头记住的列对应关系，下次导入相同列的文件时再次使用。',
    ],
    columns: {
      signature: [
        'A fingerprint of the header row: v1:<number of columns>:<hash>.',
        '表头的指纹：v1:<列数>:<哈希值>。',
      ],
      mapping_json: ['Which column went into which field, as JSON.', '每列对应的字段，JSON 格式。'],
      used_at: ['When it was last used (UTC).', '最后使用时间（UTC）。'],
    },
  },
  event: {
    about: [
      'Calendar items: appointments, calls, visits, tasks and follow-ups, one-off or repeating (calendar.ics holds the same items for calendar apps).',
      '日程：约会、电话、拜访、任务和跟进，可单次或重复（calendar.ics 中是同样的日程，供日历软件使用）。',
    ],
    columns: {
      kind: [
        'appointment, call, visit, task or follow_up.',
        'appointment（约会）、call（电话）、visit（拜访）、task（任务）或 follow_up（跟进）。',
      ],
      title: ['What it is.', '标题。'],
      all_day: [
        '1: an all-day item (start_local and end_local are dates); 0: at a time of day.',
        '1：全天日程（start_local 和 end_local 为日期）；0：有具体时间。',
      ],
      start_local: [
        'Start, as wall-clock time in time_zone: YYYY-MM-DDTHH:MM (all-day: YYYY-MM-DD). Repeating items: the first occurrence.',
        '开始时间，为 time_zone 时区的当地时间：YYYY-MM-DDTHH:MM（全天：YYYY-MM-DD）。重复日程为第一次的时间。',
      ],
      end_local: [
        'End, in the same form; all-day items: the day after the last day.',
        '结束时间，格式相同；全天日程为最后一天的次日。',
      ],
      time_zone: [
        'The IANA time zone the times are meant in (e.g. Asia/Shanghai). All-day items are the same days wherever one is.',
        '时间所属的 IANA 时区（如 Asia/Shanghai）。全天日程在任何时区都是同样的日期。',
      ],
      location: ['Where.', '地点。'],
      rrule: [
        'How it repeats, as an RFC 5545 RRULE (e.g. FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270101); empty when it happens once.',
        '重复规则，RFC 5545 RRULE 格式（如 FREQ=WEEKLY;BYDAY=MO,WE;UNTIL=20270101）；只发生一次则为空。',
      ],
      done_at: [
        'A one-off task: when it was ticked off (UTC). Repeating tasks tick off occurrences in event_exception.csv.',
        '单次任务的完成时间（UTC）。重复任务的每次完成记录在 event_exception.csv。',
      ],
    },
  },
  event_link: {
    about: [
      'Whom and what a calendar item concerns: people, companies, deals.',
      '日程涉及的人和事：联系人、公司、商机。',
    ],
    columns: { ...ENTITY_REF },
  },
  event_exception: {
    about: [
      'One occurrence of a repeating calendar item that differs: cancelled, moved, or (a task) ticked off.',
      '重复日程中与规则不同的某一次：已取消、已改期或（任务）已完成。',
    ],
    columns: {
      occurrence_local: [
        'Which occurrence: its original start, in the form of event.start_local.',
        '哪一次：其原定开始时间，格式同 event.start_local。',
      ],
      cancelled: ['1: this occurrence is cancelled; 0: it is not.', '1：这一次已取消；0：未取消。'],
      start_local: ['Where it was moved to (start); empty when not moved.', '改期后的开始时间；未改期则为空。'],
      end_local: ['Where it was moved to (end); empty when not moved.', '改期后的结束时间；未改期则为空。'],
      done_at: ['A task occurrence: when it was ticked off (UTC).', '任务这一次的完成时间（UTC）。'],
    },
  },
  event_reminder: {
    about: ['Reminders of calendar items.', '日程的提醒。'],
    columns: {
      minutes_before: [
        'How many minutes before the start it reminds; 0: at the time.',
        '在开始前多少分钟提醒；0：准时提醒。',
      ],
    },
  },
  reminder_alert: {
    about: [
      'Reminders that came due, as listed under Reminders until dismissed.',
      '已到期的提醒，在“提醒”中列出直至关闭。',
    ],
    columns: {
      reminder_id: ['The reminder (event_reminder.id).', '所属提醒（event_reminder.id）。'],
      occurrence_local: [
        'Which occurrence of the item, in the form of event.start_local.',
        '日程的哪一次，格式同 event.start_local。',
      ],
      due_at: ['When it was due (UTC).', '应提醒时间（UTC）。'],
      delivered_at: ['When it was shown (UTC).', '实际显示时间（UTC）。'],
      missed: [
        '1: it came due while Rapport was closed or the computer asleep, and was shown late.',
        '1：到期时 Rapport 未运行或电脑休眠，稍后才显示。',
      ],
      snoozed_until: ['Snoozed until then (UTC); empty when not snoozed.', '稍后提醒至该时间（UTC）；未推迟则为空。'],
      dismissed_at: [
        'When it was dismissed (UTC); empty while it is still listed.',
        '关闭时间（UTC）；仍在列表中则为空。',
      ],
    },
  },
  pipeline: {
    about: ['Sales pipelines: each a series of stages deals move through.', '销售流程：商机依次经过的一系列阶段。'],
    columns: {
      name: [
        'The name the user gave it; empty for a built-in one, named by default_key.',
        '用户起的名称；内置流程为空，由 default_key 表示。',
      ],
      default_key: [
        'sales: the built-in pipeline (“Sales”, shown in the app’s language); empty for the user’s own.',
        'sales：内置流程（“销售”，按界面语言显示）；用户新建的为空。',
      ],
    },
  },
  stage: {
    about: ['The stages of each pipeline (the columns of the deals board).', '各销售流程的阶段（商机看板上的列）。'],
    columns: {
      pipeline_id: ['The pipeline (pipeline.id).', '所属销售流程（pipeline.id）。'],
      name: [
        'The name the user gave it; empty for a built-in one, named by default_key.',
        '用户起的名称；内置阶段为空，由 default_key 表示。',
      ],
      default_key: [
        'A built-in stage: lead, qualified, proposal, negotiation, won or lost.',
        '内置阶段：lead、qualified、proposal、negotiation、won 或 lost。',
      ],
      kind: ['open, won or lost: what a deal in this stage is.', 'open（进行中）、won（赢单）或 lost（输单）。'],
      probability: [
        'Default chance of winning a deal in this stage, in percent (0–100).',
        '该阶段商机默认的赢单概率，百分比（0–100）。',
      ],
      removed_at: [
        'When the stage was removed (UTC); kept so deals’ history still reads.',
        '阶段被删除的时间（UTC）；保留下来以便商机历史仍可读。',
      ],
    },
  },
  lost_reason: {
    about: ['Reasons a deal can be lost for.', '输单原因。'],
    columns: {
      name: [
        'The name the user gave it; empty for a built-in one, named by default_key.',
        '用户起的名称；内置原因为空，由 default_key 表示。',
      ],
      default_key: [
        'A built-in reason: price, competitor, noBudget, noDecision, timing or other.',
        '内置原因：price（价格）、competitor（竞争对手）、noBudget（没有预算）、noDecision（未做决定）、timing（时机）或 other（其他）。',
      ],
      archived_at: [
        'When it was taken off the list (UTC); deals lost for it keep it.',
        '停用时间（UTC）；已因此输单的商机仍保留它。',
      ],
    },
  },
  product: {
    about: ['The product catalogue used for deal lines.', '用于商机明细的产品目录。'],
    columns: {
      name: ['Product name.', '产品名称。'],
      sku: ['SKU or article number; may be empty.', 'SKU 或货号；可为空。'],
      unit_price: [
        'Price per unit, in minor units of currency (cents, fen).',
        '单价，以货币的最小单位计（分、美分）。',
      ],
      currency: ['Currency, ISO 4217 code (USD, CNY…).', '货币，ISO 4217 代码（USD、CNY 等）。'],
      archived_at: [
        'When it was archived (UTC); archived products stay on old deals.',
        '归档时间（UTC）；已归档的产品仍保留在旧商机中。',
      ],
    },
  },
  deal: {
    about: ['Deals: sales being pursued, won or lost.', '商机：正在跟进、已赢单或已输单的生意。'],
    columns: {
      pipeline_id: ['The pipeline (pipeline.id).', '所属销售流程（pipeline.id）。'],
      stage_id: ['The stage it is in (stage.id).', '当前阶段（stage.id）。'],
      status: [
        'open, won or lost (the kind of its stage).',
        'open（进行中）、won（赢单）或 lost（输单），即所在阶段的类型。',
      ],
      title: ['What the deal is.', '商机名称。'],
      company_id: ['The customer company (company.id); may be empty.', '客户公司（company.id）；可为空。'],
      amount: [
        'Value, in minor units of currency (cents, fen): 347000 USD is $3,470.00.',
        '金额，以货币的最小单位计（分、美分）：347000 USD 即 3,470.00 美元。',
      ],
      currency: ['Currency, ISO 4217 code (USD, CNY…).', '货币，ISO 4217 代码（USD、CNY 等）。'],
      expected_close: ['Expected close date (YYYY-MM-DD); may be empty.', '预计成交日期（YYYY-MM-DD）；可为空。'],
      probability: [
        'Chance of winning in percent (0–100); empty: the stage’s probability applies.',
        '赢单概率，百分比（0–100）；为空时采用阶段的概率。',
      ],
      source: ['Where the deal came from; may be empty.', '商机来源；可为空。'],
      closed_on: [
        'The date it was won or lost (YYYY-MM-DD); empty while open.',
        '赢单或输单日期（YYYY-MM-DD）；进行中则为空。',
      ],
      lost_reason_id: [
        'Why it was lost (lost_reason.id); empty unless lost.',
        '输单原因（lost_reason.id）；未输单则为空。',
      ],
      lost_note: ['More about why it was lost; may be empty.', '输单的补充说明；可为空。'],
      refunded: [
        'Money given back on a won deal, in minor units of currency (0: none); revenue counts amount − refunded.',
        '已成交商机的退款金额，以货币的最小单位计（0 表示没有退款）；收入按 amount − refunded 计算。',
      ],
      position: [
        'Order of the cards within a board column (a decimal number; smaller first).',
        '看板列中卡片的顺序（小数，越小越靠前）。',
      ],
      last_activity_at: [
        'The last thing that happened to it: created, moved, edited or an activity logged (UTC).',
        '最近的变化：新建、移动、编辑或记录活动（UTC）。',
      ],
    },
  },
  deal_contact: {
    about: ['The people involved in each deal.', '各商机涉及的联系人。'],
    columns: {},
  },
  deal_tag: {
    about: ['Which deal carries which tag: one row per pair.', '商机与标签的对应关系：每对一行。'],
    columns: {},
  },
  deal_line: {
    about: [
      'Product lines of deals. A line’s total is unit_price × quantity × (100 − discount_percent) / 100, rounded to the minor unit; a deal with lines has their sum as its amount.',
      '商机的产品明细。每行合计 = unit_price × quantity × (100 − discount_percent) / 100，四舍五入到最小单位；有明细的商机金额为各行之和。',
    ],
    columns: {
      product_id: [
        'The catalogue product (product.id); empty when typed in or the product is gone.',
        '目录中的产品（product.id）；手动输入或产品已删除时为空。',
      ],
      name: ['Product name, as quoted.', '报价时的产品名称。'],
      sku: ['SKU, as quoted; may be empty.', '报价时的 SKU；可为空。'],
      unit_price: ['Price per unit, in minor units of the deal’s currency.', '单价，以商机货币的最小单位计。'],
      quantity: ['Quantity (may be a decimal number).', '数量（可为小数）。'],
      discount_percent: ['Discount in percent (0–100).', '折扣百分比（0–100）。'],
    },
  },
  deal_stage_history: {
    about: [
      'Every stage each deal entered, when, and when it left it again.',
      '每个商机进入过的每个阶段、进入时间和离开时间。',
    ],
    columns: {
      from_stage_id: [
        'The stage it came from (stage.id); empty when it was created in this one.',
        '之前所在阶段（stage.id）；在此阶段新建时为空。',
      ],
      to_stage_id: ['The stage it entered (stage.id).', '进入的阶段（stage.id）。'],
      changed_at: ['When it entered (UTC).', '进入时间（UTC）。'],
      left_at: ['When it left (UTC); empty while it is still there.', '离开时间（UTC）；仍在该阶段则为空。'],
      days: [
        'left_at − changed_at, in days (decimal); empty while it is still there.',
        'left_at − changed_at，单位为天（小数）；仍在该阶段则为空。',
      ],
    },
  },
  label_sheet: {
    about: ['Label sheets the user measured (mailing labels).', '用户自行测量的标签纸（邮寄标签）。'],
    columns: {
      name: ['The sheet’s name.', '标签纸名称。'],
      measurements_json: [
        'The measurements as entered (unit mm or in, page, columns × rows, label size, margins, pitch, corner radius), as JSON.',
        '按输入保存的尺寸（单位 mm 或 in、纸张、列数 × 行数、标签大小、边距、间距、圆角），JSON 格式。',
      ],
    },
  },
  label_calibration: {
    about: [
      'How far a printer misplaces a label sheet, measured by the user, one row per printer and sheet.',
      '用户测得的打印机对某种标签纸的打印偏差，每台打印机每种标签纸一行。',
    ],
    columns: {
      printer: ['The printer’s name as the computer knows it.', '系统中的打印机名称。'],
      sheet_id: [
        'The sheet: a built-in code such as avery-5160, or custom-<id> for a row of label_sheet.csv.',
        '标签纸：内置代码（如 avery-5160），或 custom-<编号> 表示 label_sheet.csv 中的一行。',
      ],
      offset_x: ['Shift to the right, in mm (negative: to the left).', '向右偏移，单位 mm（负数为向左）。'],
      offset_y: ['Shift down, in mm (negative: up).', '向下偏移，单位 mm（负数为向上）。'],
      scale: ['Scale about the page’s top-left corner (1: none).', '以页面左上角为基准的缩放比例（1：不缩放）。'],
    },
  },
  lifecycle_dismissal: {
    about: [
      'Lifecycle suggestions the user chose to ignore, one row per person and suggestion (not offered again).',
      '用户选择忽略的生命周期建议，每人每条建议一行（不再提示）。',
    ],
    columns: {
      contact_id: ['The person (contact.id).', '联系人（contact.id）。'],
      suggestion: [
        'The stage that was suggested: customer, repeat or lapsed.',
        '被建议的阶段：customer（客户）、repeat（回头客）或 lapsed（流失）。',
      ],
      dismissed_at: ['When it was ignored (UTC).', '忽略的时间（UTC）。'],
    },
  },
};

/** Tables of the database that the export leaves out, and why. */
export const LEFT_OUT_TABLES: Readonly<Record<string, Described>> = {
  search_doc: [
    'The search index’s text, made from people and companies; rebuilt from the tables above.',
    '搜索索引的文本，由联系人和公司生成；可由上述表重建。',
  ],
  search_key: [
    'Search keys (name parts, pinyin, initials); made from the tables above.',
    '搜索键（姓名片段、拼音、首字母）；由上述表生成。',
  ],
  search_trigram: [
    'Full-text search index (SQLite FTS5) and its storage tables.',
    '全文搜索索引（SQLite FTS5）及其存储表。',
  ],
  search_gram: [
    'Full-text search index for one- and two-character searches, and its storage tables.',
    '一两个字符搜索用的全文索引及其存储表。',
  ],
  reminder_next: [
    'When each reminder is next due: the scheduler’s plan, worked out again from event and event_reminder.',
    '每个提醒的下次到期时间：提醒程序的计划，可由 event 和 event_reminder 重新计算。',
  ],
  customer_value: [
    'Each customer’s value, scores and segment: worked out again from deal, deal_contact and activity.',
    '每位客户的价值、评分和分群：可由 deal、deal_contact 和 activity 重新计算。',
  ],
  customer_value_cut: [
    'The score boundaries of the last full computation of customer values.',
    '上次完整计算客户价值时的评分界限。',
  ],
  customer_value_dirty: [
    'Customers waiting to have their value worked out again (bookkeeping of the program).',
    '等待重新计算价值的客户（程序内部记录）。',
  ],
  customer_value_run: [
    'When customer values were last worked out in full (bookkeeping of the program).',
    '上次完整计算客户价值的时间（程序内部记录）。',
  ],
  kysely_migration: [
    'Which database upgrades have run (bookkeeping of the program).',
    '已执行的数据库升级记录（程序内部记录）。',
  ],
  kysely_migration_lock: ['A lock used while the database is upgraded.', '数据库升级时使用的锁。'],
  sqlite_sequence: ['SQLite’s own counter of the last id used per table.', 'SQLite 自身记录各表最后使用编号的计数器。'],
};

/** The description of a column: the table's own words, else the common ones; undefined when there is none. */
export function describeColumn(table: string, column: string): Described | undefined {
  return TABLE_DESCRIPTIONS[table]?.columns[column] ?? COMMON_COLUMNS[column];
}
