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
  })
  .refine((a) => a.contactId !== null || a.companyId !== null, {
    error: 'validation.required',
    path: ['contactId'],
  });
export type ActivityInput = z.infer<typeof activityInput>;
