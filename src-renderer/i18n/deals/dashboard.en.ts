// English messages of the funnel's dashboard screens (merged into en.ts under "dashboard").
export const dashboardEn = {
  title: 'dashboard',
} as const;
