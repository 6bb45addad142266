// What deals, pipelines, products and lost reasons must be before main stores them (forms use the same rules).
import { z } from 'zod';
import { id, longText, shortText, tagValue } from './fields';

const LOCAL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const dateValue = z.string().refine(
  (v) => {
    if (!LOCAL_DATE.test(v)) return false;
    const [y, m, d] = v.split('-').map(Number);
    const date = new Date(Date.UTC(y!, m! - 1, d!));
    return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
  },
  { error: 'validation.date' },
);
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, { error: 'validation.currency' });
/** Up to 100 billion in major units of a two-decimal currency. */
const MAX_MINOR = 10_000_000_000_000;
export const moneyMinor = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.number' })
  .min(0, { error: 'validation.notNegative' })
  .max(MAX_MINOR, { error: 'validation.tooLarge' });
const probability = z
  .number({ error: 'validation.number' })
  .int({ error: 'validation.number' })
  .min(0, { error: 'validation.percent' })
  .max(100, { error: 'validation.percent' });
const stageName = shortText(60).min(1, { error: 'validation.required' });

export const dealLineInput = z.object({
  productId: id.nullable(),
  name: shortText(200).min(1, { error: 'validation.required' }),
  sku: shortText(60),
  unitPrice: moneyMinor,
  quantity: z
    .number({ error: 'validation.number' })
    .gt(0, { error: 'validation.positive' })
    .max(1_000_000, { error: 'validation.tooLarge' }),
  discountPercent: z
    .number({ error: 'validation.number' })
    .min(0, { error: 'validation.percent' })
    .max(100, { error: 'validation.percent' }),
});
export type DealLineInput = z.infer<typeof dealLineInput>;

/** Closing details: when a deal is won or lost (and why it was lost). */
export const closingInput = {
  closedOn: dateValue.nullable(),
  lostReasonId: id.nullable(),
  lostNote: shortText(500),
};

export const dealInput = z.object({
  pipelineId: id,
  stageId: id,
  title: shortText(200).min(1, { error: 'validation.required' }),
  companyId: id.nullable(),
  contactIds: z.array(id).max(20),
  /** Ignored when there are lines: the amount is then their total. */
  amount: moneyMinor,
  currency: currencyCode,
  expectedClose: dateValue.nullable(),
  /** null: the stage's default. */
  probability: probability.nullable(),
  source: shortText(100),
  notes: longText(),
  tags: z.array(tagValue).max(20),
  lines: z.array(dealLineInput).max(200),
  ...closingInput,
});
export type DealInput = z.infer<typeof dealInput>;

/** A new deal in a pipeline's stage: nothing else filled in yet (no people, no lines, no closing details). */
export const emptyDealInput = (where: { pipelineId: number; stageId: number; currency: string }): DealInput => ({
  ...where,
  title: '',
  companyId: null,
  contactIds: [],
  amount: 0,
  expectedClose: null,
  probability: null,
  source: '',
  notes: '',
  tags: [],
  lines: [],
  closedOn: null,
  lostReasonId: null,
  lostNote: '',
});

export const dealMoveInput = z.object({
  id,
  stageId: id,
  /** Placed before this card of the column; null: at the end. */
  beforeId: id.nullable(),
  ...closingInput,
});
export type DealMoveInput = z.infer<typeof dealMoveInput>;

export const CLOSE_PERIODS = [
  'any',
  'overdue',
  'thisMonth',
  'nextMonth',
  'thisQuarter',
  'nextQuarter',
  'thisYear',
] as const;
export type ClosePeriod = (typeof CLOSE_PERIODS)[number];

export const dealFilter = z.object({
  /** Open deals by expected close date; won and lost ones by the date they closed. */
  closePeriod: z.enum(CLOSE_PERIODS),
  tag: shortText(60).nullable(),
  source: shortText(100).nullable(),
  q: shortText(100),
});
export type DealFilter = z.infer<typeof dealFilter>;
export const EMPTY_DEAL_FILTER: DealFilter = { closePeriod: 'any', tag: null, source: null, q: '' };

export const DEAL_SORT_FIELDS = [
  'title',
  'company',
  'stage',
  'amount',
  'probability',
  'expectedClose',
  'closedOn',
  'lastActivity',
  'created',
] as const;
export const dealSort = z.object({ field: z.enum(DEAL_SORT_FIELDS), direction: z.enum(['asc', 'desc']) });
export type DealSort = z.infer<typeof dealSort>;

export const pipelineInput = z
  .object({
    /** null keeps the default (translated) name of the first pipeline. */
    name: stageName.nullable(),
    /** The open stages, in order; id null for a new one; name null keeps a default name. */
    stages: z
      .array(z.object({ id: id.nullable(), name: stageName.nullable(), probability }))
      .min(1, { error: 'validation.oneStage' })
      .max(20),
    wonName: stageName.nullable(),
    lostName: stageName.nullable(),
    /** Open stages taken out, and the open stage (kept) their deals move to. */
    removed: z.array(z.object({ id, moveTo: id.nullable() })).max(20),
  })
  .superRefine((p, ctx) => {
    p.stages.forEach((s, i) => {
      if (s.id === null && s.name === null)
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'name'], message: 'validation.required' });
    });
  });
export type PipelineInput = z.infer<typeof pipelineInput>;

export const productInput = z.object({
  name: shortText(200).min(1, { error: 'validation.required' }),
  sku: shortText(60),
  unitPrice: moneyMinor,
  currency: currencyCode,
});
export type ProductInput = z.infer<typeof productInput>;

export const lostReasonsInput = z.object({
  /** The whole list in order; reasons left out are archived (deals keep them). */
  reasons: z
    .array(z.object({ id: id.nullable(), name: shortText(100).min(1, { error: 'validation.required' }).nullable() }))
    .max(50),
});
export type LostReasonsInput = z.infer<typeof lostReasonsInput>;

/** A span of days, [from, to). */
export const dateRange = z
  .object({ from: dateValue, to: dateValue })
  .refine((r) => r.from < r.to, { error: 'validation.endBeforeStart', path: ['to'] });
export const monthValue = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'validation.date' });
