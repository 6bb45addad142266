// Validation messages are keys, so each side can say them in the user's language: the renderer through
// i18n (messages "validation.*"), main in English for CLI and error envelopes.

export const VALIDATION_MESSAGES_EN = {
  'validation.required': 'This field is required',
  'validation.nameRequired': 'Enter a name (given, family or full name)',
  'validation.email': 'Not a valid email address',
  'validation.phone': 'Not a valid phone number (digits, spaces, + - ( ) . / and an extension)',
  'validation.date': 'Not a valid date (YYYY-MM-DD, or --MM-DD without a year)',
  'validation.country': 'Use a two-letter country code such as US or CN',
  'validation.url': 'Not a valid web address',
  'validation.tooLong': 'Too long',
  'validation.tag': 'Tags cannot contain ; , or line breaks',
  'validation.number': 'Not a valid number',
  'validation.dateTime': 'Not a valid date and time',
  'validation.endBeforeStart': 'The end must be after the start',
  'validation.tooLongEvent': 'An item can last at most a year',
  'validation.repeatEndsBeforeStart': 'The repeat ends before the first occurrence',
  'validation.duplicateReminder': 'The same reminder is listed twice',
  'validation.timeZone': 'Not a time zone Rapport knows',
  'validation.currency': 'Use a three-letter currency code such as USD or CNY',
  'validation.notNegative': 'Cannot be negative',
  'validation.positive': 'Must be more than zero',
  'validation.tooLarge': 'Too large',
  'validation.percent': 'A percentage from 0 to 100',
  'validation.oneStage': 'A pipeline needs at least one open stage',
  'validation.closedOnRequired': 'Enter the date it was won or lost',
  'validation.lostReasonRequired': 'Choose why it was lost',
  'validation.skuTaken': 'Another product already has this SKU',
  'validation.refundTooLarge': 'A refund cannot be more than the amount of the deal',
  'validation.refundNotWon': 'Only a won deal can be refunded',
  // Label sheets (labels/geometry.ts)
  'validation.labelCount': 'A whole number from 1 to 100',
  'validation.sheetUnit': 'Choose millimetres or inches',
  'validation.sheetPaper': 'Choose A4, US Letter or a custom page size',
  'validation.marginOffPage': 'This margin reaches the edge of the page: no label fits after it',
  'validation.labelPastRightEdge': 'The first label already runs past the right edge of the page',
  'validation.labelPastBottomEdge': 'The first label already runs past the bottom of the page',
  'validation.columnsPastRightEdge':
    'The last column runs past the right edge of the page: use fewer columns, or a smaller pitch or label width',
  'validation.rowsPastBottomEdge':
    'The last row runs past the bottom of the page: use fewer rows, or a smaller pitch or label height',
  'validation.labelsOverlapAcross': 'The horizontal pitch is less than the label width, so labels would overlap',
  'validation.labelsOverlapDown': 'The vertical pitch is less than the label height, so labels would overlap',
  'validation.cornerRadiusTooLarge': 'The corner radius can be at most half the label’s width or height',
  'validation.sheetFile': 'Not a Rapport label sheet file',
  'validation.sheetFileVersion': 'This label sheet file was made by a newer version of Rapport',
  'validation.calibrationOffset': 'An offset from −20 to 20 mm',
  'validation.calibrationScale': 'A scale from 0.900 to 1.100',
  // Backups and the database's place (validation/backups.ts)
  'validation.fullPath': 'Choose a folder by its full path',
  'validation.backupFile': 'Choose a Rapport backup (.rapport-backup)',
  'validation.passphraseShort': 'At least 8 characters',
} as const;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES_EN;

export function validationMessageEn(key: string): string {
  return (VALIDATION_MESSAGES_EN as Record<string, string>)[key] ?? key;
}
