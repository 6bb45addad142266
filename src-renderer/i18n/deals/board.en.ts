// English messages of the funnel's board screens (merged into en.ts under "board").
export const boardEn = {
  title: 'board',
} as const;
