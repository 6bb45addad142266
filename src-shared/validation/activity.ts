import { z } from 'zod';
import { ACTIVITY_KINDS } from '../domain/activity';
import { id, isoInstant, longText, shortText } from './fields';

export const activityInput = z
  .object({
    kind: z.enum(ACTIVITY_KINDS),
    occurredAt: isoInstant,
    summary: shortText(500).min(1, { error: 'validation.required' }),
    outcome: longText(),
    contactId: id.nullable(),
    companyId: id.nullable(),
    /** The deal it was about, if any (it then also shows on the deal's page). */
    dealId: id.nullable().default(null),
  })
  .refine((a) => a.contactId !== null || a.companyId !== null || a.dealId !== null, {
    error: 'validation.required',
    path: ['contactId'],
  });
export type ActivityInput = z.infer<typeof activityInput>;
