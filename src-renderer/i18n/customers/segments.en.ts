// English names of the customer segments (src-shared/customers/segments.ts) and what to do about each, for every
// screen that shows a segment (merged into en.ts under "segments").
export const segmentsEn = {
  label: 'Segment',
  any: 'Any segment',
  none: 'No purchases yet',
  names: {
    champions: 'Champions',
    loyal: 'Loyal',
    promising: 'Promising',
    new: 'New',
    needsAttention: 'Needs attention',
    atRisk: 'At risk',
    cantLose: "Can't lose them",
    hibernating: 'Hibernating',
  },
  advice: {
    champions: 'Bought recently, often and the most. Thank them, ask for a referral, let them try new things first.',
    loyal: 'Buy regularly. Keep them close: check in, offer what goes with what they already have.',
    promising: 'Bought recently but not much yet. Help them get value and suggest the next step.',
    new: 'First purchase in the last 90 days. Welcome them and make sure it went well.',
    needsAttention: 'Have not bought for a while and not much. A friendly check-in before they drift away.',
    atRisk: 'Used to buy well, but not lately. Call them: find out what changed.',
    cantLose: 'Among your best customers ever, and gone quiet. Get in touch personally, now.',
    hibernating: 'Bought little, long ago. An occasional update is enough.',
  },
};
