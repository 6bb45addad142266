// The database as Kysely sees it: one XxxTable per table, snake_case columns exactly as stored.
// Repositories map these rows to the camelCase DTOs of src-shared/domain; nothing else knows the row shape.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface CompanyTable {
  id: Generated<number>;
  name: string;
  website: string;
  industry: string;
  notes: string;
  /** Sort keys per UI language (see search/sortKeys.ts), so sorted pages come straight off an index. */
  sort_en: string;
  sort_zh: string;
  city_sort: Generated<string>;
  /** The first address's city and country, kept for lists and filters. */
  city: string | null;
  country: string | null;
  phone: string | null;
  last_activity_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface ContactTable {
  id: Generated<number>;
  given_name: string;
  family_name: string;
  full_name: string;
  display_name: string;
  title: string;
  company_id: number | null;
  birthday: string | null;
  notes: string;
  lifecycle: string;
  sort_en: string;
  sort_zh: string;
  /** Copies of the company's sort keys and a folded city, '\uffff' when blank (see migration 0001). */
  company_sort_en: Generated<string>;
  company_sort_zh: Generated<string>;
  city_sort: Generated<string>;
  city: string | null;
  country: string | null;
  email: string | null;
  phone: string | null;
  last_activity_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

/** A phone number or email address of a person or a company (exactly one owner). */
export interface ContactPointTable {
  id: Generated<number>;
  contact_id: number | null;
  company_id: number | null;
  kind: 'phone' | 'email';
  label: string;
  value: string;
  /** Emails lower-cased; phones reduced to their digits. */
  normalized: string;
  position: number;
}

export interface AddressTable {
  id: Generated<number>;
  contact_id: number | null;
  company_id: number | null;
  label: string;
  street: string;
  city: string;
  region: string;
  postal_code: string;
  country: string;
  position: number;
}

export interface TagTable {
  id: Generated<number>;
  name: string;
}

export interface ContactTagTable {
  contact_id: number;
  tag_id: number;
}

export interface CompanyTagTable {
  company_id: number;
  tag_id: number;
}

export interface ActivityTable {
  id: Generated<number>;
  kind: string;
  occurred_at: string;
  summary: string;
  outcome: string;
  contact_id: number | null;
  company_id: number | null;
  deal_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface SavedViewTable {
  id: Generated<number>;
  name: string;
  entity: 'contact' | 'company';
  filter_json: string;
  sort_json: string;
  created_at: string;
}

export interface SettingTable {
  key: string;
  value_json: string;
}

/** One searchable document per live person or company; the FTS5 indexes hang off its rowid. */
export interface SearchDocTable {
  id: Generated<number>;
  entity_type: 'contact' | 'company';
  entity_id: number;
  title: string;
  subtitle: string;
  body: string;
}

/** Name-like keys (name words, pinyin, initials, email) for prefix matches, which rank first. */
export interface SearchKeyTable {
  key: string;
  doc_id: number;
}

export interface ImportBatchTable {
  id: Generated<number>;
  file_name: string;
  format: 'csv' | 'vcard';
  encoding: string;
  on_duplicate: string;
  rows_read: number;
  created_count: number;
  updated_count: number;
  skipped_count: number;
  rejected_count: number;
  created_at: string;
  undone_at: string | null;
}

export interface ImportItemTable {
  id: Generated<number>;
  batch_id: number;
  entity_type: 'contact' | 'company';
  entity_id: number;
  action: 'created' | 'updated';
  /** The record before an update, as a ContactInput (JSON); null for created records. */
  before_json: string | null;
}

export interface ImportMappingTable {
  signature: string;
  mapping_json: string;
  used_at: string;
}

export interface Database {
  company: CompanyTable;
  contact: ContactTable;
  contact_point: ContactPointTable;
  address: AddressTable;
  tag: TagTable;
  contact_tag: ContactTagTable;
  company_tag: CompanyTagTable;
  activity: ActivityTable;
  saved_view: SavedViewTable;
  setting: SettingTable;
  search_doc: SearchDocTable;
  search_key: SearchKeyTable;
  import_batch: ImportBatchTable;
  import_item: ImportItemTable;
  import_mapping: ImportMappingTable;
  event: EventTable;
  event_link: EventLinkTable;
  event_exception: EventExceptionTable;
  event_reminder: EventReminderTable;
  reminder_next: ReminderNextTable;
  reminder_alert: ReminderAlertTable;
  pipeline: PipelineTable;
  stage: StageTable;
  lost_reason: LostReasonTable;
  product: ProductTable;
  deal: DealTable;
  deal_contact: DealContactTable;
  deal_tag: DealTagTable;
  deal_line: DealLineTable;
  deal_stage_history: DealStageHistoryTable;
  label_sheet: LabelSheetTable;
  label_calibration: LabelCalibrationTable;
  customer_value: CustomerValueTable;
  customer_value_cut: CustomerValueCutTable;
  customer_value_dirty: CustomerValueDirtyTable;
  customer_value_run: CustomerValueRunTable;
  lifecycle_dismissal: LifecycleDismissalTable;
}

/** Derived per customer from won deals and activities; see migration 0006 and customers/. */
export interface CustomerValueTable {
  kind: 'contact' | 'company';
  id: number;
  first_purchase_on: string;
  last_purchase_on: string;
  orders_12m: number;
  orders_ever: number;
  revenue_12m: number;
  revenue_ever: number;
  yearly_value: number;
  r: number;
  f: number;
  m: number;
  segment: string;
  rhythm_days: number | null;
  last_touch_on: string;
  due_on: string | null;
  suggested_lifecycle: string | null;
  birthday_md: string | null;
}

export interface CustomerValueCutTable {
  kind: 'contact' | 'company';
  measure: 'r' | 'f' | 'm';
  score: number;
  min_value: number;
  ranked: number;
}

export interface CustomerValueDirtyTable {
  kind: 'contact' | 'company';
  id: number;
}

export interface CustomerValueRunTable {
  id: number;
  computed_on: string;
}

export interface LifecycleDismissalTable {
  contact_id: number;
  suggestion: string;
  dismissed_at: string;
}

/** A sheet the user measured; see migration 0005. */
export interface LabelSheetTable {
  id: Generated<number>;
  name: string;
  measurements_json: string;
  created_at: string;
  updated_at: string;
}

export interface LabelCalibrationTable {
  printer: string;
  sheet_id: string;
  offset_x: number;
  offset_y: number;
  scale: number;
  updated_at: string;
}

/** See migration 0004: default names are keys with a null name; money in minor units. */
export interface PipelineTable {
  id: Generated<number>;
  name: string | null;
  default_key: string | null;
  position: number;
  deleted_at: string | null;
}

export interface StageTable {
  id: Generated<number>;
  pipeline_id: number;
  name: string | null;
  default_key: string | null;
  kind: 'open' | 'won' | 'lost';
  probability: number;
  position: number;
  removed_at: string | null;
}

export interface LostReasonTable {
  id: Generated<number>;
  name: string | null;
  default_key: string | null;
  position: number;
  archived_at: string | null;
}

export interface ProductTable {
  id: Generated<number>;
  name: string;
  sku: string;
  unit_price: number;
  currency: string;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface DealTable {
  id: Generated<number>;
  pipeline_id: number;
  stage_id: number;
  status: 'open' | 'won' | 'lost';
  title: string;
  company_id: number | null;
  amount: number;
  currency: string;
  expected_close: string | null;
  probability: number | null;
  source: string;
  notes: string;
  closed_on: string | null;
  /** Money given back on a won deal (minor units, at most amount). */
  refunded: Generated<number>;
  lost_reason_id: number | null;
  lost_note: string;
  position: number;
  last_activity_at: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface DealContactTable {
  deal_id: number;
  contact_id: number;
  position: number;
}

export interface DealTagTable {
  deal_id: number;
  tag_id: number;
}

export interface DealLineTable {
  id: Generated<number>;
  deal_id: number;
  product_id: number | null;
  name: string;
  sku: string;
  unit_price: number;
  quantity: number;
  discount_percent: number;
  position: number;
}

export interface DealStageHistoryTable {
  id: Generated<number>;
  deal_id: number;
  from_stage_id: number | null;
  to_stage_id: number;
  /** UTC ISO instant. */
  changed_at: string;
  /** When the deal left this stage (the next change); null while it is there. */
  left_at: string | null;
  /** left_at − changed_at in days, once the stay has ended. */
  days: number | null;
}

/** A calendar item; times are wall-clock strings in time_zone (all-day: dates, end exclusive; see 0003). */
export interface EventTable {
  id: Generated<number>;
  kind: 'appointment' | 'call' | 'visit' | 'task' | 'follow_up';
  title: string;
  all_day: number;
  start_local: string;
  end_local: string;
  time_zone: string;
  location: string;
  notes: string;
  rrule: string | null;
  done_at: string | null;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface EventLinkTable {
  event_id: number;
  entity_type: 'contact' | 'company' | 'deal';
  entity_id: number;
}

export interface EventExceptionTable {
  event_id: number;
  occurrence_local: string;
  cancelled: number;
  start_local: string | null;
  end_local: string | null;
  done_at: string | null;
}

export interface EventReminderTable {
  id: Generated<number>;
  event_id: number;
  minutes_before: number;
}

export interface ReminderNextTable {
  reminder_id: number;
  occurrence_local: string;
  /** UTC ISO instant. */
  due_at: string;
}

export interface ReminderAlertTable {
  id: Generated<number>;
  reminder_id: number;
  occurrence_local: string;
  due_at: string;
  delivered_at: string;
  missed: number;
  snoozed_until: string | null;
  dismissed_at: string | null;
}

export type ContactRow = Selectable<ContactTable>;
export type NewContactRow = Insertable<ContactTable>;
export type ContactRowUpdate = Updateable<ContactTable>;
export type CompanyRow = Selectable<CompanyTable>;
export type NewCompanyRow = Insertable<CompanyTable>;
export type ActivityRow = Selectable<ActivityTable>;
export type SavedViewRow = Selectable<SavedViewTable>;
