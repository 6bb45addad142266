// Small builders for valid inputs, so each test spells out only what it is about.
import { emptyCompanyInput, emptyContactInput, type CompanyInput, type ContactInput } from '@shared/validation/contact';
import { emptyDealInput, type DealInput, type PipelineInput } from '@shared/validation/deals';

export const person = (overrides: Partial<ContactInput> = {}): ContactInput => ({
  ...emptyContactInput(),
  ...overrides,
});
export const company = (overrides: Partial<CompanyInput> = {}): CompanyInput => ({
  ...emptyCompanyInput(),
  ...overrides,
});
/** A deal in the pipeline and stage a test names; the rest empty (nothing in USD, no people, no closing details). */
export const dealInput = (overrides: Partial<DealInput> & Pick<DealInput, 'pipelineId' | 'stageId'>): DealInput => ({
  ...emptyDealInput({ pipelineId: overrides.pipelineId, stageId: overrides.stageId, currency: 'USD' }),
  title: 'A deal',
  ...overrides,
});
/** A new pipeline of the stages a test names, Won and Lost keeping their default names. */
export const pipelineInput = (
  overrides: Partial<PipelineInput> & Pick<PipelineInput, 'name' | 'stages'>,
): PipelineInput => ({
  wonName: null,
  lostName: null,
  removed: [],
  ...overrides,
});

/** A work address as the contact form takes it. */
export const postalAddress = (street: string, city: string, region: string, postalCode: string, country: string) => ({
  label: 'work',
  street,
  city,
  region,
  postalCode,
  country,
});
