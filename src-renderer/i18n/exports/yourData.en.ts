// English messages of Settings → Your data: "Export everything" (merged into en.ts under "yourData").
export const yourDataEn = {
  title: 'Your data',
  hint: 'Everything Rapport keeps — people, companies, their history, the calendar, deals and settings — in one .zip file: every table as a CSV spreadsheet, the people as vCards, the calendar as an .ics file, and a README that explains each file and column. It opens without Rapport, for as long as you keep it.',
  exportEverything: 'Export everything…',
  exporting: 'Exporting…',
  done: 'Saved {{file}}: {{files}} files, {{rows}} rows',
};
