// Envelopes, as a second output beside label sheets: the common sizes, printed landscape, one recipient per
// envelope, the sender's address in the top-left corner and the recipient's where the post expects it.
//
// Where the recipient goes:
// - US #10 (4⅛ × 9½ in): the address block starts about 4 in from the left and 2 in from the top — USPS's
//   OCR read area is the lower middle of the face (Publication 25), and this is where word processors put it.
// - DL, C5, C6 (ISO 269): the window of a DIN 5008 / EN ISO 269 window envelope — 20 mm from the left, 45 mm
//   from the top, 90 × 45 mm — used for plain envelopes too, so a letter-size layout fits both.
// - The sender's block: 10 mm from the top and left edges, small.
import type { Rect } from './geometry';

export const ENVELOPE_SIZES = ['us10', 'dl', 'c5', 'c6'] as const;
export type EnvelopeSize = (typeof ENVELOPE_SIZES)[number];

const IN = 25.4;

export interface EnvelopeLayout {
  size: EnvelopeSize;
  /** The printed page, landscape, in mm. */
  pageWidth: number;
  pageHeight: number;
  recipient: Rect;
  sender: Rect;
}

function layout(size: EnvelopeSize, width: number, height: number, recipient: Rect): EnvelopeLayout {
  return {
    size,
    pageWidth: width,
    pageHeight: height,
    recipient,
    sender: { x: 10, y: 10, width: Math.min(80, width / 2 - 15), height: 30 },
  };
}

export const ENVELOPES: Readonly<Record<EnvelopeSize, EnvelopeLayout>> = {
  us10: layout('us10', 9.5 * IN, 4.125 * IN, { x: 4 * IN, y: 2 * IN, width: 4.5 * IN, height: 1.625 * IN }),
  dl: layout('dl', 220, 110, { x: 20, y: 45, width: 90, height: 45 }),
  c5: layout('c5', 229, 162, { x: 20, y: 45, width: 90, height: 45 }),
  c6: layout('c6', 162, 114, { x: 20, y: 45, width: 90, height: 45 }),
};
