// The face of one envelope drawn to scale (millimetres are the SVG's units), as the PDF prints it: the
// sender's address small in its top-left box, the recipient's block where the post reads it (left-aligned,
// from the top, at the chosen size), and where the stamp goes. Sizes are drawn against the widest envelope,
// so a C6 looks smaller than a C5.
import { ENVELOPE_SIZES, ENVELOPES, type EnvelopeLayout } from '@shared/labels/envelopes';
import type { Rect } from '@shared/labels/geometry';
import type { LabelStyleInput } from '@shared/validation/labels';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelText } from './SheetPreview';

const WIDEST = Math.max(...ENVELOPE_SIZES.map((s) => ENVELOPES[s].pageWidth));
const TALLEST = Math.max(...ENVELOPE_SIZES.map((s) => ENVELOPES[s].pageHeight));
/** The stamp's corner: a space about a stamp's size, inset from the top-right edge. */
const STAMP = { width: 22, height: 25, inset: 8 };

interface EnvelopePreviewProps {
  envelope: EnvelopeLayout;
  /** The recipient's address block (none yet: only the envelope). */
  block: readonly string[] | undefined;
  /** The line set in bold (null: none). */
  boldLine: number | null;
  /** The sender's lines; empty: no return address. */
  returnAddress: readonly string[];
  style: LabelStyleInput;
  label: string;
}

export function EnvelopePreview({ envelope, block, boldLine, returnAddress, style, label }: EnvelopePreviewProps) {
  const { t } = useTranslation();
  const clipPrefix = useId();
  const { pageWidth: width, pageHeight: height, recipient, sender } = envelope;
  // Envelopes print left-aligned from the top whatever the labels' style says (labelsService does the same).
  const printed: LabelStyleInput = { ...style, align: 'left', verticalCentre: false };
  const small: LabelStyleInput = { ...printed, fontSizePt: Math.round(style.fontSizePt * 0.75 * 2) / 2 };
  const stamp: Rect = { x: width - STAMP.inset - STAMP.width, y: STAMP.inset, ...STAMP };
  // The stage keeps the largest envelope's proportions, so the page does not jump when the size changes.
  return (
    <div className="envelopes-preview-stage" style={{ aspectRatio: `${WIDEST} / ${TALLEST}` }}>
      <svg
        className="envelopes-preview-face"
        viewBox={`0 0 ${width} ${height}`}
        style={{ width: `${(width / WIDEST) * 100}%` }}
        role="group"
        aria-label={label}
      >
        <defs>
          <clipPath id={`${clipPrefix}-recipient`}>
            <rect {...rectProps(recipient)} />
          </clipPath>
          <clipPath id={`${clipPrefix}-sender`}>
            <rect {...rectProps(sender)} />
          </clipPath>
        </defs>
        <rect className="envelopes-preview-paper" x={0} y={0} width={width} height={height} rx={1.5} />
        <rect className="envelopes-preview-window" {...rectProps(recipient)} rx={2} />
        <rect className="envelopes-preview-stamp" {...rectProps(stamp)} rx={1} />
        <text
          className="envelopes-preview-stamp-text"
          x={stamp.x + stamp.width / 2}
          y={stamp.y + stamp.height / 2}
          textAnchor="middle"
          dominantBaseline="middle"
          fontSize={3}
        >
          {t('mailingLabels.envelopes.preview.stamp')}
        </text>
        {returnAddress.length > 0 && (
          <g className="envelopes-preview-sender">
            <LabelText
              rect={sender}
              lines={returnAddress}
              style={small}
              boldLine={null}
              clipId={`${clipPrefix}-sender`}
            />
          </g>
        )}
        {block && (
          <g className="envelopes-preview-recipient">
            <LabelText
              rect={recipient}
              lines={block}
              style={printed}
              boldLine={boldLine}
              clipId={`${clipPrefix}-recipient`}
            />
          </g>
        )}
      </svg>
    </div>
  );
}

const rectProps = (r: Rect) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
