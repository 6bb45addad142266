// English messages of the envelopes page and of the tabs between label sheets and envelopes (merged into
// labels.en.ts under "envelopes": mailingLabels.envelopes.*).
export const envelopesEn = {
  title: 'Envelopes',
  summary_one: '{{formatted}} envelope',
  summary_other: '{{formatted}} envelopes',
  tabs: {
    label: 'What to print',
    sheets: 'Label sheets',
    envelopes: 'Envelopes',
  },
  size: {
    heading: 'Envelope size',
    names: { us10: '#10', dl: 'DL', c5: 'C5', c6: 'C6' },
    uses: {
      us10: 'US business envelope',
      dl: 'A4 folded in three',
      c5: 'A4 folded in half',
      c6: 'A4 folded twice',
    },
    mm: '{{width}} × {{height}} mm',
    inches: '{{width}} × {{height}} in',
  },
  preview: {
    heading: 'Preview',
    label: 'Preview of the {{size}} envelope, {{position}}',
    position: '{{n}} of {{total}}',
    previous: 'Previous envelope',
    next: 'Next envelope',
    stamp: 'Stamp',
    none: 'The first recipient’s address will show here.',
    hintUs: 'Drawn to scale. The address sits in the lower middle, where the post office’s machines read it.',
    hintIso:
      'Drawn to scale. The address sits where a window envelope has its window (DIN 5008), so plain and window envelopes both work.',
  },
  who: {
    legend: 'Who gets an envelope',
    per: 'One envelope per',
  },
  lines: {
    heading: 'On each envelope',
  },
  returnAddress: {
    heading: 'Return address',
    lines: 'Your address',
    placeholder: 'Rapport Ltd\n1 Market Street\nBoston, MA 02108',
    hint: 'Printed small in the top-left corner. Kept in Settings, for labels too.',
    print: 'Print the return address',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved',
    tooMany: 'At most 6 lines',
    tooLong: 'A line can be at most 120 characters',
  },
  save: {
    button: 'Save as PDF',
    saving: 'Saving…',
    envelopes_one: '{{formatted}} envelope',
    envelopes_other: '{{formatted}} envelopes',
    done: 'Saved {{file}}: {{envelopes}}',
    doneLeftOut: 'Saved {{file}}: {{envelopes}}. {{leftOut}} left out for want of a complete address.',
    clipped_one:
      '{{count}} address does not fit its space even at the smallest size: shorten it (or the return address).',
    clipped_other:
      '{{count}} addresses do not fit their space even at the smallest size: shorten them (or the return address).',
  },
  empty: {
    title: 'Nobody to print an envelope for',
    body: 'Nobody chosen here has a postal address yet. Add addresses to people, or choose other recipients.',
    action: 'Go to contacts',
  },
} as const;
