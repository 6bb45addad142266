// English messages of the funnel's dealSettings screens (merged into en.ts under "dealSettings").
export const dealSettingsEn = {
  title: 'dealSettings',
} as const;
