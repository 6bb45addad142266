// Envelopes, the second output beside label sheets: choose the size, see the envelopes to scale with real
// addresses (stepping through the recipients), the same recipients, lines and style as the labels page (the
// choices carry over), the return address from settings, and save one envelope per page as a PDF.
import { ENVELOPES, type EnvelopeSize } from '@shared/labels/envelopes';
import type { LabelStyleInput } from '@shared/validation/labels';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Card } from '../../components/Card';
import { ErrorNotice } from '../../components/ErrorNotice';
import { IconButton } from '../../components/IconButton';
import { useStickyState } from '../../hooks/useStickyState';
import { useFormat } from '../../i18n/useFormat';
import { EnvelopePreview } from './EnvelopePreview';
import { EnvelopeReturnAddressCard } from './EnvelopeReturnAddressCard';
import { EnvelopeSizePicker } from './EnvelopeSizePicker';
import { DEFAULT_STYLE } from './labelOptions';
import { LabelsTabs } from './LabelsTabs';
import { LeftOutCard } from './LeftOutCard';
import { LinesCard } from './LinesCard';
import { RecipientsCard } from './RecipientsCard';
import { SaveOutcomeNotice } from './SaveOutcomeNotice';
import { StyleCard } from './StyleCard';
import { useRecipientsChoice } from './useRecipientsChoice';
import { useReturnAddressSetting } from './useReturnAddressSetting';
import { useSaveLabelsPdf } from './useSaveLabelsPdf';
import { usePrinters } from './usePrinters';
import { PrintActions } from './PrintActions';
import './labels.css';

/** North American mail goes in #10 envelopes; most of the world uses DL. */
const defaultSize = (senderCountry: string): EnvelopeSize => (['US', 'CA'].includes(senderCountry) ? 'us10' : 'dl');

