// English messages of the deals board, list and deal pages (merged into en.ts under "board"); the default names
// of stages, the first pipeline and the lost reasons live here too, for every deals screen.
export const boardEn = {
  title: 'Deals',
  defaultPipeline: { sales: 'Sales' },
  stage: {
    lead: 'Lead',
    qualified: 'Qualified',
    proposal: 'Proposal',
    negotiation: 'Negotiation',
    won: 'Won',
    lost: 'Lost',
  },
  lostReason: {
    price: 'Price',
    competitor: 'Chose a competitor',
    noBudget: 'No budget',
    noDecision: 'No decision',
    timing: 'Bad timing',
    other: 'Other',
  },
} as const;