export function EnvelopesPage() {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  // The preview steps through every recipient; main sends the blocks a hundred at a time around the one shown.
  const [shown, setShown] = useState(0);
  const who = useRecipientsChoice({ from: Math.floor(shown / 100) * 100, count: 100 });
  const { options, recipients } = who;
  const data = recipients.data;
  const [chosenSize, setSize] = useStickyState<EnvelopeSize | null>('envelopes.size', null);
  const size = chosenSize ?? defaultSize(options.senderCountry);
  const envelope = ENVELOPES[size];
  const [style, setStyle] = useStickyState<LabelStyleInput>('labels.style', DEFAULT_STYLE);
  const [printReturnAddress, setPrintReturnAddress] = useStickyState('envelopes.printReturnAddress', true);
  const returnAddress = useReturnAddressSetting();
  const senderLines = printReturnAddress ? returnAddress.lines : [];

  // The envelope shown, kept within the mailing when it shrinks; its block is in the window main sent.
  const total = data?.labels ?? 0;
  const index = Math.min(shown, Math.max(total - 1, 0));
  const inWindow = data ? index - data.from : -1;
  const block = data?.blocks[inWindow];
  const position = t('mailingLabels.envelopes.preview.position', { n: number(index + 1), total: number(total) });
  const sizeName = t(`mailingLabels.envelopes.size.names.${size}`);

  const pdf = useSaveLabelsPdf();
  const printerChoice = usePrinters();
  const envelopesPrint = { size, returnAddress: senderLines, style, recipients: who.recipientsInput };
  const ready = !!data && total > 0 && !(printReturnAddress && returnAddress.issue !== null);
  const saved = pdf.outcome?.kind === 'saved' ? pdf.outcome : null;
  const envelopes = (count: number) => t('mailingLabels.envelopes.save.envelopes', { count, formatted: number(count) });
  const doneText =
    saved &&
    t(saved.leftOut > 0 ? 'mailingLabels.envelopes.save.doneLeftOut' : 'mailingLabels.envelopes.save.done', {
      file: saved.fileName,
      envelopes: envelopes(saved.labels),
      leftOut: number(saved.leftOut),
    });

  return (
    <div className="page page-labels page-envelopes">
      <header className="page-header">
        <div className="page-title">
          <h1>{t('mailingLabels.envelopes.title')}</h1>
          {data && (
            <span className="page-count" data-testid="envelopes-summary">
              {t('mailingLabels.envelopes.summary', { count: total, formatted: number(total) })}
            </span>
          )}
        </div>
        <LabelsTabs />
        <PrintActions
          choice={printerChoice}
          output={pdf}
          job={{ kind: 'envelopes', print: envelopesPrint }}
          locale={locale}
          ready={ready}
          saveLabel={t('mailingLabels.envelopes.save.button')}
          onSave={() => void pdf.saveEnvelopes({ print: envelopesPrint, locale })}
        />
      </header>
      {pdf.outcome && (
        <SaveOutcomeNotice
          outcome={pdf.outcome}
          onDismiss={pdf.dismiss}
          doneText={doneText ?? undefined}
          things={envelopes}
          clippedText={
            pdf.outcome && 'clipped' in pdf.outcome
              ? t('mailingLabels.envelopes.save.clipped', { count: pdf.outcome.clipped })
              : undefined
          }
        />
      )}
      <div className="labels-layout">
        <div className="labels-column">
          <Card title={t('mailingLabels.envelopes.size.heading')} icon="email" className="labels-card">
            <EnvelopeSizePicker size={size} onChange={setSize} />
          </Card>
          <Card
            title={t('mailingLabels.envelopes.preview.heading')}
            icon="board"
            className="labels-card labels-preview-card"
            actions={
              total > 0 && (
                <div className="envelopes-stepper">
                  <IconButton
                    icon="chevronLeft"
                    label={t('mailingLabels.envelopes.preview.previous')}
                    disabled={index === 0}
                    onClick={() => setShown(index - 1)}
                  />
                  <span className="muted small tabular" data-testid="envelopes-position">
                    {position}
                  </span>
                  <IconButton
                    icon="chevronRight"
                    label={t('mailingLabels.envelopes.preview.next')}
                    disabled={index >= total - 1}
                    onClick={() => setShown(index + 1)}
                  />
                </div>
              )
            }
          >
            <div className="labels-preview envelopes-preview" aria-busy={recipients.loading}>
              <EnvelopePreview
                envelope={envelope}
                block={block}
                boldLine={style.boldName && options.includeName ? (data?.nameLines[inWindow] ?? null) : null}
                returnAddress={senderLines}
                style={style}
                label={t('mailingLabels.envelopes.preview.label', { size: sizeName, position })}
              />
            </div>
            <p className="field-hint">
              {total === 0
                ? t('mailingLabels.envelopes.preview.none')
                : t(
                    size === 'us10'
                      ? 'mailingLabels.envelopes.preview.hintUs'
                      : 'mailingLabels.envelopes.preview.hintIso',
                  )}
            </p>
          </Card>
          <EnvelopeReturnAddressCard
            address={returnAddress}
            print={printReturnAddress}
            onPrintChange={setPrintReturnAddress}
          />
        </div>
        <div className="labels-column">
          {recipients.error && <ErrorNotice error={recipients.error} onRetry={recipients.reload} />}
          {data && total === 0 && (
            <div className="labels-empty" role="status">
              <strong>{t('mailingLabels.envelopes.empty.title')}</strong>
              <p className="muted small">{t('mailingLabels.envelopes.empty.body')}</p>
              <Link className="btn btn-sm btn-secondary" to="/contacts">
                {t('mailingLabels.envelopes.empty.action')}
              </Link>
            </div>
          )}
          <RecipientsCard
            url={who.url}
            viewName={who.viewName}
            scope={who.scope}
            onScopeChange={who.chooseScope}
            options={options}
            onOptionsChange={who.changeOptions}
            output="envelopes"
            summary={
              data
                ? t('mailingLabels.who.count', { count: data.recipients, formatted: number(data.recipients) })
                : undefined
            }
          />
          <LinesCard options={options} onOptionsChange={who.changeOptions} output="envelopes" />
          <StyleCard style={style} onChange={(change) => setStyle((s) => ({ ...s, ...change }))} output="envelopes" />
          {data && <LeftOutCard leftOut={data.leftOut} />}
        </div>
      </div>
    </div>
  );
}
